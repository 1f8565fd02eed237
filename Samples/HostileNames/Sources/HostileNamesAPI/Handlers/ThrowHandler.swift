// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Handlers {
    /// The body of the 418 answer to `Throw`.
    ///
    /// Build the body sent when a handler or an authenticator throws `Throw`.
    public func handle(_ error: Throw, context: OperationContext) async throws -> String_ {
        String_(value: "short and stout")
    }
}
