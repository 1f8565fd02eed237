// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Authenticators {
    /// The stub of `default key`. Checks the API key sent in header `X-Default`.
    func `protocol`(key: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(key, "supersecret") ? key : nil
    }
}
