public import Hummingbird
public import Logging

/// What a handler gets besides its typed input: the raw request and Hummingbird's context,
/// for the rare case the spec does not describe (a logger, an undeclared header).
public struct OperationContext: Sendable {
    public let request: Request
    public let requestContext: HattoriRequestContext

    public init(request: Request, requestContext: HattoriRequestContext) {
        self.request = request
        self.requestContext = requestContext
    }

    public var logger: Logger { requestContext.logger }
}
