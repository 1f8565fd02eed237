// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `TaggedHeaderKey`. Checks the API key sent in header `key`.
    ///
    /// Returns header:<key> so the winner of a list shows.
    func taggedHeaderKey(key: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(key, "supersecret") ? "header:\(key)" : nil
    }
}
