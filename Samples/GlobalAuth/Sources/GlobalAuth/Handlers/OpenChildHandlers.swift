// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Handlers {
    /// `GET /g/open/child/ping`
    func openChildPing(_ input: Operations.OpenChildPing.Input, context: OperationContext) async throws -> Operations.OpenChildPing.Output {
        .ok(AuthEcho(auth: nil))
    }
}
