// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Handlers {
    // MARK: Django session authentication

    func pets(_ input: Operations.Pets.Input, context: OperationContext) async throws -> Operations.Pets.Output {
        .ok("Authenticated user \(input.auth.username)")
    }

    func petsSuperuser(_ input: Operations.PetsSuperuser.Input, context: OperationContext) async throws -> Operations.PetsSuperuser.Output {
        .ok("Authenticated user \(input.auth.username)")
    }

    func protectedView(_ input: Operations.ProtectedView.Input, context: OperationContext) async throws -> Operations.ProtectedView.Output {
        .ok(UserOut(user: input.auth.username))
    }

    func adminView(_ input: Operations.AdminView.Input, context: OperationContext) async throws -> Operations.AdminView.Output {
        .ok(MessageOut(message: "Hello superuser!"))
    }

    func staffView(_ input: Operations.StaffView.Input, context: OperationContext) async throws -> Operations.StaffView.Output {
        .ok(MessageOut(message: "Hello staff member!"))
    }

    /// Starts a session: sets the `sessionid` and `csrftoken` cookies.
    func login(_ input: Operations.Login.Input, context: OperationContext) async throws -> Operations.Login.Output {
        guard let account = accounts[input.form.username], ConstantTime.equal(input.form.password, account.password) else {
            return .unauthorized(Detail(detail: "Invalid credentials"))
        }
        try await context.login(account.user)
        return .ok(LoginOut(username: account.user.username))
    }

    func logout(_ input: Operations.Logout.Input, context: OperationContext) async throws -> Operations.Logout.Output {
        try await context.logout()
        return .ok(LogoutOut(ok: true))
    }

    func sessionPost(_ input: Operations.SessionPost.Input, context: OperationContext) async throws -> Operations.SessionPost.Output {
        .ok(UserOut(user: input.auth.username))
    }

    // MARK: Bearer, custom function, API keys, basic

    func bearer(_ input: Operations.Bearer.Input, context: OperationContext) async throws -> Operations.Bearer.Output {
        .ok(TokenResponse(token: input.auth))
    }

    func ipwhitelist(_ input: Operations.Ipwhitelist.Input, context: OperationContext) async throws -> Operations.Ipwhitelist.Output {
        .ok("Authenticated client, IP = \(input.auth)")
    }

    func apikey(_ input: Operations.Apikey.Input, context: OperationContext) async throws -> Operations.Apikey.Output {
        .ok("Hello \(input.auth.name)")
    }

    func headerkey(_ input: Operations.Headerkey.Input, context: OperationContext) async throws -> Operations.Headerkey.Output {
        .ok("Token = \(input.auth)")
    }

    func cookiekey(_ input: Operations.Cookiekey.Input, context: OperationContext) async throws -> Operations.Cookiekey.Output {
        .ok("Token = \(input.auth)")
    }

    func basic(_ input: Operations.Basic.Input, context: OperationContext) async throws -> Operations.Basic.Output {
        .ok(AuthUser(httpuser: input.auth))
    }

    // MARK: Multiple authenticators

    func multiple(_ input: Operations.Multiple.Input, context: OperationContext) async throws -> Operations.Multiple.Output {
        .ok("Token = \(input.auth)")
    }

    func multipleOrder(_ input: Operations.MultipleOrder.Input, context: OperationContext) async throws -> Operations.MultipleOrder.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }

    func falsy(_ input: Operations.Falsy.Input, context: OperationContext) async throws -> Operations.Falsy.Output {
        .ok(AuthEcho(auth: input.auth))
    }

    func falsyMulti(_ input: Operations.FalsyMulti.Input, context: OperationContext) async throws -> Operations.FalsyMulti.Output {
        switch input.auth {
        case .falsyAuth(let identity): return .ok(AuthEcho(auth: identity))
        case .taggedHeaderKey(let identity): return .ok(AuthEcho(auth: JSONValue(identity: identity)))
        }
    }

    // MARK: Custom exceptions and the forbidden error

    func bearerExc(_ input: Operations.BearerExc.Input, context: OperationContext) async throws -> Operations.BearerExc.Output {
        .ok(TokenResponse(token: input.auth))
    }

    func multipleRaise(_ input: Operations.MultipleRaise.Input, context: OperationContext) async throws -> Operations.MultipleRaise.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }

    func bearerForbidden(_ input: Operations.BearerForbidden.Input, context: OperationContext) async throws -> Operations.BearerForbidden.Output {
        .ok(TokenResponse(token: input.auth))
    }

    // MARK: Error responses in OpenAPI docs

    func myauth(_ input: Operations.Myauth.Input, context: OperationContext) async throws -> Operations.Myauth.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }

    func myauthMerge(_ input: Operations.MyauthMerge.Input, context: OperationContext) async throws -> Operations.MyauthMerge.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }

    func myauthNoerr(_ input: Operations.MyauthNoerr.Input, context: OperationContext) async throws -> Operations.MyauthNoerr.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }

    // MARK: Async authentication

    func asyncPets(_ input: Operations.AsyncPets.Input, context: OperationContext) async throws -> Operations.AsyncPets.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }

    func asyncPetsAsync(_ input: Operations.AsyncPetsAsync.Input, context: OperationContext) async throws -> Operations.AsyncPetsAsync.Output {
        try await Task.sleep(for: .milliseconds(1))  // an asynchronous handler behind asynchronous auth
        return .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }
}

extension Handlers {
    /// Not in the guide: the JSON POST the benchmarks compare with a hand-written server.
    func jsonEcho(_ input: Operations.JsonEcho.Input, context: OperationContext) async throws -> Operations.JsonEcho.Output {
        .ok(input.body)
    }
}
