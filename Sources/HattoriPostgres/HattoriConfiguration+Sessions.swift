public import Hattori
import Logging

extension HattoriConfiguration {
    /// Keeps sessions where `sessionsLocation` says: with `.postgres`, a `PostgresSessionStore`
    /// replaces the stand-in `UnavailableSessionStore`; otherwise `sessions` stays as it is (memory,
    /// or a store of the user's own). The generated `makeRouter` of an API with session schemes
    /// calls it, so `--sessions` and `HATTORI_SESSIONS` reach servers whose `App.swift` predates them.
    public mutating func openSessionsLocation() {
        guard case .postgres(let database) = sessionsLocation, sessions is UnavailableSessionStore else { return }
        var logger = Logger(label: "hattori.sessions")
        logger.logLevel = .info
        logger.info("sessions in PostgreSQL", metadata: ["database": "\(database)"])
        sessions = PostgresSessionStore(database: database, logger: logger)
    }
}
