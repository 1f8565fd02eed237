// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Handlers {
    func listEvents(_ input: Operations.ListEvents.Input, context: OperationContext) async throws -> Operations.ListEvents.Output {
        .ok(EventsOut(events: ["launch", "retro"], auth: JSONValue(identity: input.auth)))
    }

    func publicEvents(_ input: Operations.PublicEvents.Input, context: OperationContext) async throws -> Operations.PublicEvents.Output {
        .ok(EventsOut(events: ["launch"], auth: nil))
    }
}
