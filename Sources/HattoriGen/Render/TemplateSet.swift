import Foundation
import Mustache

/// The Mustache templates gen renders, from `Templates/` of this repository or a customised copy.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let directory: URL

    /// Every template gen needs; a customised copy must provide them all.
    static let required = [
        "models", "enum", "input-enum", "operations", "server", "exceptions", "package", "handlers", "group-handlers", "app", "smoke-test",
        "gitignore", "schemes", "authenticators", "authenticator", "refusal-hooks", "exception-handler", "openapi-document",
    ]

    public init(directory: URL) throws(GenerationError) {
        self.directory = directory
        var library = MustacheLibrary()
        for name in Self.required {
            let url = directory.appendingPathComponent("\(name).mustache")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw GenerationError("template '\(name).mustache' is missing from \(directory.path)",
                                      hint: "copy Templates/ from the Hattori repository and edit the copy")
            }
            do {
                // Values reach templates already escaped for Swift, so nothing is HTML-escaped.
                try library.register("{{% CONTENT_TYPE: TEXT}}\n" + text, named: name)
            } catch {
                throw GenerationError("template '\(name).mustache' does not parse: \(error)")
            }
        }
        self.library = library
    }

    func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// `Templates/` next to gen's own sources: where `swift run gen` finds it from any directory.
    public static var bundledDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["HATTORI_TEMPLATES"] {
            return URL(fileURLWithPath: override)
        }
        return HattoriRepository.root.appendingPathComponent("Templates")
    }
}

/// Where this Hattori checkout lives: templates come from it, and generated packages depend on
/// its runtime library by a relative path.
public enum HattoriRepository {
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Render
            .deletingLastPathComponent()  // HattoriGen
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
    }
}

/// A failure that is not about the spec's content: missing templates, unwritable output, user files in the way.
public struct GenerationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
