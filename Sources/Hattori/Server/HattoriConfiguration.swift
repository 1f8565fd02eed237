/// Server-wide settings of a generated API.
public struct HattoriConfiguration: Sendable {
    /// Where session schemes look sessions up, and `login` stores them.
    public var sessions: any SessionStore
    /// The cookie `login` sets (the first session scheme's cookie name).
    public var sessionCookieName: String
    /// Peers whose `X-Forwarded-For` is believed.
    public var trustedProxies: Set<String>
    /// Where `{prefix}/docs` loads Swagger UI's `swagger-ui.css` and `swagger-ui-bundle.js` from.
    public var docsAssetsURL: String
    /// The largest request body an operation reads, in bytes (uploads included); past it, 413.
    public var maxBodySize: Int

    /// 10 MiB: room for a few photos, far from what a server holds in memory without trouble.
    public static let defaultMaxBodySize = 10 << 20

    public init(sessions: any SessionStore = InMemorySessionStore(), sessionCookieName: String = "sessionid",
                trustedProxies: Set<String> = [], docsAssetsURL: String = APIDocs.defaultAssetsURL,
                maxBodySize: Int = defaultMaxBodySize) {
        self.sessions = sessions
        self.sessionCookieName = sessionCookieName
        self.trustedProxies = trustedProxies
        self.docsAssetsURL = docsAssetsURL
        self.maxBodySize = maxBodySize
    }

    /// Settings from the server's command line.
    public init(options: ServerOptions, sessions: any SessionStore = InMemorySessionStore()) {
        self.init(sessions: sessions, trustedProxies: Set(options.trustedProxies),
                  docsAssetsURL: options.docsAssetsURL ?? APIDocs.defaultAssetsURL, maxBodySize: options.maxBodySize)
    }
}
