public import Hummingbird
public import NIOCore

/// What a request context needs to serve a generated API: Hummingbird's context and the
/// connection's peer address, from which auth finds the client's address (`--trusted-proxy`).
///
/// Conform your application's own context to it to mount a generated API on your router, beside
/// your routes and middleware (`makeRoutes(…).install(on: router)`); a generated server on its own
/// uses `BasicHattoriRequestContext`.
public protocol HattoriRequestContext: RemoteAddressRequestContext {}

/// The request context of a generated server on its own: Hummingbird's core storage plus the
/// connection's peer address. Its coders are the ones every generated route uses, as Hummingbird
/// routes use `requestDecoder`/`responseEncoder`.
public struct BasicHattoriRequestContext: HattoriRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The address of the directly connected peer (a proxy, when one is in front).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// What a generated route sees of a request to an API mounted on a router of another context:
    /// that context's storage (logger, path parameters) and peer.
    public init(from context: some HattoriRequestContext) {
        self.coreContext = context.coreContext
        self.remoteAddress = context.remoteAddress
    }

    /// JSON request bodies: `HattoriJSON.decoder`'s settings.
    public var requestDecoder: HattoriRequestDecoder { HattoriRequestDecoder() }
    /// JSON response bodies: `HattoriJSON.encoder`'s bytes.
    public var responseEncoder: HattoriResponseEncoder { HattoriResponseEncoder() }
}
