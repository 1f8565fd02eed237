// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `async_auth`. Decides from the whole request (method, path, headers, query, cookies, client address).
    ///
    /// Accepts X-API-Key: supersecret.
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func asyncAuth(request: Hattori.AuthRequest) async throws -> Swift.String? {
        // Stands for an asynchronous lookup (a database, another service).
        try await Task.sleep(for: .milliseconds(1))
        guard let key = request.header("X-API-Key"), ConstantTime.equal(key, "supersecret") else { return nil }
        return key
    }
}
