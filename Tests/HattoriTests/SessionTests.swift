import Foundation
import HTTPTypes
@_spi(Generated) import Hattori
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// A clock the test moves by hand.
private final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_000_000))
    var now: Date { current.withLock { $0 } }
    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// `login` and `logout` as handlers call them, on one configuration.
private func makeSessionRouter(_ configuration: HattoriConfiguration) -> Router<BasicHattoriRequestContext> {
    var table = RouteTable()
    table.add(.post, "/api/login") { request, context in
        let operation = OperationContext(request: request, requestContext: context, configuration: configuration)
        try await operation.login(SessionUser(username: "normal"))
        return operation.finish(Response(status: .noContent))
    }
    table.add(.get, "/api/me") { request, context in
        let operation = OperationContext(request: request, requestContext: context, configuration: configuration)
        guard let user = try await SessionAuthentication.authenticate(operation.authRequest, cookie: "sessionid", role: .user, csrf: true)
        else { throw AuthenticationError() }
        return JSONResponse.make(status: .ok, body: user.username, from: request, context: context)
    }
    table.add(.post, "/api/logout") { request, context in
        let operation = OperationContext(request: request, requestContext: context, configuration: configuration)
        try await operation.logout()
        return operation.finish(Response(status: .noContent))
    }
    return HattoriServer.makeRouter(routes: table)
}

/// A store whose database is down.
private struct UnreachableStore: SessionStore {
    struct ConnectionRefused: Error {}
    func user(forSession key: String) async throws -> SessionUser? { throw ConnectionRefused() }
    func createSession(for user: SessionUser, expiresAt expiry: Date) async throws -> String { throw ConnectionRefused() }
    func deleteSession(_ key: String) async throws { throw ConnectionRefused() }
}

/// The `name=value` of each `Set-Cookie`, and its attributes.
private func setCookies(_ response: TestResponse) -> [String: String] {
    var cookies: [String: String] = [:]
    for line in response.headers[values: .setCookie] {
        let name = String(line.prefix { $0 != "=" })
        cookies[name] = line
    }
    return cookies
}

private func sessionKey(_ setCookie: String?) -> String? {
    setCookie.map { String($0.drop { $0 != "=" }.dropFirst().prefix { $0 != ";" }) }
}

@Suite("Runtime: sessions expire, rotate on login, and their cookies carry Django's attributes")
struct SessionTests {
    @Test func anExpiredSessionIsNoSessionAndIsRemoved() async throws {
        let clock = TestClock()
        let store = InMemorySessionStore(now: { clock.now })
        let key = try await store.createSession(for: SessionUser(username: "normal"), expiresAt: clock.now + 60)
        clock.advance(by: 59)
        #expect(try await store.user(forSession: key)?.username == "normal")
        clock.advance(by: 1)
        #expect(try await store.user(forSession: key) == nil)
        #expect(store.count == 0)
    }

    /// Expired sessions nobody asks for again do not pile up.
    @Test func expiredSessionsAreSweptOut() async throws {
        let clock = TestClock()
        let store = InMemorySessionStore(now: { clock.now }, sweepInterval: 3)
        _ = try await store.createSession(for: SessionUser(username: "a"), expiresAt: clock.now + 10)
        _ = try await store.createSession(for: SessionUser(username: "b"), expiresAt: clock.now + 100)
        clock.advance(by: 50)
        let live = try await store.createSession(for: SessionUser(username: "c"), expiresAt: clock.now + 10)
        #expect(store.count == 2)
        #expect(try await store.user(forSession: live)?.username == "c")
    }

    @Test func loginSetsTheSessionCookieAsDjangoDoes() async throws {
        let configuration = HattoriConfiguration(sessionCookiePath: "/api", sessionMaxAge: 3600)
        try await Application(router: makeSessionRouter(configuration)).test(.router) { client in
            try await client.execute(uri: "/api/login", method: .post) { response in
                let cookies = setCookies(response)
                let session = try #require(cookies["sessionid"])
                for attribute in ["Max-Age=3600", "Path=/api", "HttpOnly", "SameSite=Lax"] {
                    #expect(session.contains(attribute), "\(session)")
                }
                #expect(!session.contains("Secure"))
                let csrf = try #require(cookies["csrftoken"])
                #expect(csrf.contains("Path=/;") || csrf.hasSuffix("Path=/"), "\(csrf)")
                #expect(!csrf.contains("HttpOnly"))
            }
        }
    }

    @Test func secureCookiesMarkBothCookiesSecure() async throws {
        let configuration = HattoriConfiguration(secureCookies: true)
        try await Application(router: makeSessionRouter(configuration)).test(.router) { client in
            try await client.execute(uri: "/api/login", method: .post) { response in
                let cookies = setCookies(response)
                #expect(cookies["sessionid"]?.contains("Secure") == true)
                #expect(cookies["csrftoken"]?.contains("Secure") == true)
            }
        }
    }

    /// No fixation: a login replaces the request's session, whose key stops working.
    @Test func loginRotatesTheKeyAndLogoutDeletesTheSession() async throws {
        let store = InMemorySessionStore()
        let configuration = HattoriConfiguration(sessions: store, sessionCookiePath: "/api")
        try await Application(router: makeSessionRouter(configuration)).test(.router) { client in
            let first = try #require(try await client.execute(uri: "/api/login", method: .post) { sessionKey(setCookies($0)["sessionid"]) })
            let (second, csrf) = try await client.execute(uri: "/api/login", method: .post, headers: [.cookie: "sessionid=\(first)"]) {
                (sessionKey(setCookies($0)["sessionid"]), sessionKey(setCookies($0)["csrftoken"]))
            }
            let rotated = try #require(second)
            #expect(rotated != first && csrf != nil)
            #expect(try await store.user(forSession: first) == nil, "the old key no longer opens the session")
            #expect(try await store.user(forSession: rotated) != nil)
            try await client.execute(uri: "/api/logout", method: .post, headers: [.cookie: "sessionid=\(rotated)"]) { response in
                let cleared = try #require(setCookies(response)["sessionid"])
                #expect(cleared.hasPrefix("sessionid=;") && cleared.contains("Max-Age=0") && cleared.contains("Path=/api"))
            }
            #expect(try await store.user(forSession: rotated) == nil)
            #expect(store.count == 0)
        }
    }

    /// A store that cannot be reached is a 503 with a detail wherever a session is needed, never a 500.
    @Test func anUnreachableStoreIsA503() async throws {
        let configuration = HattoriConfiguration(sessions: UnreachableStore())
        let unavailable = #"{"detail":"Sessions are unavailable: try again shortly"}"#
        try await Application(router: makeSessionRouter(configuration)).test(.router) { client in
            for (uri, method) in [("/api/me", HTTPRequest.Method.get), ("/api/login", .post), ("/api/logout", .post)] {
                try await client.execute(uri: uri, method: method, headers: [.cookie: "sessionid=abc"]) { response in
                    #expect(response.status == .serviceUnavailable, "\(uri)")
                    #expect(String(buffer: response.body) == unavailable)
                    #expect(response.headers[values: .setCookie].isEmpty, "no cookie is set when the store failed")
                }
            }
            try await client.execute(uri: "/api/me", method: .get) { #expect($0.status == .unauthorized, "no cookie: no store asked") }
        }
    }
}
