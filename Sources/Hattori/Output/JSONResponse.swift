public import Hummingbird
import JSONEscaping
public import Logging

/// Builds the responses generated handlers return: a status with a JSON body, or no body.
public enum JSONResponse {
    /// `body` as JSON, encoded by the context's `responseEncoder`, answered with `status`, as
    /// `mediaType` when it is not `application/json` (`application/problem+json`).
    /// Encoding generated models cannot fail; if a hand-written body type throws anyway, the
    /// client gets a plain 500 and the details stay in the server's log.
    @inlinable
    public static func make<Context: RequestContext>(status: HTTPResponse.Status, body: some Encodable, mediaType: String? = nil,
                                                     headers: HTTPFields = [:], from request: Request, context: Context) -> Response {
        do {
            var response = try context.responseEncoder.encode(body, from: request, context: context)
            response.status = status
            if let mediaType { response.headers[.contentType] = mediaType }
            response.headers.append(contentsOf: headers)
            return response
        } catch {
            return encodingFailed(error, logger: context.logger)
        }
    }

    /// `body` written by itself (`JSONWritable`: generated models, and the types of their
    /// fields), without `JSONEncoder`: the bytes, status and headers the context's
    /// `HattoriResponseEncoder` gives, in the same order.
    @_spi(Generated) public static func make(status: HTTPResponse.Status, body: some JSONWritable, mediaType: String? = nil,
                                             headers: HTTPFields = [:], from request: Request, context: some RequestContext) -> Response {
        do {
            var response = HattoriResponseEncoder.response(ByteBuffer(bytes: try JSONWriter.bytes(of: body)))
            response.status = status
            if let mediaType { response.headers[.contentType] = mediaType }
            response.headers.append(contentsOf: headers)
            return response
        } catch {
            return encodingFailed(error, logger: context.logger)
        }
    }

    /// `body` as JSON with an operation's response options (`exclude_none`, …), which reach the
    /// generated models' `FieldEncoder` through the encoder: encoded with `HattoriJSON`'s encoder
    /// for them, whatever the context's `responseEncoder`.
    @_spi(Generated) public static func make(status: HTTPResponse.Status, body: some Encodable, options: ResponseOptions, mediaType: String? = nil,
                            headers: HTTPFields = [:], from request: Request, context: some RequestContext) -> Response {
        do {
            var response = HattoriResponseEncoder.response(ByteBuffer(bytes: try HattoriJSON.encoder(for: options).encode(body)),
                                                           status: status, headers: headers)
            if let mediaType { response.headers[.contentType] = mediaType }
            return response
        } catch {
            return encodingFailed(error, logger: context.logger)
        }
    }

    /// The plain 500 for a body that would not encode, its reason in the log only.
    @usableFromInline
    static func encodingFailed(_ error: any Error, logger: Logger) -> Response {
        logger.error("cannot encode a response body", metadata: ["error": "\(String(reflecting: error))"])
        return detail(status: .internalServerError, message: "Internal Server Error")
    }

    /// `{"detail": "<message>"}`, the body of every error answer (401, 403, 404, 405, 500).
    public static func detail(status: HTTPResponse.Status, message: String, headers: HTTPFields = [:]) -> Response {
        HattoriResponseEncoder.response(ByteBuffer(string: #"{"detail":"# + JSONText.string(message) + "}"), status: status, headers: headers)
    }

    /// A response without a body (204, 304, or any status the spec declares with `null`).
    public static func empty(status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        Response(status: status, headers: headers)
    }
}

/// The typed output of one operation: generated enums with one case per declared status. Each
/// is a Hummingbird `ResponseGenerator`: its JSON bodies go through the context's `responseEncoder`.
public protocol OperationOutput: ResponseGenerator, Sendable {}
