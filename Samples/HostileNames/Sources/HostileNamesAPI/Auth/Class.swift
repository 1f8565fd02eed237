// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `class`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// */ """ \( a scheme named class
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func `class`(token: Swift.String, request: Hattori.AuthRequest) async throws -> Swift.String? {
        if token == "teapot" { throw Throw() }
        return ConstantTime.equal(token, "supersecret") ? token : nil
    }
}
