public import Hummingbird
public import HTTPTypes
public import Logging
import Synchronization

/// What a handler gets besides its typed input: the raw request, Hummingbird's context, and
/// ways to shape the response beyond its body (cookies, headers, sessions).
public struct OperationContext: Sendable {
    public let requestContext: HattoriRequestContext
    /// The request as authenticators see it (with the client address after trusted proxies).
    /// It also holds the request and configuration, so copies of this context stay cheap.
    public let authRequest: AuthRequest
    private let extras = ResponseExtras()

    public init(request: Request, requestContext: HattoriRequestContext, configuration: HattoriConfiguration = .init()) {
        self.requestContext = requestContext
        self.authRequest = AuthRequest(request: request, context: requestContext, configuration: configuration)
    }

    public var request: Request { authRequest.request }
    public var configuration: HattoriConfiguration { authRequest.configuration }

    public var logger: Logger { requestContext.logger }

    /// Adds a `Set-Cookie` to the response.
    public func setCookie(_ cookie: Cookie) {
        extras.append(.setCookie, cookie.description)
    }

    /// Adds a header to the response.
    public func addHeader(_ name: HTTPField.Name, _ value: String) {
        extras.append(name, value)
    }

    /// Starts a session for `user`: sets the session cookie (HttpOnly) and a fresh `csrftoken`
    /// cookie that browser code echoes in `X-CSRFToken` on unsafe requests.
    public func login(_ user: SessionUser) async throws {
        let key = try await configuration.sessions.createSession(for: user)
        setCookie(Cookie(name: configuration.sessionCookieName, value: key, path: "/", httpOnly: true, sameSite: .lax))
        setCookie(Cookie(name: CSRF.cookieName, value: CSRF.makeToken(), path: "/", httpOnly: false, sameSite: .lax))
    }

    /// Ends the request's session, if any, and clears its cookie.
    public func logout() async throws {
        if let key = request.cookies[configuration.sessionCookieName]?.value {
            try await configuration.sessions.deleteSession(key)
        }
        setCookie(Cookie(name: configuration.sessionCookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
    }

    /// The handler's response with the cookies and headers it added.
    public func finish(_ response: Response) -> Response {
        var response = response
        for (name, value) in extras.fields { response.headers.append(HTTPField(name: name, value: value)) }
        return response
    }
}

/// Headers a handler adds while it runs; shared by copies of its `OperationContext`.
private final class ResponseExtras: Sendable {
    private let storage = Mutex<[(HTTPField.Name, String)]>([])

    func append(_ name: HTTPField.Name, _ value: String) {
        storage.withLock { $0.append((name, value)) }
    }

    var fields: [(HTTPField.Name, String)] { storage.withLock { $0 } }
}
