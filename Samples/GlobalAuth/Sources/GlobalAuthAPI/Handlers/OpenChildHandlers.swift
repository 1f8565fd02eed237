// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// `GET /g/open/child/ping`
    public func openChildPing(_ input: Operations.OpenChildPing.Input, context: OperationContext) async throws -> Operations.OpenChildPing.Output {
        .ok(AuthEcho(auth: nil))
    }
}
