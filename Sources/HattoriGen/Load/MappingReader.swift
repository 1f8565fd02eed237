/// Reads one YAML mapping of the spec: checks its keys against the known ones (with
/// "did you mean"), and offers typed accessors that report wrong value types where they are.
struct MappingReader {
    let value: YAMLValue
    let what: String
    let diagnostics: DiagnosticCollector
    private var byKey: [String: (key: YAMLValue, value: YAMLValue)] = [:]

    /// Returns nil (after reporting) when `value` is not a mapping.
    init?(_ value: YAMLValue, what: String, knownKeys: [String], diagnostics: DiagnosticCollector) {
        self.value = value
        self.what = what
        self.diagnostics = diagnostics
        guard let entries = value.entries else {
            diagnostics.error("\(what) must be a mapping, found \(value.kindDescription)", at: value.location)
            return nil
        }
        for entry in entries {
            guard let key = entry.key.scalarText else {
                diagnostics.error("keys of \(what) must be strings, found \(entry.key.kindDescription)", at: entry.key.location)
                continue
            }
            guard knownKeys.contains(key) else {
                let hint = Suggestions.didYouMean(key, in: knownKeys)
                    ?? "known keys: \(knownKeys.joined(separator: ", "))"
                diagnostics.error("unknown key '\(key)' in \(what)", at: entry.key.location, hint: hint)
                continue
            }
            byKey[key] = entry
        }
    }

    subscript(key: String) -> YAMLValue? { byKey[key]?.value }

    func keyLocation(_ key: String) -> SourceLocation? { byKey[key]?.key.location }

    func has(_ key: String) -> Bool { byKey[key] != nil }

    /// A required key; reports it missing at the mapping's own position.
    func require(_ key: String, example: String) -> YAMLValue? {
        if let value = self[key] { return value }
        diagnostics.error("\(what) is missing required key '\(key)'", at: value.location, hint: "add '\(key): \(example)'")
        return nil
    }

    /// Any scalar except null reads as text (so `version: 1.0` is "1.0").
    func string(_ key: String) -> Located<String>? {
        guard let value = self[key] else { return nil }
        return Self.string(value, what: "'\(key)' of \(what)", diagnostics: diagnostics)
    }

    static func string(_ value: YAMLValue, what: String, diagnostics: DiagnosticCollector) -> Located<String>? {
        guard let text = value.scalarText else {
            diagnostics.error("\(what) must be a string, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return Located(text, at: value.location)
    }

    func bool(_ key: String) -> Located<Bool>? {
        guard let value = self[key] else { return nil }
        guard value.tagName == .bool, let flag = value.node.bool else {
            diagnostics.error("'\(key)' of \(what) must be true or false, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return Located(flag, at: value.location)
    }

    func int(_ key: String) -> Located<Int>? {
        guard let value = self[key] else { return nil }
        return Self.int(value, what: "'\(key)' of \(what)", diagnostics: diagnostics)
    }

    static func int(_ value: YAMLValue, what: String, diagnostics: DiagnosticCollector) -> Located<Int>? {
        if value.tagName == .int, let number = value.node.int { return Located(number, at: value.location) }
        if let text = value.scalarText, let number = Int(text) { return Located(number, at: value.location) }
        diagnostics.error("\(what) must be an integer, found \(value.kindDescription)", at: value.location)
        return nil
    }

    /// A string or a list of strings (`tags: a` or `tags: [a, b]`).
    func stringList(_ key: String) -> [Located<String>] {
        guard let value = self[key] else { return [] }
        if let items = value.sequence {
            return items.compactMap { Self.string($0, what: "an entry of '\(key)' in \(what)", diagnostics: diagnostics) }
        }
        return Self.string(value, what: "'\(key)' of \(what)", diagnostics: diagnostics).map { [$0] } ?? []
    }

    /// Entries of a nested mapping keyed by name (`schemas:`, `operations:` …), in the order written.
    func namedEntries(_ key: String) -> [(name: Located<String>, value: YAMLValue)] {
        guard let value = self[key] else { return [] }
        if value.isNull { return [] }
        guard let entries = value.entries else {
            diagnostics.error("'\(key)' of \(what) must be a mapping of names to definitions, found \(value.kindDescription)",
                              at: value.location)
            return []
        }
        return entries.compactMap { entry in
            guard let name = entry.key.scalarText else {
                diagnostics.error("names in '\(key)' must be strings, found \(entry.key.kindDescription)", at: entry.key.location)
                return nil
            }
            return (Located(name, at: entry.key.location), entry.value)
        }
    }
}
