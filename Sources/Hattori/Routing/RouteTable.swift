public import Hummingbird

/// Collects the generated routes, then installs them on a Hummingbird router together with
/// 405 responders: Hummingbird answers a known path with an unknown method as 404, Django
/// Ninja as 405 with `Allow`, and the method check must happen before any auth.
public struct RouteTable: Sendable {
    public typealias Handler = @Sendable (Request, HattoriRequestContext) async throws -> Response

    struct Route: Sendable {
        var method: HTTPRequest.Method
        var path: String
        var handler: Handler
    }

    private(set) var routes: [Route] = []

    public init() {}

    public mutating func add(_ method: HTTPRequest.Method, _ path: String, handler: @escaping Handler) {
        routes.append(Route(method: method, path: path, handler: handler))
    }

    /// Methods a 405 responder is registered for; others fall through to 404 as in Hummingbird.
    static let answeredMethods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options, .trace]

    public func install(on router: Router<HattoriRequestContext>) {
        var methodsByPath: [String: [HTTPRequest.Method]] = [:]
        var pathOrder: [String] = []
        for route in routes {
            router.on(RouterPath(route.path), method: route.method, use: route.handler)
            let key = Self.shapeKey(route.path)
            if methodsByPath[key] == nil { pathOrder.append(route.path) }
            methodsByPath[key, default: []].append(route.method)
        }
        for path in pathOrder {
            let allowed = methodsByPath[Self.shapeKey(path)] ?? []
            let refusal = HTTPDetailError.methodNotAllowed(allow: allowed)
            for method in Self.answeredMethods where !allowed.contains(method) {
                // Hummingbird answers HEAD from GET by itself; do not shadow that.
                if method == .head && allowed.contains(.get) { continue }
                router.on(RouterPath(path), method: method) { _, _ -> Response in throw refusal }
            }
        }
    }

    /// Paths that differ only in parameter names are the same route: `/a/{id}` == `/a/{key}`.
    static func shapeKey(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.hasPrefix("{") ? "{}" : String($0) }
            .joined(separator: "/")
    }
}
