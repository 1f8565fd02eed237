// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `TaggedQueryKey`. Checks the API key sent in query `key`.
    ///
    /// Returns query:<key> so the winner of a list shows.
    func taggedQueryKey(key: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(key, "supersecret") ? "query:\(key)" : nil
    }
}
