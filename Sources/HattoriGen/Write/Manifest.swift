import Foundation

/// What the last run of gen wrote, kept in the output as `.hattori/manifest.json`: which files
/// gen owns (to remove stale ones, and never to mistake a user's file for its own) and which
/// methods each handler protocol required (to tell the user exactly what is new).
struct Manifest: Codable, Sendable, Equatable {
    static let path = ".hattori/manifest.json"

    var generator: String
    var spec: String
    var generatedFiles: [String]
    /// Protocol name → the signatures of its requirements.
    var requirements: [String: [String]]

    init(generator: String, spec: String, generatedFiles: [String], requirements: [String: [String]]) {
        self.generator = generator
        self.spec = spec
        self.generatedFiles = generatedFiles.sorted()
        self.requirements = requirements
    }

    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func read(from directory: URL) -> Manifest? {
        let url = directory.appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }
}

extension Generator {
    /// The spec a package was generated from, as its manifest names it (relative to the package):
    /// how `gen DIR` and the `gen` command plugin regenerate a package without being told the spec.
    public static func spec(ofPackage given: URL) throws(GenerationError) -> URL {
        // The manifest's path was written from the resolved package directory.
        let directory = given.resolvingSymlinksInPath()
        let hint = "name the spec file instead: gen path/to/api.yaml"
        let manifestURL = directory.appendingPathComponent(Manifest.path)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw GenerationError("\(given.path) holds no package written by gen (no \(Manifest.path))",
                                  hint: hint)
        }
        guard let manifest = Manifest.read(from: directory) else {
            throw GenerationError("\(manifestURL.path) is not a manifest gen can read",
                                  hint: hint)
        }
        let spec = URL(fileURLWithPath: manifest.spec, relativeTo: directory).standardizedFileURL
        guard FileManager.default.fileExists(atPath: spec.path) else {
            throw GenerationError("the spec \(manifest.spec) named by \(manifestURL.path) is not there",
                                  hint: hint)
        }
        return spec
    }
}
