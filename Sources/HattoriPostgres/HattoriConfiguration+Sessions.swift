public import Hattori

extension HattoriConfiguration {
    /// Keeps sessions where `sessionsLocation` says, in PostgreSQL for `.postgres`: what the
    /// generated `makeRouter` calls in a server built with the `PostgreSQL` trait.
    public mutating func openSessionsLocation() {
        openSessionsLocation(databaseStore: { PostgresSessionStore(database: $0, logger: $1) })
    }
}
