// Created by gen; this file is yours: gen never overwrites it.
// Fill in each method. An unfilled one answers 501 Not Implemented.
import Hattori

extension Handlers {
    /// `GET /g/events/`
    public func events(_ input: Operations.Events.Input, context: OperationContext) async throws -> Operations.Events.Output {
        .ok(AuthEcho(auth: input.auth))
    }

    /// `GET /g/events/public`
    public func eventsPublic(_ input: Operations.EventsPublic.Input, context: OperationContext) async throws -> Operations.EventsPublic.Output {
        .ok(AuthEcho(auth: nil))
    }
}
