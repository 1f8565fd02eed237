// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `who`. Checks the API key sent in query `who`.
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func who(key: Swift.String, request: Hattori.AuthRequest) async throws -> HostileNamesAPI.Identity? {
        ConstantTime.equal(key, "supersecret") ? Identity(name: "supersecret") : nil
    }
}
