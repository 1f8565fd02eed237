import Foundation
import Testing

/// The AuthGuide server as replicas behind a load balancer: several processes keep their sessions
/// in one PostgreSQL database (`--sessions postgres://…` or `HATTORI_SESSIONS`), which each test
/// starts for itself so that it can shut it down.
@Suite("End to end: sessions in PostgreSQL, shared by AuthGuide processes",
       .enabled(if: PostgresServer.isAvailable, "set HATTORI_TEST_POSTGRES_URL (.ci/run starts a PostgreSQL)"),
       .serialized)
struct SharedSessionsTests {
    static let unauthorized = #"{"detail":"Unauthorized"}"#
    static let unavailable = #"{"detail":"Sessions are unavailable: try again shortly"}"#

    /// The AuthGuide server's executable, built once per test run.
    func authGuide() async throws -> URL {
        let build = try await SampleBuilder.shared.build(repositoryRoot.appendingPathComponent("Samples/AuthGuide"), product: "AuthGuide")
        try #require(build.status == 0, "swift build failed:\n\(build.output)\n\(build.error)")
        return SampleBuilder.shared.binary("AuthGuide")
    }

    /// Builds AuthGuide, starts a database for `body` and removes it afterwards.
    func withDatabase(_ body: (PostgresServer) async throws -> Void) async throws {
        _ = try await authGuide()
        let database = try await PostgresServer()
        do {
            try await body(database)
        } catch {
            await database.stop()
            throw error
        }
        await database.stop()
    }

    func startServer(_ arguments: [String], environment: [String: String] = [:]) async throws -> RunningServer {
        try await RunningServer(executable: try await authGuide(), arguments: arguments, environment: environment)
    }

    func pets(_ port: Int, _ cookie: String) async throws -> HTTPResult {
        try await send(.GET, port: port, "/api/pets", headers: [("Cookie", cookie)])
    }

    @Test func aSessionStartedOnOneProcessServesOnTheOtherUntilLoggedOut() async throws {
        try await withDatabase { database in
            let first = try await startServer(["--sessions", database.url])
            defer { first.stop() }
            let second = try await startServer([], environment: ["HATTORI_SESSIONS": database.url])
            defer { second.stop() }

            let session = try await AuthGuideServerTests.login(first.port, "staff")
            expect(try await pets(second.port, session.cookie), 200, #""Authenticated user staff""#)
            expect(try await send(.GET, port: second.port, "/api/staff-area", headers: [("Cookie", session.cookie)]),
                   200, #"{"message":"Hello staff member!"}"#)
            expect(try await send(.POST, port: second.port, "/api/logout", headers: [("Cookie", session.cookie)]), 200, #"{"ok":true}"#)
            expect(try await pets(first.port, session.cookie), 401, Self.unauthorized)
            expect(try await pets(second.port, session.cookie), 401, Self.unauthorized)
        }
    }

    @Test func sessionsOutliveAKilledProcess() async throws {
        try await withDatabase { database in
            let server = try await startServer(["--sessions", database.url])
            defer { server.stop() }
            let session = try await AuthGuideServerTests.login(server.port, "normal")
            server.kill()
            let restarted = try await startServer(["--sessions", database.url])
            defer { restarted.stop() }
            expect(try await pets(restarted.port, session.cookie), 200, #""Authenticated user normal""#)
        }
    }

    /// While the database is down, operations that need a session answer 503 and the others work;
    /// once it is back, sessions work again without a restart, on a process started during the
    /// outage too.
    @Test func anOutageAnswers503AndPasses() async throws {
        try await withDatabase { database in
            let server = try await startServer(["--sessions", database.url])
            defer { server.stop() }
            let session = try await AuthGuideServerTests.login(server.port, "normal")
            try await database.pause()

            expect(try await pets(server.port, session.cookie), 503, Self.unavailable)
            let login = try await send(.POST, port: server.port, "/api/login", body: "username=normal&password=normalpass",
                                       headers: [("Content-Type", "application/x-www-form-urlencoded")])
            expect(login, 503, Self.unavailable)
            #expect(!login.headers["set-cookie"].contains { $0.hasPrefix("sessionid=") })
            expect(try await send(.GET, port: server.port, "/api/bearer", headers: [bearerHeader("supersecret")]),
                   200, #"{"token":"supersecret"}"#)
            let startedDuringOutage = try await startServer(["--sessions", database.url])
            defer { startedDuringOutage.stop() }
            expect(try await pets(startedDuringOutage.port, session.cookie), 503, Self.unavailable)
            #expect(server.process.isRunning && startedDuringOutage.process.isRunning)

            try await database.resume()
            for port in [server.port, startedDuringOutage.port] {
                let recovered = try await eventually { try await pets(port, session.cookie) }
                expect(recovered, 200, #""Authenticated user normal""#)
            }
        }
    }

    @Test func aSessionOlderThanItsMaxAgeIsRefused() async throws {
        try await withDatabase { database in
            let server = try await startServer(["--sessions", database.url, "--session-max-age", "4"])
            defer { server.stop() }
            let session = try await AuthGuideServerTests.login(server.port, "normal")
            expect(try await pets(server.port, session.cookie), 200, #""Authenticated user normal""#)
            try await Task.sleep(for: .milliseconds(4_300))
            expect(try await pets(server.port, session.cookie), 401, Self.unauthorized)
        }
    }

    @Test func aBadSessionsValueStopsTheServerWithItsReason() async throws {
        let binary = try await authGuide()
        let flag = try await startRefused(binary, ["--sessions", "postgres://:secret@db/site"])
        #expect(flag.status != 0)
        #expect(flag.error.contains("--sessions") && flag.error.contains("names no user") && !flag.error.contains("secret"), "\(flag.error)")
        let variable = try await startRefused(binary, [], environment: ["HATTORI_SESSIONS": "redis://:secret@cache:6379"])
        #expect(variable.status != 0)
        #expect(variable.error.contains("HATTORI_SESSIONS") && variable.error.contains("not a PostgreSQL URL") && !variable.error.contains("secret"),
                "\(variable.error)")
    }

    /// Starts a server that should refuse to start; one that starts after all is stopped after 15 s
    /// (and the test fails on its status) instead of keeping the test waiting.
    func startRefused(_ binary: URL, _ arguments: [String], environment: [String: String] = [:]) async throws -> (status: Int32, error: String) {
        let result = try await run(binary.path, ["--port", "0"] + arguments, environment: environment, timeout: 15)
        return (result.status, result.error)
    }

    /// The first answer that is not 503, asking again for up to 30 seconds (the pool reconnects
    /// with a backoff).
    func eventually(_ request: () async throws -> HTTPResult) async throws -> HTTPResult {
        let deadline = ContinuousClock.now + .seconds(30)
        var result = try await request()
        while result.status == 503, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(250))
            result = try await request()
        }
        return result
    }
}
