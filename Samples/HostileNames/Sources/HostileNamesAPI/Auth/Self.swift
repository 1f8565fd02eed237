// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `self`. Decides from the whole request (method, path, headers, query, cookies, client address).
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func self_(request: Hattori.AuthRequest) async throws -> Class? {
        guard let key = request.header("X-Self"), ConstantTime.equal(key, "supersecret") else { return nil }
        return Class(self_: 1, type: .self_, xY: [])
    }
}
