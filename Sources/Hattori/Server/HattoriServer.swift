public import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Builds and runs generated servers.
public enum HattoriServer {
    /// A router with Hattori's error handling installed and the table's routes on it; their paths
    /// answer other methods with 405.
    public static func makeRouter(routes: RouteTable) -> Router<BasicHattoriRequestContext> {
        let router = Router(context: BasicHattoriRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: DetailErrorMiddleware(methodNotAllowed: MethodNotAllowed(paths: routes.methodsByPath)))
        routes.installDirectly(on: router)
        return router
    }

    /// An application listening on `hostname:port`.
    public static func makeApplication(
        router: Router<BasicHattoriRequestContext>,
        hostname: String,
        port: Int,
        serverName: String,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: serverName)
        logger.logLevel = .info
        return Application(
            router: router,
            configuration: .init(address: .hostname(hostname, port: port), serverName: serverName),
            onServerRunning: onServerRunning,
            logger: logger
        )
    }

    /// Runs `router` on a free loopback port for the duration of `body`, then shuts it down.
    /// Smoke tests use it to talk to a real server over HTTP.
    public static func withRunningServer<Value: Sendable>(
        router: Router<BasicHattoriRequestContext>,
        _ body: @Sendable (_ port: Int) async throws -> Value
    ) async throws -> Value {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = makeApplication(router: router, hostname: "127.0.0.1", port: 0, serverName: "test") { channel in
            portContinuation.yield(channel.localAddress?.port ?? 0)
            portContinuation.finish()
        }
        var quietLogger = Logger(label: "test")
        quietLogger.logLevel = .error
        let group = ServiceGroup(configuration: .init(services: [app], logger: quietLogger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw HTTPDetailError.internalServerError }
            do {
                let value = try await body(port)
                await group.triggerGracefulShutdown()
                return value
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
