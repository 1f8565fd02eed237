@_spi(Generated) import Hattori
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing

/// An application's own request context, as a user of Hummingbird writes one: it knows its peer, so
/// a generated API can be mounted on its router. (`SocketAddress` comes with Hattori, and its coders
/// are Hummingbird's defaults, which the API's answers must not use.)
private struct AppContext: HattoriRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}

/// The application's own middleware, which sees every request, its own routes' and the API's.
private struct StampMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[HTTPField.Name("X-App")!] = "stamped"
        return response
    }
}

/// A generated operation's output, as gen writes one.
private enum GreetingOutput: OperationOutput {
    case ok(String)

    func response(from request: Request, context: some RequestContext) -> Response {
        switch self {
        case .ok(let body): return JSONResponse.make(status: .ok, body: body, from: request, context: context)
        }
    }
}

/// `GET /api/greet/{name}?times=N` behind a bearer token, registered as generated code registers
/// an operation: the greeting names the caller's address, as the API's authenticator saw it.
private func greetingAPI() -> RouteTable {
    var table = RouteTable()
    let route = OperationRoute.handler(
        configuration: HattoriConfiguration(),
        authenticate: { request -> String in
            guard Credentials.bearer(request) == "secret" else { throw AuthenticationError() }
            return request.clientAddress ?? "nowhere"
        },
        body: .none,
        input: { decoder, caller -> (name: String, times: Int, caller: String) in
            let name = decoder.path("name", as: String.self)
            let times = decoder.query("times", as: Int.self, required: false) ?? 1
            guard let name, decoder.isValid else { throw decoder.failure }
            return (name, times, caller)
        },
        handle: { input, context -> GreetingOutput in
            context.addHeader(HTTPField.Name("X-Handler")!, "greeted")
            return .ok(Array(repeating: "hello \(input.name)", count: input.times).joined(separator: ", ") + " from \(input.caller)")
        }
    )
    table.add(.get, "/api/greet/{name}", handler: route)
    return table
}

@Suite("Runtime: a generated API mounted in an application's own Hummingbird router")
struct MountingTests {
    /// Where the API is mounted: on the router itself, a route collection, or a group under a prefix.
    enum Mount: CaseIterable {
        case router, collection, group

        var prefix: String { self == .group ? "/v1" : "" }
    }

    /// The application's router: its own route and middleware, the API beside them.
    private func application(_ mount: Mount = .router) -> some ApplicationProtocol {
        let router = Router(context: AppContext.self)
        router.add(middleware: StampMiddleware())
        router.get("/health") { _, _ in "ok" }
        switch mount {
        case .router:
            greetingAPI().install(on: router)
        case .collection:
            let routes = RouteCollection(context: AppContext.self)
            greetingAPI().install(on: routes)
            router.addRoutes(routes)
        case .group:
            greetingAPI().install(on: router.group("v1"))
        }
        return Application(router: router)
    }

    private struct Answer: Equatable {
        var status: HTTPResponse.Status
        var body: String
        var stamped: Bool
        var contentType: String? = "application/json"
    }

    private func get(_ app: some ApplicationProtocol, _ uri: String, token: String? = "secret") async throws -> Answer {
        let headers: HTTPFields = token.map { [.authorization: "Bearer \($0)"] } ?? [:]
        return try await app.test(.live) { client in
            try await client.execute(uri: uri, method: .get, headers: headers) { response in
                Answer(status: response.status, body: String(buffer: response.body),
                       stamped: response.headers[HTTPField.Name("X-App")!] == "stamped", contentType: response.headers[.contentType])
            }
        }
    }

    @Test(arguments: Mount.allCases)
    func theAPIAnswersBesideTheApplicationsRoutesUnderItsMiddleware(mount: Mount) async throws {
        let app = application(mount)
        #expect(try await get(app, "/health") == Answer(status: .ok, body: "ok", stamped: true, contentType: "text/plain; charset=utf-8"))
        // The path parameter, the query and the peer come through the application's context.
        #expect(try await get(app, mount.prefix + "/api/greet/al?times=2")
                == Answer(status: .ok, body: #""hello al, hello al from 127.0.0.1""#, stamped: true))
    }

    /// Refusals and 422s are the bytes the generated server on its own answers, whatever encoder
    /// the application's context has (here Hummingbird's default, which would sort no keys and
    /// add a charset).
    @Test(arguments: Mount.allCases)
    func theAPIsRefusalsAreTheStandaloneServersBytes(mount: Mount) async throws {
        let app = application(mount)
        let standalone = Application(router: HattoriServer.makeRouter(routes: greetingAPI()))
        for (uri, token) in [("/api/greet/al", nil), ("/api/greet/al?times=many", "secret")] as [(String, String?)] {
            var alone = try await get(standalone, uri, token: token)
            alone.stamped = true
            #expect(try await get(app, mount.prefix + uri, token: token) == alone, "\(uri)")
            #expect(alone.status == (token == nil ? .unauthorized : .unprocessableContent))
        }
    }

    @Test func headersTheHandlerAddsReachTheClient() async throws {
        let added = try await application().test(.live) { client in
            try await client.execute(uri: "/api/greet/al", method: .get, headers: [.authorization: "Bearer secret"]) {
                $0.headers[HTTPField.Name("X-Handler")!]
            }
        }
        #expect(added == "greeted")
    }

    /// What matches none of the API's routes stays the application's: its own 404.
    @Test func requestsOutsideTheAPIStayTheApplications() async throws {
        let app = application()
        let unknown = try await get(app, "/api/nothing")
        #expect(unknown.status == .notFound)
        #expect(!unknown.body.contains("detail"))
    }
}
