// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Handlers {
    /// Log in, starting the session the scheme named init reads
    ///
    /// `POST /api/super`
    func super_(_ input: Operations.Super.Input, context: OperationContext) async throws -> Operations.Super.Output {
        guard ConstantTime.equal(input.form.password, "supersecret") else { return .unauthorized(String_(value: "wrong password")) }
        try await context.login(SessionUser(username: input.form.self_))
        return .ok(Self_())
    }

    /// `POST /api/login`
    func login(_ input: Operations.Login.Input, context: OperationContext) async throws -> Operations.Login.Output {
        input.body.decoder == nil ? .created(Auth(void: Void_())) : .ok(Login(token: "a token"))
    }

    /// `GET /api/dashboard`
    func dashboardData(_ input: Operations.DashboardData.Input, context: OperationContext) async throws -> Operations.DashboardData.Output {
        .ok(DashboardData(widgets: [input.auth.name], status: input.query.status))
    }
}
