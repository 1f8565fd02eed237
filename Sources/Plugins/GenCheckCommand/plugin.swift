import PackagePlugin

/// `swift package gen-check`: fails, listing the stale files, when the generated output is not what
/// gen makes of the spec. It writes nothing, so it asks for no permission: SwiftPM asks for a
/// plugin's declared permissions whatever its arguments, and a CI check should need no flag.
@main
struct GenCheckCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try runGen(context, arguments: ["--check"] + arguments)
    }
}
