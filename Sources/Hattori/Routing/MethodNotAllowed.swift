public import Hummingbird

/// Answers 405 with `Allow` for a known path asked with a method it does not serve, whatever the
/// method: Hummingbird answers these 404, Django Ninja 405, and a client may send any token
/// (`QUERY`, `PROPFIND`), so no list of methods to register 405 responders for is complete.
///
/// The paths are looked up by a second Hummingbird router that serves each known path on GET with
/// its 405, so a path matches here exactly when it matches the real router.
@_spi(Generated) public struct MethodNotAllowed<Context: RequestContext>: Sendable {
    private let paths: RouterResponder<Context>

    /// - Parameter paths: every path the API serves, with the methods it serves it on.
    public init(paths: [(path: String, methods: [HTTPRequest.Method])]) {
        let router = Router(context: Context.self)
        for (path, methods) in paths {
            let refusal = HTTPDetailError.methodNotAllowed(allow: methods)
            router.get(RouterPath(path)) { request, context -> Response in
                try refusal.response(from: request, context: context)
            }
        }
        self.paths = router.buildResponder()
    }

    /// The 405 for `request`, or nil when its path is unknown (a real 404) or serves its method (a
    /// 404 a handler threw itself).
    public func response(for request: Request, context: Context) async throws -> Response? {
        var head = request.head
        head.method = .get
        let probe = Request(head: head, body: .init(buffer: ByteBuffer()))
        let response = try await paths.respond(to: probe, context: context)
        guard response.status == .methodNotAllowed else { return nil }
        let allowed = (response.headers[.allow] ?? "").split(separator: ",").map { String($0.drop { $0 == " " }) }
        // HEAD is served wherever GET is (`autoGenerateHeadEndpoints`).
        let served = allowed.contains(request.method.rawValue) || (request.method == .head && allowed.contains("GET"))
        return served ? nil : response
    }
}
