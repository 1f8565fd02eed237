// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Handlers {
    /// The body of the 401 answer to `InvalidToken`.
    func handle(_ error: InvalidToken, context: OperationContext) async throws -> Detail {
        Detail(detail: "Invalid token supplied")
    }
}
