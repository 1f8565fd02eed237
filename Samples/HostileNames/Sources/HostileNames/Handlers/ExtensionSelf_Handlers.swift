// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Handlers {
    /// `DELETE /api/extension/self/`
    ///
    /// - Warning: Deprecated.
    func `protocol`(_ input: Operations.Protocol_.Input, context: OperationContext) async throws -> Operations.Protocol_.Output {
        .noContent
    }
}
