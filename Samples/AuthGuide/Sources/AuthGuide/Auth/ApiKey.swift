// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `ApiKey`. Checks the API key sent in query `api_key`.
    func apiKey(key: String, request: AuthRequest) async throws -> Client? {
        await clients.client(forKey: key)
    }
}
