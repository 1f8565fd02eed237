// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `async_auth`. Decides from the whole request (method, path, headers, query, cookies, client address).
    ///
    /// Accepts X-API-Key: supersecret.
    func asyncAuth(request: AuthRequest) async throws -> String? {
        // Stands for an asynchronous lookup (a database, another service).
        try await Task.sleep(for: .milliseconds(1))
        guard let key = request.header("X-API-Key"), ConstantTime.equal(key, "supersecret") else { return nil }
        return key
    }
}
