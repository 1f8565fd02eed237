// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `HeaderApiKey`. Checks the API key sent in header `X-API-Key`.
    ///
    /// The guide's second ApiKey class.
    func headerApiKey(key: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(key, "supersecret") ? key : nil
    }
}
