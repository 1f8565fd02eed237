import Foundation

/// Parses type expressions: `string`, `int?`, `[Pet]`, `[date-time]?`, `{string: Pet}`, `Pet`.
enum TypeExpression {
    /// Spellings people bring from Python, OpenAPI and Swift, mapped to the spec's own names.
    static let aliases: [String: PrimitiveType] = [
        "str": .string, "String": .string,
        "integer": .int, "Int": .int,
        "float": .number, "double": .number, "Double": .number,
        "boolean": .bool, "Bool": .bool,
        "datetime": .dateTime, "Date": .dateTime,
        "UUID": .uuid, "json": .any,
        "EmailStr": .email, "AnyUrl": .url, "HttpUrl": .url, "uri": .url, "UploadedFile": .file,
    ]

    struct Parsed {
        var type: TypeSpec
        var optional: Bool
    }

    /// - Parameter schemas: declared schema names, which win over the aliases (a schema may be called `String`).
    static func parse(_ text: String, schemas: Set<String> = []) -> Parsed? {
        var text = text.trimmingSpaces()
        var optional = false
        if text.hasSuffix("?") {
            optional = true
            text = text.dropLast()
        }
        guard let type = parseType(text, schemas: schemas) else { return nil }
        return Parsed(type: type, optional: optional)
    }

    private static func parseType(_ text: Substring, schemas: Set<String>) -> TypeSpec? {
        let text = String(text.trimmingSpaces())
        guard !text.isEmpty else { return nil }
        if text.hasPrefix("[") {
            guard text.hasSuffix("]"), let inner = parseType(Substring(text.dropFirst().dropLast()), schemas: schemas) else { return nil }
            return .array(inner)
        }
        if text.hasPrefix("{") {
            // `{string: T}`: JSON object keys are strings, so the key type is always `string`.
            guard text.hasSuffix("}"), let colon = text.firstIndex(of: ":") else { return nil }
            let key = String(text[text.index(after: text.startIndex)..<colon].trimmingSpaces())
            guard key == "string" || (!schemas.contains(key) && aliases[key] == .string),
                  let value = parseType(Substring(text[text.index(after: colon)...].dropLast()), schemas: schemas) else { return nil }
            return .map(value)
        }
        if text.contains(where: { "[]?{}:".contains($0) }) { return nil }
        if let primitive = PrimitiveType(rawValue: text), !(primitive.yieldsToSchemas && schemas.contains(text)) {
            return .primitive(primitive)
        }
        if !schemas.contains(text), let primitive = aliases[text] { return .primitive(primitive) }
        return .named(text)
    }

    /// The spec spelling of a type, for messages.
    static func describe(_ type: TypeSpec) -> String {
        switch type {
        case .primitive(let primitive): return primitive.rawValue
        case .named(let name): return name
        case .array(let element): return "[\(describe(element))]"
        case .map(let value): return "{string: \(describe(value))}"
        }
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs, not line breaks) without the
    /// round trip through NSString that costs a tenth of reading a large spec.
    func trimmingSpaces() -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return Substring(self)[endIndex...]
        }
        return Substring(scalars[first...last])
    }
}
