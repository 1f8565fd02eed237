import Foundation
import Synchronization
import Yams

/// Collects diagnostics while a stage walks the spec, so that every problem is reported at once.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(message, at: location, hint: hint))
    }
}

/// A YAML node with its position in the spec file.
struct YAMLValue {
    let node: Node
    let file: String

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The resolved YAML tag (`.str`, `.int`, `.null` …), as Yams' default resolver gives it.
    var tagName: Tag.Name {
        guard case .scalar(let scalar) = node else { return Tag.Name(rawValue: node.tag.description) }
        // The tag as written (`description` does not resolve it, `node.tag` would, with a
        // regular expression per scalar): none for a plain scalar, `!` for a non-specific one.
        switch Tag.Name(rawValue: scalar.tag.description) {
        case .implicit, LazyTags.candidate: return LazyTags.resolve(scalar.string)
        case .nonSpecific: return .str
        case let name: return name
        }
    }

    var isNull: Bool {
        if case .scalar(let scalar) = node { return tagName == .null && scalar.style == .plain }
        return false
    }

    /// What a user would call this node's type, for "expected X, found Y" messages.
    var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            switch tagName {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .float: return "a number"
            default: return "a string"
            }
        }
    }

    /// Scalar text, or nil for collections and null.
    var scalarText: String? {
        guard case .scalar(let scalar) = node, !isNull else { return nil }
        return scalar.string
    }

    var sequence: [YAMLValue]? {
        guard case .sequence(let items) = node else { return nil }
        return items.map { YAMLValue(node: $0, file: file) }
    }

    /// Mapping entries in the order written.
    var entries: [(key: YAMLValue, value: YAMLValue)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { (YAMLValue(node: $0.key, file: file), YAMLValue(node: $0.value, file: file)) }
    }
}

/// Tags of plain scalars, resolved only when a reader asks. Yams' default resolver runs its
/// seven regular expressions on every plain scalar, keys included, and almost all of them are
/// words that no rule can match: only a scalar whose first character could start a number,
/// boolean, null, merge key, timestamp or `=` (or an empty one) can be anything but a string.
/// `tagName` resolves those with the default rules, in their order, once per text.
enum LazyTags {
    static let candidate = Tag.Name(rawValue: "tag:hattori.dev,2026:unresolved")
    static let resolver: Yams.Resolver = (try? Yams.Resolver.basic.appending(candidate, "^(?:[-+.~0-9<=yYnNtTfFoO]|$)")) ?? Yams.Resolver.default
    private static let rules: [(tag: Tag.Name, expression: NSRegularExpression)] = Yams.Resolver.default.rules.compactMap { rule in
        (try? NSRegularExpression(pattern: rule.pattern)).map { (rule.tag, $0) }
    }

    /// Answers already given, by text: a spec repeats the same few candidates (`200`, `true`,
    /// `0`) thousands of times, and readers ask a scalar's tag more than once.
    private static let resolved = Mutex<[String: Tag.Name]>([:])

    /// The first characters of `candidate`'s pattern, `^(?:[-+.~0-9<=yYnNtTfFoO]|$)`.
    private static let candidateStarts = Set("-+.~0123456789<=yYnNtTfFoO".utf8)

    static func resolve(_ text: String) -> Tag.Name {
        if let first = text.utf8.first, !candidateStarts.contains(first) { return .str }
        if let tag = resolved.withLock({ $0[text] }) { return tag }
        let range = NSRange(location: 0, length: text.utf16.count)
        let tag = rules.first { $0.expression.firstMatch(in: text, range: range) != nil }?.tag ?? .str
        resolved.withLock { $0[text] = tag }
        return tag
    }
}

/// Parses YAML text into a located node tree, turning Yams errors into diagnostics.
enum YAMLDocument {
    static func parse(_ text: String, file: String) throws(DiagnosticsError) -> YAMLValue {
        do {
            guard let root = try Yams.compose(yaml: text, LazyTags.resolver) else {
                throw DiagnosticsError([
                    Diagnostic("the spec is empty", at: SourceLocation(file: file, line: 1, column: 1),
                               hint: "start with 'hattori: 1' and 'name: MyAPI'; see docs/spec.md"),
                ])
            }
            return YAMLValue(node: root, file: file)
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticsError([diagnostic(for: error, file: file)])
        } catch {
            throw DiagnosticsError([
                Diagnostic("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1)),
            ])
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return Diagnostic("YAML syntax error: \(detail)", at: at(mark),
                              hint: "check indentation, colons and quoting around this position")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic("duplicate key\(duplicates.count == 1 ? "" : "s") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping",
                              at: at(context.mark), hint: "each key may appear once; merge the entries")
        case let .reader(problem, offset, _, _):
            return Diagnostic("cannot read the file as UTF-8 text: \(problem)\(offset.map { " at byte \($0)" } ?? "")",
                              at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return Diagnostic("YAML error: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
