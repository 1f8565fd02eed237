import Foundation
import Mustache

/// The Mustache templates gen renders: its own (`Templates/` of this repository, embedded in the
/// binary at build time) or a customised copy in a folder.
struct TemplateSet: Sendable {
    let library: MustacheLibrary

    /// Every template gen needs; a customised copy must provide them all. Names starting with `_`
    /// are partials, included by others (`{{> _header}}`); one used inside a line has no final newline.
    static let required = [
        "models", "operations", "server", "exceptions", "schemes", "openapi-document",
        "package", "gitignore", "handlers", "group-handlers", "authenticators", "authenticator", "refusal-hooks",
        "exception-handler", "app", "smoke-test", "auth-matrix", "test-credentials",
        "_header", "_default-value", "_constraints-arguments", "_handler-signature", "_stub-signature", "_refusal-hook-signature",
        "_exception-handler-signature", "_make-router-call", "_test-router-call",
        "_output-json", "_output-json-headers", "_output-text", "_output-bytes", "_output-empty",
    ]

    /// The templates in `directory` (`--templates`).
    init(directory: URL) throws(GenerationError) {
        try self.init(origin: directory.path) { name in
            try? String(contentsOf: directory.appendingPathComponent("\(name).mustache"), encoding: .utf8)
        }
    }

    /// gen's own templates: `HATTORI_TEMPLATES` when set (a folder, for working on them without
    /// rebuilding gen), else the ones embedded in the binary.
    static func standard() throws(GenerationError) -> TemplateSet {
        if let override = ProcessInfo.processInfo.environment["HATTORI_TEMPLATES"] {
            return try TemplateSet(directory: URL(fileURLWithPath: override))
        }
        return try TemplateSet(origin: "gen's own templates") { name in
            EmbeddedTemplates.base64[name].flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// - Parameter origin: where the templates come from, for messages: a folder, or gen's own.
    private init(origin: String, text: (String) -> String?) throws(GenerationError) {
        var library = MustacheLibrary()
        for name in Self.required {
            guard let text = text(name) else {
                throw GenerationError("template '\(name).mustache' is missing from \(origin)",
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
    /// - Parameter shared: values every template of a package may use (`ContextValues.common`),
    ///   under `context`'s: kept apart, so that no context is copied to add them.
    func render(_ name: String, context: TemplateContext, shared: TemplateContext = [:]) throws(GenerationError) -> String {
        let root = StrictRoot(values: context, shared: shared)
        guard let text = library.render(root, withTemplate: name) else {
            throw GenerationError("gen has no template '\(name).mustache'", hint: "TemplateSet.required lists the templates gen loads")
        }
        if let missing = root.missing.sorted().first {
            throw GenerationError("template '\(name).mustache' asks for '\(missing)', which its context does not have",
                                  hint: "Templates/README.md lists the keys each template receives")
        }
        return text
    }
}

/// The Hattori checkout gen was built from, when it is still there: generated packages then depend
/// on its runtime library by a relative path. A gen installed elsewhere, whose checkout moved or
/// was removed, has none, and they depend on the runtime by URL instead.
enum HattoriRepository {
    static var checkout: URL? {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Render
            .deletingLastPathComponent()  // HattoriGen
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
        let manifest = root.appendingPathComponent("Package.swift")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8), text.contains(#"name: "Hattori""#) else { return nil }
        return root
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
    let shared: TemplateContext
    private(set) var missing: Set<String> = []

    init(values: TemplateContext, shared: TemplateContext) {
        self.values = values
        self.shared = shared
    }

    func child(named name: String) -> Any? {
        if let value = values[name] ?? shared[name] { return value }
        missing.insert(name)
        return nil
    }
}

/// Template values are text already escaped for Swift: Mustache takes them as they are, where it
/// otherwise tries three casts and `String(describing:)` on each (4 % of gen's instructions on a
/// 200-operation spec, callgrind).
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
