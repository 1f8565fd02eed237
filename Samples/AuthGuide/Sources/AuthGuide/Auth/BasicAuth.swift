// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `BasicAuth`. Checks the username and password of `Authorization: Basic …`.
    func basicAuth(username: String, password: String, request: AuthRequest) async throws -> String? {
        username == "admin" && ConstantTime.equal(password, "secret") ? username : nil
    }
}
