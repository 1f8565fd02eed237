import Foundation
public import Hummingbird
public import HTTPTypes
public import Logging

/// What a handler gets besides its typed input: the raw request, Hummingbird's context, and
/// ways to shape the response beyond its body (cookies, headers, sessions).
public struct OperationContext: Sendable {
    public let requestContext: BasicHattoriRequestContext
    /// The request's state, shared by copies of this context: what authenticators see, and the
    /// headers the handler adds.
    let state: RequestState

    public init(request: Request, requestContext: BasicHattoriRequestContext, configuration: HattoriConfiguration = .init()) {
        self.requestContext = requestContext
        self.state = RequestState(request: request, peer: .socket(requestContext.remoteAddress), configuration: configuration,
                                  logger: requestContext.logger)
    }

    /// The request as authenticators see it (with the client address after trusted proxies).
    public var authRequest: AuthRequest { AuthRequest(state: state) }
    public var request: Request { state.request }
    public var configuration: HattoriConfiguration { state.configuration }

    public var logger: Logger { requestContext.logger }

    /// Adds a `Set-Cookie` to the response.
    public func setCookie(_ cookie: Cookie) {
        state.addResponseField(.setCookie, cookie.description)
    }

    /// Adds a header to the response.
    public func addHeader(_ name: HTTPField.Name, _ value: String) {
        state.addResponseField(name, value)
    }

    /// Starts a session for `user`, as Django's `login`: a new session under a new key (the request's
    /// old session, if any, is deleted: no session fixation), the session cookie (`HttpOnly`,
    /// `SameSite=Lax`, `Path` the API's prefix, `Max-Age` the session's age, `Secure` with
    /// `--secure-cookies`) and a new `csrftoken` cookie that browser code echoes in `X-CSRFToken` on
    /// unsafe requests (readable by scripts, so not `HttpOnly`; `Path=/` as Django sets it, so that
    /// pages outside the prefix read it too).
    public func login(_ user: SessionUser) async throws {
        let configuration = configuration
        let expiry = Date(timeIntervalSinceNow: TimeInterval(configuration.sessionMaxAge))
        let old = request.cookies[configuration.sessionCookieName]?.value
        let key = try await configuration.sessions.reaching(logger: logger) { store in
            if let old, !old.isEmpty { try await store.deleteSession(old) }
            return try await store.createSession(for: user, expiresAt: expiry)
        }
        setCookie(sessionCookie(value: key, maxAge: configuration.sessionMaxAge))
        setCookie(Cookie(name: CSRF.cookieName, value: CSRF.makeToken(), maxAge: CSRF.cookieMaxAge, path: "/",
                         secure: configuration.secureCookies, httpOnly: false, sameSite: .lax))
    }

    /// Ends the request's session, if any: deletes it from the store and clears its cookie. Both
    /// throw `HTTPDetailError.sessionsUnavailable` (503) when the store cannot be reached.
    public func logout() async throws {
        if let key = request.cookies[configuration.sessionCookieName]?.value, !key.isEmpty {
            try await configuration.sessions.reaching(logger: logger) { try await $0.deleteSession(key) }
        }
        setCookie(sessionCookie(value: "", maxAge: 0))
    }

    /// The session cookie with the configuration's attributes (a browser replaces or clears a cookie
    /// only when name, `Path` and domain match).
    private func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(name: configuration.sessionCookieName, value: value, maxAge: maxAge,
               path: configuration.sessionCookiePath.isEmpty ? "/" : configuration.sessionCookiePath,
               secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// The handler's response with the cookies and headers it added.
    public func finish(_ response: Response) -> Response {
        state.finish(response)
    }
}
