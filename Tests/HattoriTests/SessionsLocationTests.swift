import ArgumentParser
import Hattori
import HattoriCommandLine
import Testing

@Suite("Where sessions are kept: --sessions, HATTORI_SESSIONS, PostgreSQL URLs")
struct SessionsLocationTests {
    @Test func aFullURLGivesEveryPart() throws {
        let url = try DatabaseURL(parsing: "postgresql://app%40prod:p%3Ass@db.internal:6543/sessions?sslmode=disable")
        #expect(url.host == "db.internal")
        #expect(url.port == 6543)
        #expect(url.user == "app@prod")
        #expect(url.password == "p:ss")
        #expect(url.database == "sessions")
        #expect(url.tls == .disable)
    }

    @Test func thePortDefaultsTo5432AndTLSIsPreferred() throws {
        let url = try DatabaseURL(parsing: "postgres://app@localhost/db")
        #expect(url.port == 5432)
        #expect(url.tls == .prefer)
        #expect(url.poolSize == 20)
    }

    /// Replicas × pool size must fit the connections the database allows (97 by default).
    @Test func poolSizeSetsTheConnectionsOfEachProcess() throws {
        #expect(try DatabaseURL(parsing: "postgres://app@db/site?sslmode=disable&pool_size=4").poolSize == 4)
        #expect(throws: DatabaseURL.Error.self) { try DatabaseURL(parsing: "postgres://app@db/site?pool_size") }
        for size in ["0", "101", "-1", "ten", ""] {
            #expect {
                try DatabaseURL(parsing: "postgres://app@db/site?pool_size=\(size)")
            } throws: { error in
                (error as? DatabaseURL.Error)?.description == "pool_size '\(size)' is not a number of connections from 1 to 100"
            }
        }
    }

    @Test(arguments: ["mysql://app@localhost/db", "postgres:///db", "postgres://localhost/db",
                      "postgres://app@localhost/db?sslmode=sometimes", "memroy"])
    func badURLsAreRefusedWithTheirReason(_ text: String) {
        #expect(throws: DatabaseURL.Error.self) { try SessionsLocation(parsing: text) }
    }

    @Test func passwordsStayOutOfMessagesAndLogs() throws {
        #expect(DatabaseURL.redacted("postgres://app:secret@localhost/db") == "postgres://app:***@localhost/db")
        #expect(try DatabaseURL(parsing: "postgres://app:secret@localhost/db").description == "postgres://app:***@localhost:5432/db")
        do {
            _ = try DatabaseURL(parsing: "postgres://:secret@localhost/db")
            Issue.record("a URL without a user was accepted")
        } catch {
            #expect(!error.description.contains("secret"))
        }
    }

    @Test func passwordsStayOutOfURLsThatDoNotParse() {
        #expect(DatabaseURL.redacted("postgres://app:p#ss/w@rd@db/site") == "postgres://app:***@db/site")
        #expect(DatabaseURL.redacted("postgres://app@db/site") == "postgres://app@db/site")
    }

    @Test func sslModesAreLibpqs() throws {
        for (mode, tls) in [("disable", DatabaseURL.TLSMode.disable), ("allow", .prefer), ("prefer", .prefer),
                            ("require", .require), ("verify-ca", .verifyCA), ("verify-full", .verifyFull)] {
            #expect(try DatabaseURL(parsing: "postgres://app@db/site?sslmode=\(mode)").tls == tls)
        }
    }

    @Test func memoryIsTheDefault() throws {
        var options = try ServerOptions.parse([])
        try options.readSessionsLocation(from: [:])
        #expect(try options.sessionsLocation() == .memory)
        let configuration = HattoriConfiguration(options: options)
        #expect(configuration.sessionsLocation == .memory)
        #expect(configuration.sessions is InMemorySessionStore)
    }

    @Test func theOptionNamesADatabase() throws {
        let options = try ServerOptions.parse(["--sessions", "postgres://app@db:5433/site"])
        let database = try DatabaseURL(parsing: "postgres://app@db:5433/site")
        #expect(try options.sessionsLocation() == .postgres(database))
        #expect(HattoriConfiguration(options: options).sessionsLocation == .postgres(database))
    }

    @Test func theEnvironmentServesWhenTheOptionIsAbsent() throws {
        var options = try ServerOptions.parse([])
        try options.readSessionsLocation(from: ["HATTORI_SESSIONS": "postgres://app@db/site"])
        #expect(try options.sessionsLocation() == .postgres(try DatabaseURL(parsing: "postgres://app@db/site")))

        var explicit = try ServerOptions.parse(["--sessions", "memory"])
        try explicit.readSessionsLocation(from: ["HATTORI_SESSIONS": "postgres://app@db/site"])
        #expect(try explicit.sessionsLocation() == .memory)
    }

    @Test func aBadValueStopsTheServerBeforeItStartsWithoutItsPassword() throws {
        #expect {
            try ServerOptions.parse(["--sessions", "postgres://:secret@db/site"])
        } throws: { error in
            let message = ServerOptions.message(for: error)
            return message.contains("--sessions") && message.contains("names no user") && !message.contains("secret")
        }
        var options = try ServerOptions.parse([])
        #expect {
            try options.readSessionsLocation(from: ["HATTORI_SESSIONS": "redis://cache"])
        } throws: { error in
            "\(error)".contains("HATTORI_SESSIONS") && "\(error)".contains("not a PostgreSQL URL")
        }
    }

    /// Until the generated `makeRouter` opens the database, and in servers whose generated code
    /// predates `--sessions`, sessions are refused with the reason, never kept in memory unnoticed.
    @Test func aDatabaseNobodyOpensRefusesSessionsWithTheReason() async throws {
        let options = try ServerOptions.parse(["--sessions", "postgres://app:secret@db/site"])
        let store = try #require(HattoriConfiguration(options: options).sessions as? UnavailableSessionStore)
        #expect(store.reason.contains("run gen again") && !store.reason.contains("secret"))
        await #expect(throws: UnavailableSessionStore.Unavailable.self) { try await store.user(forSession: "key") }
    }

    @Test func aStoreOfYourOwnIsKept() throws {
        let options = try ServerOptions.parse(["--sessions", "postgres://app@db/site"])
        let own = InMemorySessionStore()
        #expect(HattoriConfiguration(options: options, sessions: own).sessions as? InMemorySessionStore === own)
    }
}
