// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `ForbiddenBearer`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// Raises the built-in forbidden error for nottherightone.
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func forbiddenBearer(token: Swift.String, request: Hattori.AuthRequest) async throws -> Swift.String? {
        if ConstantTime.equal(token, "supersecret") { return token }
        if token == "nottherightone" { throw AuthorizationError() }
        return nil
    }
}
