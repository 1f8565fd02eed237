// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Handlers {
    /// The body of the 401 answer to `InvalidToken`.
    ///
    /// Build the body sent when a handler or an authenticator throws `InvalidToken`.
    public func handle(_ error: InvalidToken, context: OperationContext) async throws -> Detail {
        Detail(detail: "Invalid token supplied")
    }
}
