import PackagePlugin

/// `swift package --allow-writing-to-package-directory gen`: regenerates the package it runs in
/// from its spec. It writes gen's own files and creates the user's missing ones, never touching
/// those that exist, exactly as the `gen` command does (it is that command).
@main
struct GenCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try runGen(context, arguments: arguments)
    }
}
