// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Handlers {
    /// `GET /g/inherit/ping`
    func inheritPing(_ input: Operations.InheritPing.Input, context: OperationContext) async throws -> Operations.InheritPing.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
