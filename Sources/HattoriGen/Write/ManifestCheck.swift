import Foundation

/// What the package's own `Package.swift` lacks for the generated code to build. gen creates that
/// file once and never edits it, so when the generated code needs another product of the runtime
/// (`HattoriPostgres` under the `PostgreSQL` trait for a spec's first session scheme, `HattoriTesting`
/// for the auth matrix of packages made before it, `HattoriCommandLine` for the server's options
/// since they left `Hattori`), gen names the lines to add instead.
enum ManifestCheck {
    static let path = "Package.swift"

    /// Additions to the manifest in `directory`, as the user would type them; none when it is not
    /// the user's yet (gen writes it whole) or already names what is needed.
    static func missingDependencies(in directory: URL, api: ResolvedAPI, runtime: RuntimeDependency) -> [String] {
        guard let manifest = try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8) else { return [] }
        let package = SwiftLiteral.string(runtime.packageIdentity)
        var additions: [String] = []
        if api.hasSessionSchemes && !manifest.contains(".trait(name: \"PostgreSQL\"") {
            // Sessions in PostgreSQL are the PostgreSQL trait's: the generated code opens them under `#if PostgreSQL`.
            additions.append("traits: [.trait(name: \"PostgreSQL\")] in Package(…), after products: (build with "
                + "--traits PostgreSQL to keep sessions in PostgreSQL)")
            let product = ".product(name: \"HattoriPostgres\", package: \(package), condition: .when(traits: [\"PostgreSQL\"]))"
            additions.append(manifest.contains("\"HattoriPostgres\"")
                ? "\(product) in place of the HattoriPostgres product of target \(SwiftLiteral.string(api.libraryModule))"
                : "\(product) in the dependencies of target \(SwiftLiteral.string(api.libraryModule)) (its session schemes keep sessions with it)")
        }
        if AppFileCheck.usesServerOptions(in: directory, api: api) && !manifest.contains("\"HattoriCommandLine\"") {
            additions.append(".product(name: \"HattoriCommandLine\", package: \(package)) in the dependencies of target "
                + "\(SwiftLiteral.string(api.appModule)) (ServerOptions lives there, no longer in Hattori)")
        }
        if !manifest.contains("\"HattoriTesting\"") {
            additions.append(".product(name: \"HattoriTesting\", package: \(package)) in the dependencies of target "
                + "\(SwiftLiteral.string(api.testModule)) (the auth matrix of AuthMatrixTests.swift runs on it)")
        }
        return additions
    }
}
