// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// Summary with */ and \( and "quotes"
    ///
    /// Line one
    /// Line two */
    /// /// not a doc
    ///
    /// `GET /api/extension/default/{in}/{self}`
    public func `default`(_ input: Operations.Default.Input, context: OperationContext) async throws -> Operations.Default.Output {
        throw HTTPDetailError(.notImplemented, detail: "default is not implemented yet")
    }

    /// `POST /api/extension/init, PUT /api/extension/init`
    public func init_(_ input: Operations.Init.Input, context: OperationContext) async throws -> Operations.Init.Output {
        throw HTTPDetailError(.notImplemented, detail: "init is not implemented yet")
    }

    /// `PATCH /api/extension/type`
    public func type(_ input: Operations.Type_.Input, context: OperationContext) async throws -> Operations.Type_.Output {
        throw HTTPDetailError(.notImplemented, detail: "Type is not implemented yet")
    }
}
