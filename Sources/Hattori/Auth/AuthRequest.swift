public import Hummingbird
import HTTPTypes
public import Logging
import NIOCore

/// Everything an authenticator may look at: method, path, headers, query, cookies and the
/// client's address (after trusted proxies). Custom schemes receive it whole.
///
/// A view of the request's state (one reference), so handing it down the auth chain copies nothing.
public struct AuthRequest: Sendable {
    let state: RequestState

    init(state: RequestState) {
        self.state = state
    }

    public init(request: Request, context: some HattoriRequestContext, configuration: HattoriConfiguration) {
        self.init(state: RequestState(request: request, peer: .socket(context.remoteAddress), configuration: configuration,
                                      logger: context.logger))
    }

    /// - Parameter peerAddress: the address of the directly connected peer.
    public init(request: Request, peerAddress: String?, configuration: HattoriConfiguration,
                logger: Logger = Logger(label: "Hattori")) {
        self.init(state: RequestState(request: request, peer: .text(peerAddress), configuration: configuration, logger: logger))
    }

    public var request: Request { state.request }
    public var configuration: HattoriConfiguration { state.configuration }
    /// The request's logger.
    public var logger: Logger { state.logger }

    /// The client's address: the peer, or what a trusted proxy says in `X-Forwarded-For`.
    public var clientAddress: String? {
        let peerAddress: String?
        switch state.peer {
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
    /// repeated names wins), read once however many schemes ask, and shared with the operation's input.
    public var query: FormFields { state.query }

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
