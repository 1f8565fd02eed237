/// Names of the document's components: the spec's own names where OpenAPI allows them
/// (`^[A-Za-z0-9._-]+$`), the Swift type name otherwise, and the built-in components.
enum ComponentNames {
    /// Components every document may carry; spec schemas with these names are refused by validation.
    static let authError = "AuthErrorResponse"
    static let validationError = "ValidationErrorResponse"
    static let validationIssue = "ValidationIssue"
    static let builtIn: Set<String> = [authError, validationError, validationIssue]

    static func isValidKey(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
        }
    }

    static func name(specName: String, typeName: String) -> String {
        isValidKey(specName) ? specName : typeName
    }

    /// The component of a schema's form under its fields' aliases, for a schema that holds some:
    /// `PetByAlias` beside `Pet` (its form under the names).
    static func aliasForm(_ component: String) -> String { component + "ByAlias" }
}

/// The keys a model is written under in JSON: its fields' names (what responses write), or their
/// aliases where they have one (what requests are read under, and responses with `by_alias`).
enum WireForm: Sendable {
    case byName, byAlias
}
