// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// `GET /g/basic-router/`
    public func basicRouterPing(_ input: Operations.BasicRouterPing.Input, context: OperationContext) async throws -> Operations.BasicRouterPing.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
