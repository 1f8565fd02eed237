public import Hattori
public import PostgresNIO

extension DatabaseURL {
    /// The pool's configuration for this database, `poolSize` connections at most.
    public var clientConfiguration: PostgresClient.Configuration {
        let configurationTLS: PostgresClient.Configuration.TLS = switch tls {
        case .disable: .disable
        case .prefer: .prefer(Self.tls(verifying: .none))
        case .require: .require(Self.tls(verifying: .none))
        case .verifyCA: .require(Self.tls(verifying: .noHostnameVerification))
        case .verifyFull: .require(Self.tls(verifying: .fullVerification))
        }
        var configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password,
                                                         database: database, tls: configurationTLS)
        configuration.options.maximumConnections = poolSize
        return configuration
    }

    private static func tls(verifying verification: CertificateVerification) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = verification
        return configuration
    }
}
