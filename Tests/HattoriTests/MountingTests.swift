import Hattori
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// An application's own request context, as a user of Hummingbird writes one: it knows its peer, so
/// a generated API can be mounted on its router.
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
    /// The application's router: its own route and middleware, the API beside them.
    private func application(mountedOn collection: Bool = false) -> some ApplicationProtocol {
        let router = Router(context: AppContext.self)
        router.add(middleware: StampMiddleware())
        router.get("/health") { _, _ in "ok" }
        if collection {
            let routes = RouteCollection(context: AppContext.self)
            greetingAPI().install(on: routes)
            router.addRoutes(routes)
        } else {
            greetingAPI().install(on: router)
        }
        return Application(router: router)
    }

    private struct Answer: Equatable {
        var status: HTTPResponse.Status
        var body: String
        var stamped: Bool
    }

    private func get(_ app: some ApplicationProtocol, _ uri: String, token: String? = "secret") async throws -> Answer {
        let headers: HTTPFields = token.map { [.authorization: "Bearer \($0)"] } ?? [:]
        return try await app.test(.live) { client in
            try await client.execute(uri: uri, method: .get, headers: headers) { response in
                Answer(status: response.status, body: String(buffer: response.body),
                       stamped: response.headers[HTTPField.Name("X-App")!] == "stamped")
            }
        }
    }

    @Test func theAPIAnswersBesideTheApplicationsRoutesUnderItsMiddleware() async throws {
        for collection in [false, true] {
            let app = application(mountedOn: collection)
            #expect(try await get(app, "/health") == Answer(status: .ok, body: "ok", stamped: true))
            // The path parameter, the query and the peer come through the application's context.
            #expect(try await get(app, "/api/greet/al?times=2")
                    == Answer(status: .ok, body: #""hello al, hello al from 127.0.0.1""#, stamped: true))
        }
    }

    @Test func theAPIsRefusalsAnswerAsDjangoNinjas() async throws {
        let app = application()
        #expect(try await get(app, "/api/greet/al", token: nil)
                == Answer(status: .unauthorized, body: #"{"detail":"Unauthorized"}"#, stamped: true))
        let invalid = try await get(app, "/api/greet/al?times=many")
        #expect(invalid.status == .unprocessableContent)
        #expect(invalid.body.contains(#""loc":["query","times"]"#))
        #expect(invalid.stamped)
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
