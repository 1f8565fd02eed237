/// Maps spec names (which may be Swift keywords, contain dashes, spaces or punctuation, or start
/// with a digit) to Swift identifiers that always compile.
enum SwiftName {
    /// Words that need escaping as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "precedencegroup", "private",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch",
        "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super",
        "throws", "true", "try", "_", "some", "any", "macro", "package", "each", "repeat", "discard", "copy",
    ]

    /// Words that backticks cannot rescue in every position (member access, types); they get a `_` suffix.
    static let unescapable: Set<String> = ["self", "Self", "Type", "Protocol", "init", "deinit", "Any", "super", "_"]

    /// `pet_id`, `X-API-Key`, `petId` → `petId`, `xAPIKey`, `petId`; nil when no letters or digits remain.
    static func lowerCamel(_ name: String) -> String? {
        let words = split(name)
        guard let first = words.first else { return nil }
        let head = first.allSatisfy { !$0.isLetter || $0.isUppercase } ? first.lowercased() : lowercaseFirst(first)
        return finish(head + words.dropFirst().map(uppercaseFirst).joined())
    }

    /// `pet-status`, `pet` → `PetStatus`, `Pet`; nil when no letters or digits remain.
    static func upperCamel(_ name: String) -> String? {
        let words = split(name)
        guard !words.isEmpty else { return nil }
        return finish(words.map(uppercaseFirst).joined())
    }

    /// The identifier as it must be written where a declaration or reference names it.
    static func escaped(_ identifier: String) -> String {
        if unescapable.contains(identifier) { return identifier + "_" }
        return keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// The identifier as an argument label at a call site, where most keywords need no backticks.
    static func argumentLabel(_ identifier: String) -> String {
        if unescapable.contains(identifier) { return identifier + "_" }
        return ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Like `escaped`, but for type names: these are never backticked, so keywords get a `_` suffix.
    static func typeSafe(_ identifier: String) -> String {
        keywords.contains(identifier) || unescapable.contains(identifier) ? identifier + "_" : identifier
    }

    private static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in name {
            if isIdentifierCharacter(character) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func isIdentifierCharacter(_ character: Character) -> Bool {
        guard character.isLetter || character.isNumber else { return false }
        // Combining marks and other exotic scalars are legal in some positions only; keep it simple and safe.
        return character.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
    }

    private static func finish(_ identifier: String) -> String {
        guard let first = identifier.unicodeScalars.first else { return identifier }
        return first.properties.isXIDStart || first == "_" ? identifier : "_" + identifier
    }

    private static func uppercaseFirst(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
    private static func lowercaseFirst(_ word: String) -> String { word.prefix(1).lowercased() + word.dropFirst() }
}
