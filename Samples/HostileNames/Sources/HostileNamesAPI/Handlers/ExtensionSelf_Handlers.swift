// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// `DELETE /api/extension/self/`
    ///
    /// - Warning: Deprecated.
    public func `protocol`(_ input: Operations.Protocol_.Input, context: OperationContext) async throws -> Operations.Protocol_.Output {
        .noContent
    }
}
