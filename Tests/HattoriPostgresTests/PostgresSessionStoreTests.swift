import Foundation
import Hattori
import HattoriPostgres
import Logging
import Testing

/// The database the tests use; .ci/run starts a PostgreSQL and sets it. Without it the suite is
/// skipped (and says so), never passed.
private let databaseURL = ProcessInfo.processInfo.environment["HATTORI_TEST_POSTGRES_URL"]

/// A store with a pool of 2: the stores the tests open at once stay within the server's connections.
/// Tests that are not about the deadline give the database time: in CI it starts while the
/// end-to-end tests run on both cores.
private func makeStore(timeout: Duration = .seconds(30)) throws -> PostgresSessionStore {
    var database = try DatabaseURL(parsing: databaseURL ?? "")
    database.poolSize = 2
    return PostgresSessionStore(database: database, timeout: timeout, logger: Logger(label: "test"))
}

@Suite("PostgreSQL sessions: shared by stores on one database, expiring, failing fast while it is down",
       .enabled(if: databaseURL != nil, "set HATTORI_TEST_POSTGRES_URL to a PostgreSQL database"),
       .serialized)  // one table: counting its rows needs the tests one at a time
struct PostgresSessionStoreTests {
    /// Two stores are two server processes: what one creates, the other sees and can delete.
    @Test func storesOnOneDatabaseShareSessions() async throws {
        let first = try makeStore(), second = try makeStore()
        let user = SessionUser(username: "staff", isSuperuser: false, isStaff: true)
        let key = try await first.createSession(for: user, expiresAt: Date(timeIntervalSinceNow: 60))
        #expect(try await second.user(forSession: key) == user)
        try await second.deleteSession(key)
        #expect(try await first.user(forSession: key) == nil)
        #expect(try await first.user(forSession: "unknown") == nil)
    }

    @Test func anExpiredSessionIsNoSessionAndIsRemoved() async throws {
        let store = try makeStore()
        let key = try await store.createSession(for: SessionUser(username: "normal"), expiresAt: Date(timeIntervalSinceNow: 1))
        #expect(try await store.user(forSession: key)?.username == "normal")
        let before = try await store.count()
        try await Task.sleep(for: .milliseconds(1_200))
        #expect(try await store.user(forSession: key) == nil)
        #expect(try await store.count() == before - 1, "the expired row is deleted")
    }

    /// Replicas that start together each create the table if missing; none fails.
    @Test func storesStartingTogetherCreateTheTableOnce() async throws {
        try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<6 {
                group.addTask {
                    try await makeStore().createSession(for: SessionUser(username: "replica\(index)"),
                                                        expiresAt: Date(timeIntervalSinceNow: 60))
                }
            }
            var keys: Set<String> = []
            for try await key in group { keys.insert(key) }
            #expect(keys.count == 6)
        }
    }

    /// A database that cannot be reached makes every call throw within the timeout (the runtime's
    /// 503), instead of keeping the request waiting.
    @Test func anUnreachableDatabaseFailsFast() async throws {
        var quiet = Logger(label: "test")
        quiet.logLevel = .error  // the pool logs each failed connection attempt
        let store = try PostgresSessionStore(url: "postgres://nobody@127.0.0.1:1/none?sslmode=disable", timeout: .seconds(1),
                                             logger: quiet)
        let start = ContinuousClock.now
        await #expect(throws: (any Error).self) { try await store.user(forSession: "abc") }
        await #expect(throws: (any Error).self) { try await store.createSession(for: SessionUser(username: "x"), expiresAt: Date()) }
        #expect(ContinuousClock.now - start < .seconds(4))
    }
}

@Suite("PostgreSQL URLs as the pool's configuration")
struct DatabaseURLConfigurationTests {
    @Test func everyPartReachesThePool() throws {
        let configuration = try DatabaseURL(parsing: "postgresql://app%40prod:p%3Ass@db.internal:6543/sessions?sslmode=disable")
            .clientConfiguration
        #expect(configuration.host == "db.internal")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "app@prod")
        #expect(configuration.password == "p:ss")
        #expect(configuration.database == "sessions")
        #expect(configuration.options.maximumConnections == 20)
        #expect(try DatabaseURL(parsing: "postgres://app@db/site?pool_size=3").clientConfiguration.options.maximumConnections == 3)
    }
}

@Suite("Opening --sessions in the generated makeRouter")
struct OpenSessionsLocationTests {
    @Test func aDatabaseLocationGetsThePostgreSQLStore() throws {
        var configuration = HattoriConfiguration(sessionsLocation: .postgres(try DatabaseURL(parsing: "postgres://app@127.0.0.1:1/site")))
        #expect(configuration.sessions is UnavailableSessionStore)
        configuration.openSessionsLocation()
        #expect(configuration.sessions is PostgresSessionStore)
    }

    @Test func memoryAndStoresOfYourOwnStayAsTheyAre() throws {
        var memory = HattoriConfiguration()
        memory.openSessionsLocation()
        #expect(memory.sessions is InMemorySessionStore)

        let own = InMemorySessionStore()
        var custom = HattoriConfiguration(sessions: own, sessionsLocation: .postgres(try DatabaseURL(parsing: "postgres://app@db/site")))
        custom.openSessionsLocation()
        #expect(custom.sessions as? InMemorySessionStore === own)
    }
}
