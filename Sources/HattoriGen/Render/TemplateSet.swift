import Foundation
import Mustache

/// The Mustache templates gen renders, from `Templates/` of this repository or a customised copy.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    let directory: URL

    /// Every template gen needs; a customised copy must provide them all. Names starting with `_`
    /// are partials, included by others (`{{> _header}}`); one used inside a line has no final newline.
    static let required = [
        "models", "operations", "server", "exceptions", "schemes", "openapi-document",
        "package", "gitignore", "handlers", "group-handlers", "authenticators", "authenticator", "refusal-hooks",
        "exception-handler", "app", "smoke-test",
        "_header", "_default-value", "_handler-signature", "_stub-signature", "_refusal-hook-signature",
        "_exception-handler-signature", "_make-router-call",
        "_output-json", "_output-json-headers", "_output-text", "_output-bytes", "_output-empty",
    ]

    init(directory: URL) throws(GenerationError) {
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

    /// `name` rendered with `context`. A key the template asks for that no context around it holds
    /// (misspelt in a customised copy, say) is an error, where Mustache alone renders it as nothing.
    func render(_ name: String, context: TemplateContext) throws(GenerationError) -> String {
        let root = StrictRoot(values: context)
        let text = library.render(root, withTemplate: name) ?? ""
        if let missing = root.missing.sorted().first {
            throw GenerationError("template '\(name).mustache' asks for '\(missing)', which its context does not have",
                                  hint: "Templates/README.md lists the keys each template receives")
        }
        return text
    }

    /// `Templates/` next to gen's own sources: where `swift run gen` finds it from any directory.
    static var bundledDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["HATTORI_TEMPLATES"] {
            return URL(fileURLWithPath: override)
        }
        return HattoriRepository.root.appendingPathComponent("Templates")
    }
}

/// Where this Hattori checkout lives: templates come from it, and generated packages depend on
/// its runtime library by a relative path.
enum HattoriRepository {
    static var root: URL {
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


/// The bottom of every context stack: Mustache asks it for a key only when no context above holds
/// it, so whatever it cannot answer is a key nobody has.
private final class StrictRoot: MustacheParent {
    let values: TemplateContext
    private(set) var missing: Set<String> = []

    init(values: TemplateContext) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        missing.insert(name)
        return nil
    }
}
