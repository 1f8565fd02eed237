import Foundation

/// What the package's own `Package.swift` lacks for the generated code to build. gen creates that
/// file once and never edits it, so when a spec gains a session scheme (whose generated server
/// imports `HattoriPostgres`), gen names the line to add instead.
enum ManifestCheck {
    static let path = "Package.swift"

    /// Additions to the manifest in `directory`, as the user would type them; none when it is not
    /// the user's yet (gen writes it whole) or already names what is needed.
    static func missingDependencies(in directory: URL, api: ResolvedAPI, runtime: RuntimeDependency) -> [String] {
        guard api.hasSessionSchemes,
              let manifest = try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8),
              !manifest.contains("\"HattoriPostgres\"") else { return [] }
        let product = ".product(name: \"HattoriPostgres\", package: \(SwiftLiteral.string(runtime.packageIdentity)))"
        return ["\(product) in the dependencies of target \(SwiftLiteral.string(api.libraryModule)) (its session schemes keep sessions with it)"]
    }
}
