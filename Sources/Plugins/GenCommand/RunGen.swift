import Foundation
import PackagePlugin

/// Runs the package's gen on the package itself: gen reads which spec from `.hattori/manifest.json`
/// (`gen DIR`), so the plugin needs no argument of its own and passes the user's on (`--check`,
/// `--templates DIR`). Shared by the `gen` and `gen-check` plugins (one file, linked into both).
func runGen(_ context: PluginContext, arguments: [String]) throws {
    let package = context.package.directoryURL
    let process = Process()
    process.executableURL = try context.tool(named: "gen").url
    process.arguments = [package.path] + arguments
    process.currentDirectoryURL = package
    try process.run()
    process.waitUntilExit()
    switch (process.terminationReason, process.terminationStatus) {
    case (.exit, 0): return
    case (.exit, let status): throw GenFailed(description: "gen exited with status \(status)")
    case (_, let signal): throw GenFailed(description: "gen was killed by signal \(signal)")
    }
}

/// gen has printed why; this only makes `swift package` exit non-zero.
struct GenFailed: Error, CustomStringConvertible {
    var description: String
}
