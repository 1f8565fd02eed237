public import Hattori

extension HattoriConfiguration {
    /// Settings from the server's command line.
    /// - Parameter sessions: a store of your own; `--sessions` then has no effect.
    public init(options: ServerOptions, sessions: (any SessionStore)? = nil) {
        var location = SessionsLocation.memory
        var store = sessions
        do {
            location = try options.sessionsLocation()
        } catch {
            // Options built in code rather than parsed (which refuses the value before the server
            // starts): fail closed, 503 with the reason in the log, rather than sessions in memory.
            store = store ?? UnavailableSessionStore(reason: "--sessions: \(error.description)")
        }
        self.init(sessions: store, sessionsLocation: location, sessionMaxAge: options.sessionMaxAge,
                  secureCookies: options.secureCookies, trustedProxies: Set(options.trustedProxies),
                  docsAssetsURL: options.docsAssetsURL ?? APIDocs.defaultAssetsURL, maxBodySize: options.maxBodySize)
    }
}
