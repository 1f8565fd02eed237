// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// Available pets.
    public func inventory(_ input: Operations.Inventory.Input, context: OperationContext) async throws -> Operations.Inventory.Output {
        .ok(await store.all().filter { $0.status == .available })
    }
}
