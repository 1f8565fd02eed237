import Foundation
import JSONEscaping

/// JSON text written directly by the values themselves, byte for byte as `HattoriJSON.encoder`
/// writes them (compact, keys sorted by their UTF-8 bytes, slashes unescaped, ISO 8601 dates,
/// integral doubles without `.0`, `nil` as `null`), without the `Encoder` protocol's boxes and
/// the tree `JSONEncoder` builds first. Generated models write their fields in the order the
/// encoder would sort them, which gen knows; dictionaries sort their keys here.
public struct JSONWriter: Sendable {
    /// Why a value could not be written: what `JSONEncoder` throws for it too.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `JSONEncoder`'s limit: it refuses a value nested 512 arrays and objects deep.
    static let maximumDepth = 512

    public private(set) var bytes: [UInt8] = []
    private var depth = 0

    public init() {
        bytes.reserveCapacity(512)
    }

    /// Text the caller has written already: punctuation, or a key with its colon that gen
    /// escaped (`,"name":`).
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A string literal, escaped as `JSONEncoder` escapes one.
    public mutating func write(string: String) {
        var literal = ""
        JSONText.appendString(string, to: &literal)
        append(literal)
    }

    /// A floating-point number; not finite, it cannot be written, and nothing of the body is.
    mutating func write<Number: BinaryFloatingPoint & LosslessStringConvertible>(number: Number) throws(Failure) {
        guard let text = JSONText.number(number) else {
            throw Failure(description: "Unable to encode \(Number.self).\(number) directly in JSON.")
        }
        append(text)
    }

    /// `{`: an object whose members the caller writes (each key with its colon, and a comma
    /// before all but the first), then `endObject()`.
    public mutating func beginObject() throws(Failure) {
        try enter()
        append("{")
    }

    public mutating func endObject() {
        append("}")
        depth -= 1
    }

    mutating func beginArray() throws(Failure) {
        try enter()
        append("[")
    }

    mutating func endArray() {
        append("]")
        depth -= 1
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth < Self.maximumDepth else { throw Failure(description: "Unable to encode the given top-level value to JSON.") }
    }

    /// `value`, a field of a generated model. Its type picks the field where a member of a
    /// protocol has its name (a field `hashValue` of another type than `Int`).
    public mutating func write<Value: JSONWritable>(_ value: Value, as type: Value.Type) throws {
        try value.writeJSON(to: &self)
    }

    /// `value`'s text alone: a response body.
    public static func bytes(of value: some JSONWritable) throws -> [UInt8] {
        var writer = JSONWriter()
        try value.writeJSON(to: &writer)
        return writer.bytes
    }
}

/// A value that writes its own JSON, exactly as its `Encodable` conformance encodes it with
/// `HattoriJSON.encoder`: generated routes then answer with it without `JSONEncoder`. Generated
/// models, unions and enums conform; so do the types their fields have, and a body type of your
/// own may (`JSONWriter.bytes(of:)` against `HattoriJSON.encoder.encode` is its test). Every conformance throws, so that calls through a concrete type need the `try`
/// that the generic ones do.
public protocol JSONWritable: Encodable {
    func writeJSON(to writer: inout JSONWriter) throws
}

extension String: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: self) }
}

extension Bool: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.append(self ? "true" : "false") }
}

extension Int: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.append(description) }
}

extension Double: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { try writer.write(number: self) }
}

extension Date: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: HattoriJSON.formatDate(self)) }
}

extension UUID: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: uuidString) }
}

extension URL: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: absoluteString) }
}

extension Data: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: base64EncodedString()) }
}

extension CalendarDate: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: description) }
}

extension EmailAddress: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: rawValue) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws {
        switch self {
        case .none: writer.append("null")
        case .some(let value): try value.writeJSON(to: &writer)
        }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws {
        try writer.beginArray()
        for (index, element) in enumerated() {
            if index > 0 { writer.append(",") }
            try element.writeJSON(to: &writer)
        }
        writer.endArray()
    }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    /// Keys in the order of their UTF-8 bytes, as `.sortedKeys` orders them (not `String`'s `<`).
    public func writeJSON(to writer: inout JSONWriter) throws {
        try writer.beginObject()
        for (index, key) in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { writer.append(",") }
            writer.write(string: key)
            writer.append(":")
            try self[key].unsafelyUnwrapped.writeJSON(to: &writer)
        }
        writer.endObject()
    }
}

extension JSONValue: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) throws {
        switch self {
        case .null: writer.append("null")
        case .bool(let value): try value.writeJSON(to: &writer)
        case .int(let value): try value.writeJSON(to: &writer)
        case .number(let value): try value.writeJSON(to: &writer)
        case .string(let value): try value.writeJSON(to: &writer)
        case .array(let value): try value.writeJSON(to: &writer)
        case .object(let value): try value.writeJSON(to: &writer)
        }
    }
}

extension StringEnum {
    public func writeJSON(to writer: inout JSONWriter) throws { writer.write(string: rawValue) }
}
