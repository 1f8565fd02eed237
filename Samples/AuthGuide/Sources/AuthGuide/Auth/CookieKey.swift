// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `CookieKey`. Checks the API key sent in cookie `key`.
    func cookieKey(key: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(key, "supersecret") ? key : nil
    }
}
