import Foundation

/// What a value should have been, phrased as pydantic phrases it, for 422 messages.
public struct Expectation: Sendable {
    public var type: String
    public var message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    public static let string = Expectation(type: "string_type", message: "Input should be a valid string")
    public static let int = Expectation(
        type: "int_parsing", message: "Input should be a valid integer, unable to parse string as an integer")
    public static let number = Expectation(
        type: "float_parsing", message: "Input should be a valid number, unable to parse string as a number")
    public static let bool = Expectation(
        type: "bool_parsing", message: "Input should be a valid boolean, unable to interpret input")
    public static let uuid = Expectation(type: "uuid_parsing", message: "Input should be a valid UUID")
    public static let dateTime = Expectation(type: "datetime_parsing", message: "Input should be a valid datetime")
    public static let list = Expectation(type: "list_type", message: "Input should be a valid list")
    public static let dictionary = Expectation(type: "dict_type", message: "Input should be a valid dictionary")
    public static let object = Expectation(
        type: "model_attributes_type", message: "Input should be a valid dictionary or object to extract fields from")
    public static let json = Expectation(type: "json_invalid", message: "Invalid JSON")

    static func oneOf(_ values: [String]) -> Expectation {
        let quoted = values.map { "'\($0)'" }
        let list = quoted.count <= 1
            ? quoted.joined()
            : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return Expectation(type: "enum", message: "Input should be \(list)")
    }

    /// The expectation for a Swift type met while decoding.
    static func of(_ type: Any.Type) -> Expectation {
        if let described = type as? any ValidationDescribable.Type { return described.expectation }
        switch type {
        case is String.Type, is Substring.Type: return .string
        case is Int.Type, is Int64.Type, is Int32.Type: return .int
        case is Double.Type, is Float.Type: return .number
        case is Bool.Type: return .bool
        case is UUID.Type: return .uuid
        case is Date.Type: return .dateTime
        case is any ListMarker.Type: return .list
        case is any DictionaryMarker.Type: return .dictionary
        default: return .object
        }
    }
}

/// A type that knows how to phrase its own validation failure (generated enums do).
public protocol ValidationDescribable {
    static var expectation: Expectation { get }
}

extension ValidationDescribable where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var expectation: Expectation { .oneOf(allCases.map(\.rawValue)) }
}

/// Lets `Expectation.of` recognise arrays of any element type.
protocol ListMarker {}
extension Array: ListMarker {}

/// Lets `Expectation.of` recognise the spec's maps (`{string: T}`).
protocol DictionaryMarker {}
extension Dictionary: DictionaryMarker {}
