// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import GlobalAuthAPI

extension Handlers {
    /// `GET /g/events/`
    func events(_ input: Operations.Events.Input, context: OperationContext) async throws -> Operations.Events.Output {
        .ok(AuthEcho(auth: input.auth))
    }

    /// `GET /g/events/public`
    func eventsPublic(_ input: Operations.EventsPublic.Input, context: OperationContext) async throws -> Operations.EventsPublic.Output {
        .ok(AuthEcho(auth: nil))
    }
}
