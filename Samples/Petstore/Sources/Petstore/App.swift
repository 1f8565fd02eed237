// Created by gen; this file is yours: gen never overwrites it.
import ArgumentParser
import Hattori
import HattoriCommandLine
import PetstoreAPI

/// Starts the Petstore server: `swift run Petstore --hostname 0.0.0.0 --port 8080`.
@main
struct PetstoreServer: AsyncParsableCommand {
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let router = makeRouter(handlers: Handlers())
        let app = HattoriServer.makeApplication(router: router, options: server, serverName: "PetstoreServer")
        try await app.runService()
    }
}
