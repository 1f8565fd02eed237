import Foundation

/// What the user's `App.swift` lacks to build against today's runtime. `ServerOptions` (and the
/// `makeApplication(router:options:serverName:)` and `HattoriConfiguration(options:)` that take
/// it) moved from `Hattori` to `HattoriCommandLine`, so that the core runtime does not build
/// ArgumentParser; gen never edits the file, so it names the import to add.
enum AppFileCheck {
    static let serverOptionsImport = "import HattoriCommandLine"

    /// Additions to the app file of `api` in `directory`; none when it does not exist, does not
    /// use `ServerOptions`, or already imports its module.
    static func missingImports(in directory: URL, api: ResolvedAPI) -> [String] {
        guard let text = appFile(in: directory, api: api), text.contains("ServerOptions"),
              !text.contains(serverOptionsImport) else { return [] }
        return ["\(serverOptionsImport) (ServerOptions lives there, no longer in Hattori)"]
    }

    /// Whether the app file of `api` in `directory` runs the standalone server's command line.
    static func usesServerOptions(in directory: URL, api: ResolvedAPI) -> Bool {
        appFile(in: directory, api: api)?.contains("ServerOptions") == true
    }

    static func path(of api: ResolvedAPI) -> String { GeneratedNames.appFile(api.appModule) }

    private static func appFile(in directory: URL, api: ResolvedAPI) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(path(of: api)), encoding: .utf8)
    }
}
