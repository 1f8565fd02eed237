// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// `GET /g/inherit/ping`
    public func inheritPing(_ input: Operations.InheritPing.Input, context: OperationContext) async throws -> Operations.InheritPing.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
