// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `ForbiddenBearer`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// Raises the built-in forbidden error for nottherightone.
    func forbiddenBearer(token: String, request: AuthRequest) async throws -> String? {
        if ConstantTime.equal(token, "supersecret") { return token }
        if token == "nottherightone" { throw AuthorizationError() }
        return nil
    }
}
