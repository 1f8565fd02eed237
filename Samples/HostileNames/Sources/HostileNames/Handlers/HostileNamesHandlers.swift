// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Handlers {
    /// `GET /api/hostile/`
    func decoder(_ input: Operations.Decoder.Input, context: OperationContext) async throws -> Operations.Decoder.Output {
        .ok(Decoder(testing: Testing_(constraints: Constraints_())))
    }
}
