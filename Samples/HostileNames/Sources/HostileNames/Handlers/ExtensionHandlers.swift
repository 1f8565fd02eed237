// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Handlers {
    /// Summary with */ and \( and "quotes"
    ///
    /// Line one
    /// Line two */
    /// /// not a doc
    ///
    /// `GET /api/extension/default/{in}/{self}`
    func `default`(_ input: Operations.Default.Input, context: OperationContext) async throws -> Operations.Default.Output {
        // Each scheme of the list answers with another declared status, so every case is reached.
        switch input.auth {
        case .class(let token):
            return .ok(Class(self_: input.path.in, type: .default, xY: [token, input.path.self_.rawValue], in: nil))
        case .self_(let caller):
            return .ok(caller)
        case .defaultKey(let key):
            return input.query.if ? .created(String_(value: key)) : .imATeapot(key)
        case .init_(let user):
            return input.query.for == nil ? .noContent(headers: .init(self_: "\"quoted\"\nnext line", type: .silver)) : .status299([String_(value: user.username)])
        }
    }

    /// `POST /api/extension/init, PUT /api/extension/init`
    func init_(_ input: Operations.Init.Input, context: OperationContext) async throws -> Operations.Init.Output {
        .ok(Self_())
    }

    /// `PATCH /api/extension/type`
    func type(_ input: Operations.Type_.Input, context: OperationContext) async throws -> Operations.Type_.Output {
        .ok(input.body)
    }
}
