public import Hummingbird

/// What every generated route does, in order: authenticate the caller, read and validate the
/// input (422 naming each bad field), call the handler, and answer the spec's exceptions. The
/// generated code passes only what differs per operation, so each operation compiles to a few
/// references instead of its own copy of this async code.
@_spi(Generated) public enum OperationRoute {
    /// Checks a request against a list of schemes: the identity of the first that accepts, or
    /// `AuthenticationError` (401) when none does.
    public typealias Authenticate<Identity> = @Sendable (AuthRequest) async throws -> Identity

    /// The answer the spec declares for an error its handlers threw, or nil for any other error.
    public typealias ExceptionAnswer = @Sendable (any Error, OperationContext) async throws -> Response?

    /// The route of an operation behind auth. Inlinable so that release builds specialise it for
    /// each operation's types: unspecialised, every request paid for generic async frames.
    @inlinable
    public static func handler<Auth, Input, Output: OperationOutput>(
        configuration: HattoriConfiguration,
        authenticate: @escaping Authenticate<Auth>,
        body: InputDecoder.BodyKind,
        input: @escaping @Sendable (inout InputDecoder, Auth) throws -> Input,
        handle: @escaping @Sendable (Input, OperationContext) async throws -> Output,
        exceptions: ExceptionAnswer? = nil
    ) -> RouteTable.Handler {
        return { request, context in
            let operationContext = OperationContext(request: request, requestContext: context, configuration: configuration)
            do {
                let auth = try await authenticate(operationContext.authRequest)
                var decoder = try await InputDecoder(operationContext, body: body)
                let value = try input(&decoder, auth)
                return operationContext.finish(try await handle(value, operationContext).response(from: request, context: context))
            } catch {
                // An auth refusal is never one of the spec's exceptions: it goes straight to the error middleware.
                if !(error is AuthenticationError), !(error is AuthRefusal), let exceptions,
                   let response = try await exceptions(error, operationContext) {
                    return response
                }
                throw error
            }
        }
    }

    /// The route of a public operation.
    @inlinable
    public static func handler<Input, Output: OperationOutput>(
        configuration: HattoriConfiguration,
        body: InputDecoder.BodyKind,
        input: @escaping @Sendable (inout InputDecoder) throws -> Input,
        handle: @escaping @Sendable (Input, OperationContext) async throws -> Output,
        exceptions: ExceptionAnswer? = nil
    ) -> RouteTable.Handler {
        handler(configuration: configuration, authenticate: { _ in }, body: body, input: { decoder, _ in try input(&decoder) },
                handle: handle, exceptions: exceptions)
    }
}
