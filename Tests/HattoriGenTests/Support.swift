import Foundation
import Testing
@testable import HattoriGen

/// Runs spec text through gen's stages up to resolve, returning the diagnostics (empty when gen
/// accepts the spec).
func diagnostics(_ yaml: String, file: String = "api.yaml") -> [Diagnostic] {
    do {
        _ = try GeneratorPipeline(file: file).resolve(text: yaml)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The one diagnostic of a spec fragment; an issue is recorded when there is not exactly one.
func only(_ yaml: String) -> Diagnostic? {
    let found = diagnostics(spec(yaml))
    #expect(found.count == 1, "expected one diagnostic, got \(found)")
    return found.first
}

/// Loads, validates and resolves spec text that must be valid, as gen does.
func resolve(_ yaml: String) throws -> ResolvedAPI {
    try GeneratorPipeline(file: "api.yaml").resolve(text: yaml)
}

/// A minimal valid spec with `body` appended at the top level.
func spec(_ body: String) -> String {
    """
    hattori: 1
    name: Shop
    \(body)
    """
}

/// The repository root, for samples and templates.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh temporary directory, removed when the returned token's scope ends.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hattori-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
