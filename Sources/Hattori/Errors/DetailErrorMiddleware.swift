public import Hummingbird

/// Gives every error a JSON `{"detail": …}` body: our own errors answer for themselves,
/// Hummingbird's (404 for unknown paths, 413 for big bodies) keep their status, and anything
/// else is logged and answered as a 500 that leaks nothing.
public struct DetailErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as AuthenticationError {
            // The most frequent error by far (every 401); a concrete cast is cheaper than the
            // protocol cast below.
            return try error.response(from: request, context: context)
        } catch let error as HTTPDetailError {
            return try error.response(from: request, context: context)
        } catch let error as ValidationFailure {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            var headers = error.headers
            headers[.contentType] = nil
            return JSONResponse.detail(status: error.status, message: error.body ?? error.status.reasonPhrase, headers: headers)
        } catch let error as any HTTPResponseError {
            return try error.response(from: request, context: context)
        } catch {
            context.logger.error("unhandled error in handler", metadata: ["error": "\(String(reflecting: error))"])
            return try HTTPDetailError.internalServerError.response(from: request, context: context)
        }
    }
}
