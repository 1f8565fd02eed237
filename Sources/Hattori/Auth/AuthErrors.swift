public import Hummingbird
import HTTPTypes

/// Thrown when no authenticator of an operation yielded an identity: 401 `{"detail":"Unauthorized"}`.
public struct AuthenticationError: Error, Sendable, HTTPResponseError {
    /// The `WWW-Authenticate` challenges the 401 carries, one field each (`Basic realm="events",
    /// charset="UTF-8"`): those of the operation's schemes that name a realm. None by default, as
    /// Django Ninja sends none.
    public var challenges: [String]

    public init(challenges: [String] = []) {
        self.challenges = challenges
    }

    public var status: HTTPResponse.Status { .unauthorized }
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        challenges.isEmpty ? Self.response
            : JSONResponse.detail(status: .unauthorized, message: "Unauthorized", headers: Self.fields(challenges))
    }

    /// The 401 every route answers when no scheme accepts, written once: it is the most
    /// frequent error answer by far.
    static let response = JSONResponse.detail(status: .unauthorized, message: "Unauthorized")

    /// One `WWW-Authenticate` field per challenge.
    static func fields(_ challenges: [String]) -> HTTPFields {
        var fields = HTTPFields()
        for challenge in challenges { fields.append(HTTPField(name: .wwwAuthenticate, value: challenge)) }
        return fields
    }
}

/// Throw from an authenticator (or a handler) to refuse a known client: 403 `{"detail":"Forbidden"}`.
/// It ends the chain at once; later schemes are not tried. The runtime throws it too, as
/// `csrfFailed`, for an unsafe request of a cookie-based scheme without a matching CSRF token.
public struct AuthorizationError: Error, Sendable, HTTPResponseError {
    public var detail: String

    public init(_ detail: String = "Forbidden") {
        self.detail = detail
    }

    /// A cookie-authenticated unsafe request without a matching CSRF token: 403 `{"detail":"CSRF check Failed"}`.
    public static let csrfFailed = AuthorizationError("CSRF check Failed")

    public var status: HTTPResponse.Status { .forbidden }
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.detail(status: status, message: detail)
    }
}
