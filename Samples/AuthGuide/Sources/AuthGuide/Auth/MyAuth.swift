// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `MyAuth`. Checks the token of `Authorization: Bearer <token>`.
    func myAuth(token: String, request: AuthRequest) async throws -> String? {
        if token == "revoked" { throw AuthorizationError("Token revoked") }  // answered by myAuthForbidden
        return ConstantTime.equal(token, "supersecret") ? token : nil
    }
}
