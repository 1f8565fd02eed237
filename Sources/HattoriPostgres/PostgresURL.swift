import Foundation
public import PostgresNIO

/// `postgres://user:password@host:port/database?sslmode=…`, as libpq and Django's `dj-database-url`
/// read it: `postgresql://` too, the port 5432 by default, user and password percent-decoded,
/// `sslmode` `disable`, `prefer` (the default) or `require`.
public enum PostgresURL {
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
    }

    public static func configuration(_ text: String) throws(Error) -> PostgresClient.Configuration {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              ["postgres", "postgresql"].contains(scheme) else {
            throw Error(description: "'\(redacted(text))' is not a PostgreSQL URL: write postgres://user:password@host:port/database")
        }
        guard let host = components.host, !host.isEmpty else {
            throw Error(description: "'\(redacted(text))' names no host: write postgres://user:password@host:port/database")
        }
        guard let user = components.user?.removingPercentEncoding, !user.isEmpty else {
            throw Error(description: "'\(redacted(text))' names no user: write postgres://user:password@host:port/database")
        }
        let database = String(components.path.drop { $0 == "/" })
        let tls: PostgresClient.Configuration.TLS
        switch components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer" {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        case let mode: throw Error(description: "sslmode '\(mode)' is not one of disable, prefer, require")
        }
        return PostgresClient.Configuration(host: host, port: components.port ?? 5432, username: user,
                                            password: components.password?.removingPercentEncoding,
                                            database: database.isEmpty ? nil : database.removingPercentEncoding, tls: tls)
    }

    /// The URL without its password, for messages and logs.
    public static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
