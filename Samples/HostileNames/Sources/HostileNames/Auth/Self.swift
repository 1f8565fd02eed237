// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Authenticators {
    /// The stub of `self`. Decides from the whole request (method, path, headers, query, cookies, client address).
    func self_(request: AuthRequest) async throws -> Class? {
        guard let key = request.header("X-Self"), ConstantTime.equal(key, "supersecret") else { return nil }
        return Class(self_: 1, type: .self_, xY: [])
    }
}
