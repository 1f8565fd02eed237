import FieldConstraints

/// The spec's `email` (pydantic's `EmailStr`): text that is an email address by its syntax
/// (`EmailSyntax`; no DNS lookup). Anything else gets pydantic's issue with email-validator's
/// reason: `{"type": "value_error", "msg": "value is not a valid email address: An email address
/// must have an @-sign.", "ctx": {"reason": …}}`.
public struct EmailAddress: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    /// Nil when `rawValue` is not an email address.
    public init?(rawValue: String) {
        guard EmailSyntax.check(rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    /// A literal that must be an address (it traps otherwise): `let sender: EmailAddress = "a@b.org"`.
    public init(stringLiteral value: String) {
        guard let address = EmailAddress(rawValue: value) else { preconditionFailure("'\(value)' is not an email address") }
        self = address
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let failure = EmailSyntax.check(text) {
            throw ValidationFailure([ValidationIssue(type: "value_error", loc: DecodingIssues.location(decoder.codingPath),
                                                     msg: Self.message(failure), ctx: ["reason": .string(failure.reason)])])
        }
        rawValue = text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    static func message(_ failure: SyntaxFailure) -> String {
        "value is not a valid email address: \(failure.reason)"
    }
}

extension EmailAddress: ParameterValue {
    public init?(parameter: Substring) { self.init(rawValue: String(parameter)) }

    public static var expectation: Expectation { .string }

    public static func issue(for parameter: Substring) -> (expectation: Expectation, context: [String: JSONValue]?) {
        guard let failure = EmailSyntax.check(String(parameter)) else { return (expectation, nil) }
        return (Expectation(type: "value_error", message: message(failure)), ["reason": .string(failure.reason)])
    }
}
