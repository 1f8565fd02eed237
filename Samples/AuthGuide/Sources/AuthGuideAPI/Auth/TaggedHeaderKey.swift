// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `TaggedHeaderKey`. Checks the API key sent in header `key`.
    ///
    /// Returns header:<key> so the winner of a list shows.
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func taggedHeaderKey(key: Swift.String, request: Hattori.AuthRequest) async throws -> Swift.String? {
        ConstantTime.equal(key, "supersecret") ? "header:\(key)" : nil
    }
}
