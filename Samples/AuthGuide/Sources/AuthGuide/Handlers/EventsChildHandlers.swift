// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Handlers {
    func childPing(_ input: Operations.ChildPing.Input, context: OperationContext) async throws -> Operations.ChildPing.Output {
        .ok(AuthEcho(auth: JSONValue(identity: input.auth)))
    }
}
