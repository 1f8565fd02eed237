public import Hattori
public import PostgresNIO

extension DatabaseURL {
    /// The pool's configuration for this database.
    public var clientConfiguration: PostgresClient.Configuration {
        let configurationTLS: PostgresClient.Configuration.TLS = switch tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        return PostgresClient.Configuration(host: host, port: port, username: user, password: password,
                                            database: database, tls: configurationTLS)
    }
}
