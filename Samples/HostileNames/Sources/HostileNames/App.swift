// Created by gen; this file is yours: gen never overwrites it.
import ArgumentParser
import Hattori
import HattoriCommandLine
import HostileNamesAPI

/// Starts the Hostile """ */ \( title with a newline server: `swift run HostileNames --hostname 0.0.0.0 --port 8080`.
@main
struct HostileNamesServer: AsyncParsableCommand {
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let router = makeRouter(handlers: Handlers(), authenticators: Authenticators(), configuration: HattoriConfiguration(options: server))
        let app = HattoriServer.makeApplication(router: router, options: server, serverName: "HostileNamesServer")
        try await app.runService()
    }
}
