public import ArgumentParser
import Foundation
public import Hattori

/// Command-line options every generated server accepts. Generated `App.swift` files include
/// them with `@OptionGroup`, so new options reach existing servers with the runtime. They live
/// outside the `Hattori` module so that an API mounted in an application of the user's own does
/// not build ArgumentParser.
public struct ServerOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: "The address to listen on.")
    public var hostname = "127.0.0.1"

    @Option(name: .shortAndLong, help: "The port to listen on (0 picks a free one).")
    public var port = 8080

    @Option(name: .customLong("trusted-proxy"),
            help: "A proxy address whose X-Forwarded-For header is believed (repeat for several). None by default.")
    public var trustedProxies: [String] = []

    @Option(name: .customLong("docs-assets-url"),
            help: "Where the docs page loads Swagger UI from (default: a CDN, as Django Ninja does).")
    public var docsAssetsURL: String?

    @Option(name: .customLong("max-body-size"),
            help: "The largest request body read, in bytes, uploads included; larger ones get 413 (default: 10 MiB).")
    public var maxBodySize = HattoriConfiguration.defaultMaxBodySize

    @Option(name: .customLong("session-max-age"),
            help: "How long a session lives after login, in seconds (servers with session schemes; default: two weeks, as Django).")
    public var sessionMaxAge = HattoriConfiguration.defaultSessionMaxAge

    @Option(name: .customLong("sessions"),
            help: ArgumentHelp("""
                Where sessions are kept (servers with session schemes): memory (one process, lost on restart) \
                or postgres://user:password@host:port/database?sslmode=…&pool_size=… (shared by replicas, \
                kept across restarts; in a server built with the PostgreSQL trait). Default: the HATTORI_SESSIONS environment \
                variable, else memory.
                """, valueName: "memory|url"))
    public var sessions: String?

    @Flag(name: .customLong("secure-cookies"),
          help: "Mark the session and CSRF cookies Secure: browsers send them over HTTPS only (servers with session schemes).")
    public var secureCookies = false

    public init() {}

    public mutating func validate() throws {
        try readSessionsLocation(from: ProcessInfo.processInfo.environment)
        guard maxBodySize > 0 else { throw ValidationError("--max-body-size must be a positive number of bytes") }
        guard sessionMaxAge > 0 else { throw ValidationError("--session-max-age must be a positive number of seconds") }
    }

    /// Where sessions are kept: `--sessions` (or `HATTORI_SESSIONS`, which `validate()` reads in),
    /// else memory. Throws for a value that is neither `memory` nor a PostgreSQL URL.
    public func sessionsLocation() throws(DatabaseURL.Error) -> SessionsLocation {
        try SessionsLocation(parsing: sessions ?? "memory")
    }

    /// Checks `--sessions`, or takes `HATTORI_SESSIONS` from `environment` when it was not given.
    /// The messages never repeat a password.
    public mutating func readSessionsLocation(from environment: [String: String]) throws {
        let variable = SessionsLocation.environmentVariable
        var source = "--sessions"
        if sessions == nil, let text = environment[variable], !text.isEmpty {
            sessions = text
            source = variable
        }
        do {
            _ = try sessionsLocation()
        } catch {
            throw ValidationError("\(source): \(error.description)")
        }
    }
}
