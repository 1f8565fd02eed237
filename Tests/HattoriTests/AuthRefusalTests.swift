import Foundation
import HTTPTypes
@_spi(Generated) import Hattori
import Hummingbird
import HummingbirdTesting
import Testing

private struct Coded: Encodable, Sendable {
    var detail: String
    var code: String
}

private struct Unfilled: Error {}

/// Routes whose auth refuses the way generated scheme lists do, with the spec's exception handlers
/// ready to answer anything: a refusal must never reach them.
private func makeRefusingRouter() -> Router<BasicHattoriRequestContext> {
    var table = RouteTable()
    let configuration = HattoriConfiguration()
    let answerEverything: OperationRoute.ExceptionAnswer = { _, context in
        JSONResponse.make(status: .init(code: 418), body: "exception handler", from: context.request, context: context.requestContext)
    }
    func route(_ path: String, _ authenticate: @escaping OperationRoute.Authenticate<String>) {
        table.add(.get, path, handler: OperationRoute.handler(
            configuration: configuration, authenticate: authenticate, body: .none,
            input: { _, auth in auth }, handle: { auth, _ in EchoOutput(text: auth) }, exceptions: answerEverything))
    }
    route("/declared") { request in
        throw await AuthRefusal.unauthorized(request, scheme: "MyAuth") { Coded(detail: "Unauthorized", code: "expired") }
    }
    route("/unfilled") { request in
        throw await AuthRefusal.unauthorized(request, scheme: "MyAuth") { () async throws -> Coded in throw Unfilled() }
    }
    route("/forbidden") { request in
        throw await AuthRefusal.forbidden(AuthorizationError("No entry"), request, scheme: "MyAuth") { Coded(detail: $0.detail, code: "denied") }
    }
    route("/forbidden-unfilled") { request in
        throw await AuthRefusal.forbidden(.csrfFailed, request, scheme: "MyAuth") { _ async throws -> Coded in throw Unfilled() }
    }
    route("/empty") { _ in throw AuthRefusal.empty(.unauthorized) }
    let challenges = [#"Basic realm="events", charset="UTF-8""#, #"Bearer realm="api""#]
    route("/challenged") { _ in throw AuthenticationError(challenges: challenges) }
    route("/challenged-empty") { _ in throw AuthRefusal.empty(.unauthorized, challenges: challenges) }
    route("/challenged-declared") { request in
        throw await AuthRefusal.unauthorized(request, scheme: "MyAuth", challenges: challenges) { Coded(detail: "Unauthorized", code: "expired") }
    }
    return HattoriServer.makeRouter(routes: table)
}

private struct EchoOutput: OperationOutput {
    var text: String
    func response(from request: Request, context: some RequestContext) -> Response {
        JSONResponse.make(status: .ok, body: text, from: request, context: context)
    }
}

@Suite("Runtime: the 401 and 403 bodies a scheme declares")
struct AuthRefusalTests {
    let app = Application(router: makeRefusingRouter())

    func get(_ path: String) async throws -> (status: HTTPResponse.Status, body: String) {
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { (status: $0.status, body: String(buffer: $0.body)) }
        }
    }

    @Test func aHooksBodyIsSentWithTheRefusalsStatus() async throws {
        #expect(try await get("/declared") == (.unauthorized, #"{"code":"expired","detail":"Unauthorized"}"#))
        #expect(try await get("/forbidden") == (.forbidden, #"{"code":"denied","detail":"No entry"}"#))
    }

    /// Fail closed: a hook that throws (an unfilled one does) changes the body, never the status.
    @Test func aFailingHookLeavesTheDefaultBody() async throws {
        #expect(try await get("/unfilled") == (.unauthorized, #"{"detail":"Unauthorized"}"#))
        #expect(try await get("/forbidden-unfilled") == (.forbidden, #"{"detail":"CSRF check Failed"}"#))
    }

    @Test func aStatusDeclaredWithoutBodyHasNone() async throws {
        #expect(try await get("/empty") == (.unauthorized, ""))
    }

    /// Schemes with a realm: every 401 of their list carries each challenge, whatever its body;
    /// one without carries none (as Django Ninja).
    @Test func a401CarriesTheChallengesOfItsSchemes() async throws {
        let challenges = [#"Basic realm="events", charset="UTF-8""#, #"Bearer realm="api""#]
        for path in ["/challenged", "/challenged-empty", "/challenged-declared"] {
            let fields = try await app.test(.router) { client in
                try await client.execute(uri: path, method: .get) { ($0.status, $0.headers[values: .wwwAuthenticate]) }
            }
            #expect(fields.0 == .unauthorized)
            #expect(fields.1 == challenges, "\(path)")
        }
        let plain = try await app.test(.router) { client in try await client.execute(uri: "/empty", method: .get) { $0.headers[values: .wwwAuthenticate] } }
        #expect(plain.isEmpty)
    }
}
