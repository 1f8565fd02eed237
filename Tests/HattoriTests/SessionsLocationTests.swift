import ArgumentParser
import Hattori
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

    @Test func memoryIsTheDefault() throws {
        var options = try ServerOptions.parse([])
        try options.readSessionsLocation(from: [:])
        #expect(options.sessionsLocation == .memory)
        #expect(HattoriConfiguration(options: options).sessionsLocation == .memory)
    }

    @Test func theOptionNamesADatabase() throws {
        let options = try ServerOptions.parse(["--sessions", "postgres://app@db:5433/site"])
        #expect(options.sessionsLocation == .postgres(try DatabaseURL(parsing: "postgres://app@db:5433/site")))
        #expect(HattoriConfiguration(options: options).sessionsLocation == options.sessionsLocation)
    }

    @Test func theEnvironmentServesWhenTheOptionIsAbsent() throws {
        var options = try ServerOptions.parse([])
        try options.readSessionsLocation(from: ["HATTORI_SESSIONS": "postgres://app@db/site"])
        #expect(options.sessionsLocation == .postgres(try DatabaseURL(parsing: "postgres://app@db/site")))

        var explicit = try ServerOptions.parse(["--sessions", "memory"])
        try explicit.readSessionsLocation(from: ["HATTORI_SESSIONS": "postgres://app@db/site"])
        #expect(explicit.sessionsLocation == .memory)
    }

    @Test func aBadValueStopsTheServerBeforeItStarts() throws {
        #expect(throws: (any Error).self) { try ServerOptions.parse(["--sessions", "postgres://nobody/site"]) }
        var options = try ServerOptions.parse([])
        #expect {
            try options.readSessionsLocation(from: ["HATTORI_SESSIONS": "redis://cache"])
        } throws: { error in
            "\(error)".contains("HATTORI_SESSIONS") && "\(error)".contains("not a PostgreSQL URL")
        }
    }
}
