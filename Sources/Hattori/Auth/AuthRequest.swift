public import Hummingbird
import HTTPTypes
public import Logging
import NIOCore
import Synchronization

/// Everything an authenticator may look at: method, path, headers, query, cookies and the
/// client's address (after trusted proxies). Custom schemes receive it whole.
///
/// A class: every operation's context holds one and passes it down the auth chain, and a
/// reference is cheaper to hand around than copies of the request and configuration.
public final class AuthRequest: Sendable {
    public let request: Request
    public let configuration: HattoriConfiguration
    /// The request's logger.
    public let logger: Logger
    /// The directly connected peer; formatted only when an authenticator asks for the address.
    private let peer: Peer

    private enum Peer: Sendable {
        case socket(SocketAddress?)
        case text(String?)
    }

    public convenience init(request: Request, context: HattoriRequestContext, configuration: HattoriConfiguration) {
        self.init(request: request, peer: .socket(context.remoteAddress), configuration: configuration, logger: context.logger)
    }

    /// - Parameter peerAddress: the address of the directly connected peer.
    public convenience init(request: Request, peerAddress: String?, configuration: HattoriConfiguration,
                            logger: Logger = Logger(label: "Hattori")) {
        self.init(request: request, peer: .text(peerAddress), configuration: configuration, logger: logger)
    }

    private init(request: Request, peer: Peer, configuration: HattoriConfiguration, logger: Logger) {
        self.request = request
        self.configuration = configuration
        self.peer = peer
        self.logger = logger
    }

    /// The client's address: the peer, or what a trusted proxy says in `X-Forwarded-For`.
    public var clientAddress: String? {
        let peerAddress: String?
        switch peer {
        case .socket(let address): peerAddress = address?.ipAddress
        case .text(let address): peerAddress = address
        }
        return ClientAddress.resolve(peer: peerAddress, forwardedFor: request.headers[values: .xForwardedFor],
                                     trustedProxies: configuration.trustedProxies)
    }

    public var method: HTTPRequest.Method { request.method }
    public var path: String { request.uri.path }
    public var headers: HTTPFields { request.headers }
    /// The query string's parameters, decoded as Django decodes them (`+` is a space, the last of
    /// repeated names wins), read once however many schemes ask.
    public var query: FormFields {
        queryFields.withLock { fields in
            if let fields { return fields }
            let parsed = FormFields(request.uri.query ?? "")
            fields = parsed
            return parsed
        }
    }
    private let queryFields = Mutex<FormFields?>(nil)

    /// A cookie's value; nil when absent.
    public func cookie(_ name: String) -> String? { request.cookies[name]?.value }

    /// A header's value (names are case-insensitive); nil when absent or not a valid name.
    public func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { request.headers[$0] }
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xCSRFToken = HTTPField.Name("X-CSRFToken")!
}
