// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Authenticators {
    /// The stub of `class`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// */ """ \( a scheme named class
    func `class`(token: String, request: AuthRequest) async throws -> String? {
        if token == "teapot" { throw Throw() }
        return ConstantTime.equal(token, "supersecret") ? token : nil
    }
}
