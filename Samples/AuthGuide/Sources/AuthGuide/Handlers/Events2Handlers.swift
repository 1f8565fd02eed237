// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Handlers {
    func listEvents2(_ input: Operations.ListEvents2.Input, context: OperationContext) async throws -> Operations.ListEvents2.Output {
        .ok(EventsOut(events: ["launch", "retro"], auth: JSONValue(identity: input.auth)))
    }

    func publicEvents2(_ input: Operations.PublicEvents2.Input, context: OperationContext) async throws -> Operations.PublicEvents2.Output {
        .ok(EventsOut(events: ["launch"], auth: nil))
    }
}
