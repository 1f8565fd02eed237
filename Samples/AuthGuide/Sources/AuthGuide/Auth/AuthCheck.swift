// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `QueryKey` and `HeaderKey`. Checks the API key sent in query `key` or header `key`.
    func authCheck(key: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(key, "supersecret") ? key : nil
    }
}
