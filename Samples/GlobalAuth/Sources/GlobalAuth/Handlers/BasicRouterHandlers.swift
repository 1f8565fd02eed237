// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Handlers {
    /// `GET /g/basic-router/`
    func basicRouterPing(_ input: Operations.BasicRouterPing.Input, context: OperationContext) async throws -> Operations.BasicRouterPing.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
