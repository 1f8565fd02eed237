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
