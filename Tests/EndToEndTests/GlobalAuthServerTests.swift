import Foundation
import NIOHTTP1
import Testing

/// The guide's global authentication: an API-wide default, overridden per operation and router.
@Suite("End to end: the GlobalAuth sample", .serialized)
struct GlobalAuthServerTests {
    static let unauthorized = #"{"detail":"Unauthorized"}"#

    @Test func theTokenOperationIsPublicAndChecksItsForm() async throws {
        try await withSampleServer("GlobalAuth") { port in
            let form = [("Content-Type", "application/x-www-form-urlencoded")]
            expect(try await send(.POST, port: port, "/g/token", body: "username=admin&password=giraffethinnknslong", headers: form),
                   200, #"{"token":"supersecret"}"#)
            expect(try await send(.POST, port: port, "/g/token", body: "username=admin&password=nope", headers: form),
                   401, #"{"detail":"Invalid credentials"}"#)
            let missing = try await send(.POST, port: port, "/g/token", body: "", headers: form)
            #expect(missing.status == 422)
            #expect(missing.body.contains(#""loc":["form","username"]"#) && missing.body.contains(#""loc":["form","password"]"#))
        }
    }

    @Test func theAPIDefaultGuardsEverythingElse() async throws {
        try await withSampleServer("GlobalAuth") { port in
            let token = [bearerHeader("supersecret")]
            for (method, path) in [(HTTPMethodName.GET, "/g/secured"), (.POST, "/g/multi"), (.PATCH, "/g/multi"), (.GET, "/g/inherit/ping")] {
                expect(try await send(method.nio, port: port, path), 401, Self.unauthorized)
                expect(try await send(method.nio, port: port, path, headers: [bearerHeader("wrong")]), 401, Self.unauthorized)
                expect(try await send(method.nio, port: port, path, headers: token), 200, #"{"auth":"supersecret"}"#)
            }
            let put = try await send(.PUT, port: port, "/g/multi")
            #expect(put.status == 405)
            #expect(put.headers["allow"] == ["POST, PATCH"])
        }
    }

    @Test func routersOverrideTheDefault() async throws {
        try await withSampleServer("GlobalAuth") { port in
            let admin = [basicHeader("admin", "secret")], token = [bearerHeader("supersecret")]
            expect(try await send(.GET, port: port, "/g/open/ping"), 200, #"{"auth":null}"#)
            expect(try await send(.GET, port: port, "/g/open/child/ping"), 200, #"{"auth":null}"#)
            expect(try await send(.GET, port: port, "/g/open/locked", headers: admin), 200, #"{"auth":"admin"}"#)
            expect(try await send(.GET, port: port, "/g/open/locked", headers: token), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/g/events/", headers: admin), 200, #"{"auth":"admin"}"#)
            expect(try await send(.GET, port: port, "/g/events/", headers: token), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/g/events/public"), 200, #"{"auth":null}"#)
            expect(try await send(.GET, port: port, "/g/basic-router/", headers: admin), 200, #"{"auth":"admin"}"#)
            expect(try await send(.GET, port: port, "/g/basic-router/"), 401, Self.unauthorized)
        }
    }

    /// BasicAuth names a realm: its 401s ask for a password (RFC 9110), as a browser needs to
    /// prompt; the bearer default names none and sends none, as Django Ninja.
    @Test func aRealmSendsItsChallengeOnEvery401() async throws {
        try await withSampleServer("GlobalAuth") { port in
            let refused = try await send(.GET, port: port, "/g/events/")
            expect(refused, 401, Self.unauthorized)
            #expect(refused.headers["WWW-Authenticate"] == [#"Basic realm="events", charset="UTF-8""#])
            #expect(try await send(.GET, port: port, "/g/events/", headers: [basicHeader("admin", "wrong")]).headers["WWW-Authenticate"]
                    == [#"Basic realm="events", charset="UTF-8""#])
            #expect(try await send(.GET, port: port, "/g/events/", headers: [basicHeader("admin", "secret")]).headers["WWW-Authenticate"] == [])
            #expect(try await send(.GET, port: port, "/g/secured").headers["WWW-Authenticate"] == [])
        }
    }
}

/// Methods as written in the tables above.
enum HTTPMethodName {
    case GET, POST, PATCH

    var nio: NIOHTTP1.HTTPMethod {
        switch self {
        case .GET: return .GET
        case .POST: return .POST
        case .PATCH: return .PATCH
        }
    }
}
