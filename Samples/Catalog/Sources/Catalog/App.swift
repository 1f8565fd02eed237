// Created by gen; this file is yours: gen never overwrites it.
import ArgumentParser
import Hattori
import HattoriCommandLine
import CatalogAPI

/// Starts the Product catalog server: `swift run Catalog --hostname 0.0.0.0 --port 8080`.
@main
struct CatalogServer: AsyncParsableCommand {
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let router = makeRouter(handlers: Handlers(), configuration: HattoriConfiguration(options: server))
        let app = HattoriServer.makeApplication(router: router, options: server, serverName: "CatalogServer")
        try await app.runService()
    }
}
