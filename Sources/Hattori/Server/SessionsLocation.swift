import Foundation

/// Where a server with session schemes keeps its sessions: `--sessions`, else the
/// `HATTORI_SESSIONS` environment variable, else memory.
public enum SessionsLocation: Sendable, Equatable {
    /// In this process (`InMemorySessionStore`): lost on restart, not shared by replicas.
    case memory
    /// In a PostgreSQL database (the `HattoriPostgres` product), shared by every process using it.
    case postgres(DatabaseURL)

    /// The environment variable deployments set instead of passing `--sessions`.
    public static let environmentVariable = "HATTORI_SESSIONS"

    /// `memory`, or `postgres://user:password@host:port/database`.
    public init(parsing text: String) throws(DatabaseURL.Error) {
        self = text == "memory" ? .memory : .postgres(try DatabaseURL(parsing: text))
    }
}

/// `postgres://user:password@host:port/database?sslmode=…`, as libpq and Django's `dj-database-url`
/// read it: `postgresql://` too, the port 5432 by default, user and password percent-decoded,
/// `sslmode` as libpq's (below); `pool_size` (SQLAlchemy's name; Hattori's own, which libpq tools
/// such as `psql` refuse) is how many connections each server process keeps open.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// How the connection uses TLS, as libpq's `sslmode`: `prefer` (the default; `allow` counts as
    /// it) and `require` encrypt without checking the server's certificate, `verify-ca` checks it
    /// against the system's authorities, `verify-full` checks the host name too.
    public enum TLSMode: Sendable, Equatable { case disable, prefer, require, verifyCA, verifyFull }

    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String?
    public var tls: TLSMode
    /// The connections each server process keeps open to the database (`?pool_size=`, 20 unless
    /// given): replicas × pool size must stay within the connections the database allows
    /// ordinary users (`max_connections` less `superuser_reserved_connections`: 97 by default).
    public var poolSize: Int

    /// The connections a process keeps unless the URL says otherwise: postgres-nio's default
    /// maximum, which served a session GET at 32 concurrent clients faster than 8 (BENCHMARKS.md).
    public static let defaultPoolSize = 20
    /// A bound against typing mistakes: a default PostgreSQL allows 100 connections in all.
    public static let poolSizes = 1...100

    public init(parsing text: String) throws(Error) {
        let usage = "write memory or postgres://user:password@host:port/database"
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              ["postgres", "postgresql"].contains(scheme) else {
            throw Error(description: "'\(Self.redacted(text))' is not a PostgreSQL URL: \(usage)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw Error(description: "'\(Self.redacted(text))' names no host: \(usage)")
        }
        guard let user = components.user?.removingPercentEncoding, !user.isEmpty else {
            throw Error(description: "'\(Self.redacted(text))' names no user: \(usage)")
        }
        switch components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer" {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer
        case "require": tls = .require
        case "verify-ca": tls = .verifyCA
        case "verify-full": tls = .verifyFull
        case let mode: throw Error(description: "sslmode '\(mode)' is not one of disable, allow, prefer, require, verify-ca, verify-full")
        }
        // `?pool_size` without a value is as wrong as `?pool_size=`, not the default.
        let sizeItem = components.queryItems?.first(where: { $0.name == "pool_size" })
        let poolSize: Int? = if let sizeItem { sizeItem.value.flatMap { Int($0) } } else { Self.defaultPoolSize }
        guard let poolSize, Self.poolSizes.contains(poolSize) else {
            throw Error(description: "pool_size '\(sizeItem?.value ?? "")' is not a number of connections from \(Self.poolSizes.lowerBound) to \(Self.poolSizes.upperBound)")
        }
        self.poolSize = poolSize
        self.host = host
        self.port = components.port ?? 5432
        self.user = user
        self.password = components.password?.removingPercentEncoding
        let database = String(components.path.drop { $0 == "/" })
        self.database = database.isEmpty ? nil : database.removingPercentEncoding
    }

    /// The database without its password, for messages and logs.
    public var description: String {
        "postgres://\(user)\(password == nil ? "" : ":***")@\(host):\(port)/\(database ?? "")"
    }

    /// A URL without its password, for messages and logs: whatever stands between `user:` and the
    /// last `@` of the authority, even where the URL does not parse (an unencoded `#` or `/` in it).
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        guard let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<rest.index(after: colon)]) + "***" + String(rest[at...])
    }
}
