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
}
