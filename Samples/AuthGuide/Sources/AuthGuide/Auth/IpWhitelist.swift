// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `ip_whitelist`. Decides from the whole request (method, path, headers, query, cookies, client address).
    ///
    /// Admits the client 8.8.8.8.
    func ipWhitelist(request: AuthRequest) async throws -> String? {
        request.clientAddress == "8.8.8.8" ? "8.8.8.8" : nil
    }
}
