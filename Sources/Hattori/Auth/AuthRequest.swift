public import Hummingbird
import HTTPTypes

/// Everything an authenticator may look at: method, path, headers, query, cookies and the
/// client's address (after trusted proxies). Custom schemes receive it whole.
public struct AuthRequest: Sendable {
    public let request: Request
    public let configuration: HattoriConfiguration
    /// The client's address: the peer, or what a trusted proxy says in `X-Forwarded-For`.
    public let clientAddress: String?

    public init(request: Request, context: HattoriRequestContext, configuration: HattoriConfiguration) {
        self.init(request: request, peerAddress: context.remoteAddress?.ipAddress, configuration: configuration)
    }

    /// - Parameter peerAddress: the address of the directly connected peer.
    public init(request: Request, peerAddress: String?, configuration: HattoriConfiguration) {
        self.request = request
        self.configuration = configuration
        self.clientAddress = ClientAddress.resolve(
            peer: peerAddress,
            forwardedFor: request.headers[values: .xForwardedFor],
            trustedProxies: configuration.trustedProxies)
    }

    public var method: HTTPRequest.Method { request.method }
    public var path: String { request.uri.path }
    public var headers: HTTPFields { request.headers }
    public var query: Parameters { request.uri.queryParameters }

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
