// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Handlers {
    /// `GET /api/extension/struct/`
    func `return`(_ input: Operations.Return.Input, context: OperationContext) async throws -> Operations.Return.Output {
        switch input.auth {
        case .class(let token): return .ok(.object(["token": .string(token), "Type": .string(input.query.type.rawValue)]))
        case .who(let identity): return .ok(.string(identity.name))
        }
    }
}
