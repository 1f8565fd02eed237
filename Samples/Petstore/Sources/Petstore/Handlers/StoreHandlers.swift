// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import PetstoreAPI

extension Handlers {
    /// Available pets.
    func inventory(_ input: Operations.Inventory.Input, context: OperationContext) async throws -> Operations.Inventory.Output {
        .ok(await store.all().filter { $0.status == .available })
    }
}
