// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `AuthBearer`. Checks the token of `Authorization: Bearer <token>`.
    func authBearer(token: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(token, "supersecret") ? token : nil
    }
}
