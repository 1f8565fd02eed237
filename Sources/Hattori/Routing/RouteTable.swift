public import Hummingbird

/// Collects the generated routes, then installs them on a Hummingbird router. On a router made by
/// `HattoriServer.makeRouter`, the paths it serves answer any other method with 405 and `Allow`
/// (see `MethodNotAllowed`), before any auth.
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

    public func install(on router: Router<HattoriRequestContext>) {
        for route in routes {
            router.on(RouterPath(route.path), method: route.method, use: route.handler)
        }
    }

    /// Each path with the methods it is served on, in order of first registration. Paths that
    /// differ only in parameter names are one path: `/a/{id}` == `/a/{key}`.
    public var methodsByPath: [(path: String, methods: [HTTPRequest.Method])] {
        var result: [(path: String, methods: [HTTPRequest.Method])] = []
        var index: [String: Int] = [:]
        for route in routes {
            let key = Self.shapeKey(route.path)
            if let position = index[key] {
                result[position].methods.append(route.method)
            } else {
                index[key] = result.count
                result.append((route.path, [route.method]))
            }
        }
        return result
    }

    /// What paths that one route serves have in common: their segments, any `{parameter}` alike
    /// (`/items/{id}` and `/items/{item_id}/` are one route).
    public static func shapeKey(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.hasPrefix("{") ? "{}" : String($0) }
            .joined(separator: "/")
    }
}
