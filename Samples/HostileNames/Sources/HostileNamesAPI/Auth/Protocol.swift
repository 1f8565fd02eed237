// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `default key`. Checks the API key sent in header `X-Default`.
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func `protocol`(key: Swift.String, request: Hattori.AuthRequest) async throws -> Swift.String? {
        ConstantTime.equal(key, "supersecret") ? key : nil
    }
}
