import Foundation

/// A value that can come from a path segment, query item, header, cookie or form field.
/// Parsing is lenient the way pydantic's is for strings: `1`, `true`, `yes`, `on` are booleans.
public protocol ParameterValue: Sendable {
    init?(parameter: Substring)
    static var expectation: Expectation { get }
    /// What `parameter`, which `init?(parameter:)` refused, should have been, with pydantic's
    /// `ctx` where its reason varies (a date's); by default `expectation`.
    static func issue(for parameter: Substring) -> (expectation: Expectation, context: [String: JSONValue]?)
}

extension ParameterValue {
    public static func issue(for parameter: Substring) -> (expectation: Expectation, context: [String: JSONValue]?) {
        (expectation, nil)
    }
}

extension String: ParameterValue {
    public init?(parameter: Substring) { self = String(parameter) }
    public static var expectation: Expectation { .string }
}

extension Int: ParameterValue {
    public init?(parameter: Substring) {
        guard let value = IntegerText.parse(parameter) else { return nil }
        self = value
    }
    public static var expectation: Expectation { .int }
}

extension Double: ParameterValue {
    public init?(parameter: Substring) {
        guard let value = Double(parameter.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        self = value
    }
    public static var expectation: Expectation { .number }
}

extension Bool: ParameterValue {
    public init?(parameter: Substring) {
        switch parameter.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1", "yes", "on", "t", "y": self = true
        case "false", "0", "no", "off", "f", "n": self = false
        default: return nil
        }
    }
    public static var expectation: Expectation { .bool }
}

extension UUID: ParameterValue {
    public init?(parameter: Substring) { self.init(uuidString: String(parameter)) }
    public static var expectation: Expectation { .uuid }
}

extension Date: ParameterValue {
    public init?(parameter: Substring) {
        guard let date = HattoriJSON.parseDate(String(parameter)) else { return nil }
        self = date
    }
    public static var expectation: Expectation { .dateTime }
}
