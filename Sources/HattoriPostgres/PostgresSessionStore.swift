import Foundation
public import Hattori
public import Logging
import PostgresNIO

/// Sessions in PostgreSQL, shared by every server process on one database, as Django keeps them in
/// `django_session`: they survive restarts and replicas behind a load balancer see the same ones.
///
/// The table (`hattori_session`) is created on first use if missing, under an advisory lock so that
/// replicas starting together do not race. Connections come from a pool (postgres-nio's
/// `PostgresClient`). Every call gives up after `timeout`: while the database cannot be reached,
/// calls throw, and the runtime answers 503 until it can again.
public final class PostgresSessionStore: SessionStore {
    static let table = "hattori_session"
    /// The advisory lock the table's creation holds: any fixed number shared by all replicas.
    static let setupLock: Int64 = 0x4861_7474_6f72_69  // "Hattori"

    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger
    private let timeout: Duration
    private let setup = SetupState()
    private let sweep = SweepCounter(interval: 1_000)

    /// - Parameters:
    ///   - configuration: where the database is; the pool keeps its `maximumConnections` open.
    ///   - timeout: how long one call may wait for the database before it fails (503).
    public init(configuration: PostgresClient.Configuration, timeout: Duration = .seconds(5), logger: Logger) {
        var configuration = configuration
        configuration.options.connectTimeout = min(configuration.options.connectTimeout, timeout)
        // A pool of a fixed size without keep-alive queries: postgres-nio's pool times the idle
        // timeout of connections above its minimum, and the keep-alive of every idle connection,
        // with a `Task.sleep` started each time a connection goes back to the pool and cancelled
        // when it is leased again, and on Linux a cancelled sleep holds its memory until its
        // deadline (60 s and 30 s): under load the server grew by a megabyte every thousand
        // requests (BENCHMARKS.md). Connections stay open, as Django's with CONN_MAX_AGE = None;
        // one the server closed is dropped by the pool at once, and a call that met one is tried
        // again on another (`withDatabase`).
        configuration.options.minimumConnections = configuration.options.maximumConnections
        configuration.options.keepAliveBehavior = nil
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.timeout = timeout
        // The pool lives as long as the store; cancelling `run()` closes its connections.
        self.runner = Task { await client.run() }
    }

    /// A store in `database` (`--sessions postgres://user:password@host:port/database`).
    public convenience init(database: DatabaseURL, timeout: Duration = .seconds(5), logger: Logger) {
        self.init(configuration: database.clientConfiguration, timeout: timeout, logger: logger)
    }

    /// A store for `postgres://user:password@host:port/database?pool_size=…`.
    public convenience init(url: String, timeout: Duration = .seconds(5), logger: Logger) throws(DatabaseURL.Error) {
        self.init(database: try DatabaseURL(parsing: url), timeout: timeout, logger: logger)
    }

    deinit {
        runner.cancel()
    }

    public func user(forSession key: String) async throws -> SessionUser? {
        try await withDatabase { client, logger in
            var found: SessionLookup.Row?
            for try await row in try await client.execute(SessionLookup(key: key), logger: logger) {
                found = row
            }
            guard let (username, isSuperuser, isStaff, expiry) = found else { return nil }
            guard expiry > Date() else {
                // After the lookup's connection went back to the pool: no request holds two.
                try await Self.delete(key, client: client, logger: logger)
                return nil
            }
            return SessionUser(username: username, isSuperuser: isSuperuser, isStaff: isStaff)
        }
    }

    public func createSession(for user: SessionUser, expiresAt expiry: Date) async throws -> String {
        try await withDatabase { [sweep] client, logger in
            let key = SessionKey.random()
            try await client.query("""
                INSERT INTO hattori_session (session_key, username, is_superuser, is_staff, expire_date)
                VALUES (\(key), \(user.username), \(user.isSuperuser), \(user.isStaff), \(expiry))
                """, logger: logger)
            if sweep.next() {
                // Expired sessions nobody asks for again (Django leaves them to `clearsessions`).
                try await client.query("DELETE FROM hattori_session WHERE expire_date <= \(Date())", logger: logger)
            }
            return key
        }
    }

    public func deleteSession(_ key: String) async throws {
        try await withDatabase { client, logger in
            try await Self.delete(key, client: client, logger: logger)
        }
    }

    private static func delete(_ key: String, client: PostgresClient, logger: Logger) async throws {
        _ = try await client.query("DELETE FROM hattori_session WHERE session_key = \(key)", logger: logger)
    }

    /// How many sessions the table holds, expired ones not yet removed included.
    public func count() async throws -> Int {
        try await withDatabase { client, logger in
            let rows = try await client.query("SELECT count(*) FROM hattori_session", logger: logger)
            for try await count in rows.decode(Int.self) { return count }
            return 0
        }
    }

    /// `body` once the table exists, within `timeout`; once more on another connection when the
    /// one it got had been closed (the database restarted, a proxy dropped it while idle).
    private func withDatabase<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresClient, Logger) async throws -> Result
    ) async throws -> Result {
        try await Deadline.run(within: timeout) { [self] in
            if await !setup.isDone {
                try await createTable()
                await setup.markDone()
            }
            do {
                return try await body(client, logger)
            } catch let error as PSQLError where [.serverClosedConnection, .clientClosedConnection, .connectionError].contains(error.code) {
                logger.debug("a pooled connection was closed; trying another", metadata: ["error": "\(error.code)"])
                return try await body(client, logger)
            }
        }
    }

    private func createTable() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.setupLock))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS hattori_session (
                    session_key text PRIMARY KEY,
                    username text NOT NULL,
                    is_superuser boolean NOT NULL,
                    is_staff boolean NOT NULL,
                    expire_date timestamptz NOT NULL
                )
                """, logger: logger)
            try await connection.query(
                "CREATE INDEX IF NOT EXISTS hattori_session_expire_date ON hattori_session (expire_date)", logger: logger)
        }
    }
}

/// Whether the table is known to exist. Set only after a creation that succeeded, so that a store
/// started while the database was down creates it once the database is back.
private actor SetupState {
    private(set) var isDone = false
    func markDone() { isDone = true }
}

/// The lookup every request with a session cookie runs, prepared once per connection (the server
/// skips parsing and planning it again).
private struct SessionLookup: PostgresPreparedStatement {
    static let name = "hattori_session_lookup"
    static let sql = "SELECT username, is_superuser, is_staff, expire_date FROM hattori_session WHERE session_key = $1"
    typealias Row = (String, Bool, Bool, Date)

    var key: String

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(key)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
