// Created by gen; this file is yours: gen never overwrites it.
import ArgumentParser
import Hattori
import HattoriCommandLine
import AuthGuideAPI

/// Starts the Authentication guide server: `swift run AuthGuide --hostname 0.0.0.0 --port 8080`.
@main
struct AuthGuideServer: AsyncParsableCommand {
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let devices = DeviceTokens()
        let router = makeRouter(handlers: Handlers(devices: devices), authenticators: Authenticators(devices: devices),
                                configuration: HattoriConfiguration(options: server))
        let app = HattoriServer.makeApplication(router: router, options: server, serverName: "AuthGuideServer")
        try await app.runService()
    }
}
