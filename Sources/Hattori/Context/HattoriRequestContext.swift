public import Hummingbird
public import NIOCore

/// The request context of every generated server: Hummingbird's core storage plus the
/// connection's peer address (which auth needs to find the client address). Its coders are the
/// ones every generated route uses, as Hummingbird routes use `requestDecoder`/`responseEncoder`.
public struct HattoriRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The address of the directly connected peer (a proxy, when one is in front).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// JSON request bodies: `HattoriJSON.decoder`'s settings.
    public var requestDecoder: HattoriRequestDecoder { HattoriRequestDecoder() }
    /// JSON response bodies: `HattoriJSON.encoder`'s bytes.
    public var responseEncoder: HattoriResponseEncoder { HattoriResponseEncoder() }
}
