public import Hattori
public import Hummingbird

extension HattoriServer {
    /// An application listening where the command-line options say.
    public static func makeApplication(
        router: Router<BasicHattoriRequestContext>,
        options: ServerOptions,
        serverName: String
    ) -> some ApplicationProtocol {
        makeApplication(router: router, hostname: options.hostname, port: options.port, serverName: serverName)
    }
}
