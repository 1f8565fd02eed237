/// Server-wide settings of a generated API.
public struct HattoriConfiguration: Sendable {
    /// Where session schemes look sessions up, and `login` stores them.
    public var sessions: any SessionStore
    /// Where the server keeps sessions (`--sessions`). With `.postgres`, `sessions` starts as an
    /// `UnavailableSessionStore` that the generated `makeRouter` replaces with a store in that
    /// database (`openSessionsLocation()`, in the `HattoriPostgres` product, which servers built
    /// with the `PostgreSQL` trait link).
    public var sessionsLocation: SessionsLocation
    /// The cookie `login` sets (the first session scheme's cookie name).
    public var sessionCookieName: String
    /// The `Path` of the session cookie: the API's prefix (`/api`), `/` for none.
    public var sessionCookiePath: String
    /// How long a session lives after `login`, in seconds (Django's `SESSION_COOKIE_AGE`): the
    /// cookie's `Max-Age` and the session's expiry in the store.
    public var sessionMaxAge: Int
    /// Whether the session and CSRF cookies carry `Secure` (sent over HTTPS only), as Django's
    /// `SESSION_COOKIE_SECURE` and `CSRF_COOKIE_SECURE`.
    public var secureCookies: Bool
    /// Peers whose `X-Forwarded-For` is believed.
    public var trustedProxies: Set<String>
    /// Where `{prefix}/docs` loads Swagger UI's `swagger-ui.css` and `swagger-ui-bundle.js` from.
    public var docsAssetsURL: String
    /// The largest request body an operation reads, in bytes (uploads included); past it, 413.
    public var maxBodySize: Int

    /// 10 MiB: room for a few photos, far from what a server holds in memory without trouble.
    public static let defaultMaxBodySize = 10 << 20
    /// Two weeks, Django's default `SESSION_COOKIE_AGE`.
    public static let defaultSessionMaxAge = 1_209_600

    /// - Parameter sessions: a store of your own; `--sessions` then has no effect. Nil: the store
    ///   `sessionsLocation` names.
    public init(sessions: (any SessionStore)? = nil, sessionsLocation: SessionsLocation = .memory,
                sessionCookieName: String = "sessionid",
                sessionCookiePath: String = "/", sessionMaxAge: Int = defaultSessionMaxAge, secureCookies: Bool = false,
                trustedProxies: Set<String> = [], docsAssetsURL: String = APIDocs.defaultAssetsURL,
                maxBodySize: Int = defaultMaxBodySize) {
        self.sessions = sessions ?? Self.placeholderStore(for: sessionsLocation)
        self.sessionsLocation = sessionsLocation
        self.sessionCookieName = sessionCookieName
        self.sessionCookiePath = sessionCookiePath
        self.sessionMaxAge = sessionMaxAge
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
        self.docsAssetsURL = docsAssetsURL
        self.maxBodySize = maxBodySize
    }

    /// The store before `makeRouter` opens the location: memory, or a refusal that says why.
    private static func placeholderStore(for location: SessionsLocation) -> any SessionStore {
        switch location {
        case .memory:
            return InMemorySessionStore()
        case .postgres(let database):
            return UnavailableSessionStore(reason: """
                sessions are to be kept in \(database) (--sessions or HATTORI_SESSIONS), but this server's \
                generated code does not open that store: run gen again, and build with the PostgreSQL trait \
                (swift build --traits PostgreSQL)
                """)
        }
    }
}
