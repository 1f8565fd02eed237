// Created by gen; this file is yours: gen never overwrites it.
import ArgumentParser
import Hattori
import HattoriCommandLine
import GlobalAuthAPI

/// Starts the Global authentication server: `swift run GlobalAuth --hostname 0.0.0.0 --port 8080`.
@main
struct GlobalAuthServer: AsyncParsableCommand {
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let router = makeRouter(handlers: Handlers(), authenticators: Authenticators(), configuration: HattoriConfiguration(options: server))
        let app = HattoriServer.makeApplication(router: router, options: server, serverName: "GlobalAuthServer")
        try await app.runService()
    }
}
