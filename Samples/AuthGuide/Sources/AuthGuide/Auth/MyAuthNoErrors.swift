// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `MyAuthNoErrors`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// The guide's MyAuth with openapi_responses = {}.
    func myAuthNoErrors(token: String, request: AuthRequest) async throws -> String? {
        ConstantTime.equal(token, "supersecret") ? token : nil
    }
}
