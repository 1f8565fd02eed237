// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Authenticators {
    /// The stub of `GlobalAuth`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// The API-wide default: Authorization: Bearer supersecret.
    func globalAuth(token: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(token, "supersecret") ? token : nil
    }
}
