// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// `GET /g/open/ping`
    public func openPing(_ input: Operations.OpenPing.Input, context: OperationContext) async throws -> Operations.OpenPing.Output {
        .ok(AuthEcho(auth: nil))
    }

    /// `GET /g/open/locked`
    public func openLocked(_ input: Operations.OpenLocked.Input, context: OperationContext) async throws -> Operations.OpenLocked.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
