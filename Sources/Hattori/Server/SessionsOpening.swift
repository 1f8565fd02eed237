public import Logging

extension HattoriConfiguration {
    /// Makes the store of sessions kept in a database: `PostgresSessionStore`'s, in a server built
    /// with the `PostgreSQL` trait.
    public typealias DatabaseSessionStore = @Sendable (DatabaseURL, Logger) -> any SessionStore

    /// Keeps sessions where `sessionsLocation` says: with `.postgres`, the store `databaseStore`
    /// makes replaces the stand-in `UnavailableSessionStore`; otherwise `sessions` stays as it is
    /// (memory, or a store of the user's own). The generated `makeRouter` of an API with session
    /// schemes calls it at startup, so `--sessions` and `HATTORI_SESSIONS` reach servers whose
    /// `App.swift` predates them.
    ///
    /// - Parameter databaseStore: nil in a server built without database support (the package's
    ///   `PostgreSQL` trait off): a database location is then refused, in the log at once, and
    ///   with 503 by every operation that needs a session, rather than kept in memory unnoticed
    ///   (replicas would not share the sessions).
    public mutating func openSessionsLocation(databaseStore: DatabaseSessionStore?) {
        guard case .postgres(let database) = sessionsLocation, sessions is UnavailableSessionStore else { return }
        var logger = Logger(label: "hattori.sessions")
        logger.logLevel = .info
        guard let databaseStore else {
            let reason = Self.withoutDatabaseSupport(database)
            logger.error("\(reason)")
            sessions = UnavailableSessionStore(reason: reason)
            return
        }
        logger.info("sessions in PostgreSQL", metadata: ["database": "\(database)"])
        sessions = databaseStore(database, logger)
    }

    /// Why a server built without PostgreSQL cannot keep its sessions in `database`.
    static func withoutDatabaseSupport(_ database: DatabaseURL) -> String {
        """
        sessions are to be kept in \(database) (--sessions or HATTORI_SESSIONS), but this server was built \
        without PostgreSQL support: build it with the PostgreSQL trait (swift build --traits PostgreSQL); \
        operations that need a session answer 503 until then
        """
    }
}
