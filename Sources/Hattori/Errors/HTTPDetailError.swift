public import Hummingbird

/// An error answered as `{"detail": "<message>"}` with its status, the shape Django Ninja
/// uses for every non-validation error.
public struct HTTPDetailError: Error, Sendable, HTTPResponseError {
    public var status: HTTPResponse.Status
    public var detail: String
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, detail: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.detail = detail ?? status.reasonPhrase
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.detail(status: status, message: detail, headers: headers)
    }

    public static let notFound = HTTPDetailError(.notFound, detail: "Not Found")
    public static let unauthorized = HTTPDetailError(.unauthorized, detail: "Unauthorized")
    public static let forbidden = HTTPDetailError(.forbidden, detail: "Forbidden")
    public static let internalServerError = HTTPDetailError(.internalServerError, detail: "Internal Server Error")
    /// The session store cannot be reached (its database is down): every operation that needs a
    /// session answers this until it can again.
    public static let sessionsUnavailable = HTTPDetailError(.serviceUnavailable, detail: "Sessions are unavailable: try again shortly")

    public static func methodNotAllowed(allow: [HTTPRequest.Method]) -> HTTPDetailError {
        let value = allow.map(\.rawValue).joined(separator: ", ")
        return HTTPDetailError(.methodNotAllowed, detail: "Method Not Allowed", headers: [.allow: value])
    }
}
