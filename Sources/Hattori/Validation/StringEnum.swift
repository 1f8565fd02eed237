/// The behaviour of every generated string enum: decodes from JSON and from parameters,
/// and reports an unknown value as pydantic does (`Input should be 'a' or 'b'`).
public protocol StringEnum: Codable, Hashable, Sendable, CaseIterable, RawRepresentable, ParameterValue, HeaderValue,
    ValidationDescribable where RawValue == String {}

extension StringEnum {
    /// Generated enums call this from `init(from:)`.
    public static func decode(from decoder: any Decoder) throws -> Self {
        let container = try decoder.singleValueContainer()
        guard let raw = try? container.decode(String.self), let value = Self(rawValue: raw) else {
            throw ValidationFailure([
                ValidationIssue(type: expectation.type, loc: DecodingIssues.location(decoder.codingPath), msg: expectation.message),
            ])
        }
        return value
    }

    public init?(parameter: Substring) {
        self.init(rawValue: String(parameter))
    }
}
