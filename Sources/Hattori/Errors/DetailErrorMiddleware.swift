public import Hummingbird
import NIOCore

/// Gives every error a JSON `{"detail": …}` body: our own errors answer for themselves,
/// Hummingbird's (404 for unknown paths, 413 for big bodies) keep their status, a known path
/// asked with a method it does not serve gets 405 (given `methodNotAllowed`, as
/// `HattoriServer.makeRouter` gives it), and anything else is logged and answered as a 500 that
/// leaks nothing.
@_spi(Generated) public struct DetailErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let methodNotAllowed: MethodNotAllowed<Context>?

    public init(methodNotAllowed: MethodNotAllowed<Context>? = nil) {
        self.methodNotAllowed = methodNotAllowed
    }

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
            // The router's 404: its path may be known with other methods.
            if error.status == .notFound, let methodNotAllowed,
               let refusal = try await methodNotAllowed.response(for: request, context: context) {
                return refusal
            }
            var headers = error.headers
            headers[.contentType] = nil
            return JSONResponse.detail(status: error.status, message: error.body ?? error.status.reasonPhrase, headers: headers)
        } catch is NIOTooManyBytesError {
            // A body past the limit (`--max-body-size`): Hummingbird answers it with no body at all.
            // Named here, not mended for every body-less error below: `AuthRefusal.empty` is one on purpose.
            return JSONResponse.detail(status: .contentTooLarge, message: HTTPResponse.Status.contentTooLarge.reasonPhrase)
        } catch let error as any HTTPResponseError {
            return try error.response(from: request, context: context)
        } catch {
            context.logger.error("unhandled error in handler", metadata: ["error": "\(String(reflecting: error))"])
            return try HTTPDetailError.internalServerError.response(from: request, context: context)
        }
    }
}
