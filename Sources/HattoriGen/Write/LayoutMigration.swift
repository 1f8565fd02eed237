import Foundation

/// A package gen wrote in its previous layout, where the user's handlers and authenticators lived
/// inside the generated library (`Sources/<Name>API/Handlers`, `Auth`) and the server in
/// `Sources/<Name>Server`. gen cannot move a user's files itself (it never touches them), so it
/// writes nothing and says exactly which moves and edits bring the package to the current layout.
public struct LayoutMigration: Error, Sendable, CustomStringConvertible {
    /// `from` → `to`, relative to the package.
    public var moves: [(from: String, to: String)]
    /// The moved files that need `import <Name>API`: they were inside that module before.
    public var needImport: [String]
    public var library: String
    public var app: String
    public var tests: String
    public var packageDirectory: String

    /// The migration `directory` needs, or nil when it holds no package in the previous layout
    /// (a new one, one in the current layout, or one whose files the user has moved already).
    static func needed(in directory: URL, previous: Manifest?, api: ResolvedAPI) -> LayoutMigration? {
        let library = api.libraryModule, app = api.appModule
        let oldGenerated = "Sources/\(library)/Generated/"
        guard let previous, previous.generatedFiles.contains(where: { $0.hasPrefix(oldGenerated) }) else { return nil }
        let owned = Set(previous.generatedFiles)
        var moves: [(from: String, to: String)] = []
        var needImport: [String] = []
        // What the user has in the generated library (gen's files aside) moves into their target, as
        // does everything in the old server target.
        for file in files(under: "Sources/\(library)", in: directory) where !owned.contains(file) && !file.hasPrefix(oldGenerated) {
            let destination = "Sources/\(app)/" + file.dropFirst("Sources/\(library)/".count)
            moves.append((file, destination))
            needImport.append(destination)
        }
        let oldServer = "Sources/\(api.packageName)Server"
        for file in files(under: oldServer, in: directory) {
            moves.append((file, "Sources/\(app)/" + file.dropFirst(oldServer.count + 1)))
        }
        guard !moves.isEmpty else { return nil }
        return LayoutMigration(moves: moves, needImport: needImport, library: library, app: app, tests: api.testModule,
                               packageDirectory: directory.path)
    }

    /// Every file under `folder` (relative to `directory`), as paths relative to `directory`, sorted.
    private static func files(under folder: String, in directory: URL) -> [String] {
        let root = directory.appendingPathComponent(folder)
        // Hidden files (`.DS_Store`) are nobody's code: they need not move.
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var result: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
            result.append(folder + "/" + relative)
        }
        return result.sorted()
    }

    public var description: String {
        var lines = [
            "error: \(packageDirectory) holds a package in gen's previous layout: your handlers and authenticators are inside \(library), which is now gen's alone. Nothing was written.",
            "",
            "Move your files into your own target, \(app), then run gen again (it writes the new Package.swift and removes its old files):",
            "",
            "  cd \(Self.shellQuoted(packageDirectory))",
        ]
        let folders = Set(moves.map { ($0.to as NSString).deletingLastPathComponent }).sorted()
        lines.append("  mkdir -p " + folders.map(Self.shellQuoted).joined(separator: " "))
        for move in moves { lines.append("  mv \(Self.shellQuoted(move.from)) \(Self.shellQuoted(move.to))") }
        lines.append("  mv Package.swift Package.swift.previous   # then copy your own additions over to the new one")
        lines += [
            "",
            "Then edit:",
            "  - add `import \(library)` below `import Hattori` in each of: \(needImport.joined(separator: ", "))",
            "  - in Tests/\(tests)/, add `@testable import \(app)` where a test uses Handlers or Authenticators",
            "  - `public` on your handlers and authenticators is no longer needed (they conform to public protocols from another module)",
            "",
            "docs/migrating.md says the same, with the reasons.",
        ]
        return lines.joined(separator: "\n")
    }

    private static func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
