// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Handlers {
    /// Trade a username and password for the token
    ///
    /// `POST /g/token`
    func getToken(_ input: Operations.GetToken.Input, context: OperationContext) async throws -> Operations.GetToken.Output {
        guard input.form.username == "admin", ConstantTime.equal(input.form.password, "giraffethinnknslong") else {
            return .unauthorized(Detail(detail: "Invalid credentials"))
        }
        return .ok(TokenResponse(token: "supersecret"))
    }

    /// `GET /g/secured`
    func secured(_ input: Operations.Secured.Input, context: OperationContext) async throws -> Operations.Secured.Output {
        .ok(AuthEcho(auth: input.auth))
    }

    /// `POST /g/multi, PATCH /g/multi`
    func multi(_ input: Operations.Multi.Input, context: OperationContext) async throws -> Operations.Multi.Output {
        .ok(AuthEcho(auth: input.auth))
    }
}
