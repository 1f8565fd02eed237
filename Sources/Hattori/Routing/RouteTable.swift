public import Hummingbird

/// Collects the generated routes, then installs them on a Hummingbird router: the generated server's
/// own (`HattoriServer.makeRouter`), where the paths it serves answer any other method with 405 and
/// `Allow` (see `MethodNotAllowed`) before any auth, or any router or route collection of an
/// application whose context is a `HattoriRequestContext` (`install(on:)`).
public struct RouteTable: Sendable {
    /// A route as generated code writes it. Whatever the router's context, a route sees a
    /// `BasicHattoriRequestContext`: one body of code per operation serves every application.
    public typealias Handler = @Sendable (Request, BasicHattoriRequestContext) async throws -> Response

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

    /// Adds the routes to `router` (a `Router`, a `RouterGroup` or a `RouteCollection` of your
    /// application), beside its own routes and under the middleware it had when they were added.
    /// Their errors answer as the generated server's own do (`{"detail": …}`, 401, 422, written by
    /// `HattoriResponseEncoder` whatever your context's encoder). What they do not do there:
    /// - requests that match none of them stay the router's: a path of the API asked with another
    ///   method gets the router's 404, not 405 with `Allow`; HEAD is served where the router's
    ///   options say (`.autoGenerateHeadEndpoints`);
    /// - handlers see a `BasicHattoriRequestContext` made from your context's core storage (logger,
    ///   path parameters) and peer, not your context's own properties.
    public func install<Methods: RouterMethods>(on router: Methods) where Methods.Context: HattoriRequestContext {
        let errors = DetailErrorMiddleware<BasicHattoriRequestContext>()
        for route in routes {
            let handler = route.handler
            router.on(RouterPath(route.path), method: route.method) { request, context in
                try await errors.handle(request, context: BasicHattoriRequestContext(from: context)) { try await handler($0, $1) }
            }
        }
    }

    /// Adds the routes to the generated server's own router, whose middleware answers errors.
    func installDirectly(on router: Router<BasicHattoriRequestContext>) {
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
