// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `InvalidTokenBearer`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// The guide's AuthBearer of "Custom exceptions"; raises InvalidToken for a wrong token.
    func invalidTokenBearer(token: String, request: AuthRequest) async throws -> String? {
        guard ConstantTime.equal(token, "supersecret") else { throw InvalidToken() }
        return token
    }
}
