// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Handlers {
    /// `GET /g/open/ping`
    func openPing(_ input: Operations.OpenPing.Input, context: OperationContext) async throws -> Operations.OpenPing.Output {
        .ok(AuthEcho(auth: nil))
    }

    /// `GET /g/open/locked`
    func openLocked(_ input: Operations.OpenLocked.Input, context: OperationContext) async throws -> Operations.OpenLocked.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
