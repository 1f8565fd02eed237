// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

extension Handlers {
    /// The body of the 418 answer to `Throw`.
    func handle(_ error: Throw, context: OperationContext) async throws -> String_ {
        String_(value: "short and stout")
    }
}
