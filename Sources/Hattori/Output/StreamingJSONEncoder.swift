import Foundation
import JSONEscaping

/// Writes a response body's JSON as it is encoded, without the value tree `JSONEncoder` builds
/// first: that tree was most of the cost of answering with a model. It writes only what it
/// can write byte for byte as `HattoriJSON.encoder` does (compact, keys sorted, slashes
/// unescaped, dates as `HattoriJSON.formatDate`), which covers generated models: they encode
/// their fields in key order. For anything else (keys out of order, as in a dictionary; `Data`,
/// `Decimal`, `Float`; nested or super encoders; a non-finite number) it answers nil and
/// `JSONResponse` uses `JSONEncoder`, so the bytes on the wire never depend on which one ran.
enum StreamingJSON {
    static func encode(_ value: some Encodable) -> String? {
        let encoder = StreamingJSONEncoder()
        do {
            try encoder.write(value)
        } catch {
            return nil
        }
        return encoder.isUnsupported ? nil : encoder.output
    }
}

/// Thrown to stop at the first thing `StreamingJSONEncoder` does not write exactly as `JSONEncoder`.
private struct UnsupportedByStreaming: Error {}

final class StreamingJSONEncoder: Encoder {
    private(set) var output = ""
    /// Set where the `Encoder` protocol cannot throw (asking for a container).
    private(set) var isUnsupported = false
    // Only `JSONResponse` calls this encoder, and any error falls back to `JSONEncoder`, which
    // reports the real coding path; nothing reads these here.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum Opened { case nothing, object, array, single }
    /// What the value being encoded at each depth has opened, and the last key it wrote.
    private var levels: [(opened: Opened, count: Int, lastKey: String?)] = []

    init() {
        output.reserveCapacity(256)  // one allocation for a typical body, instead of one per doubling
    }

    /// Writes one value: scalars directly, others through `encode(to:)`, then closes what it opened.
    func write<T: Encodable>(_ value: T) throws {
        // Comparing metatypes first spares most values (models, arrays) a run of failing casts.
        if T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self
            || T.self == Date.self || T.self == URL.self || T.self == Data.self || T.self == Decimal.self || T.self == Float.self {
            return try writeSpecial(value)
        }
        levels.append((.nothing, 0, nil))
        do {
            try value.encode(to: self)
        } catch {
            markUnsupported()
            throw error
        }
        let level = levels.removeLast()
        switch level.opened {
        case .object: output += "}"
        case .array: output += "]"
        case .single where level.count > 0: break
        case .single, .nothing:
            // JSONEncoder writes `{}` for a nested value that encodes nothing, and throws for a top-level one.
            guard !levels.isEmpty else { throw unsupported() }
            output += "{}"
        }
    }

    /// The scalars, and the types `JSONEncoder` writes other than through their `encode(to:)`.
    private func writeSpecial(_ value: Any) throws {
        switch value {
        case let text as String: write(text)
        case let flag as Bool: writeBool(flag)
        case let number as Int: writeInteger(number)
        case let number as Double: try write(number)
        case let date as Date: write(HattoriJSON.formatDate(date))
        case let url as URL: write(url.absoluteString)
        default: throw unsupported()  // Data, Decimal, Float
        }
    }

    func write(_ text: String) { JSONText.appendString(text, to: &output) }

    func write(_ number: Double) throws {
        guard let text = JSONText.number(number) else { throw unsupported() }
        output += text
    }

    /// Marks the current depth as opening `kind`; a second, different container is unsupported.
    private func open(_ kind: Opened) -> Bool {
        guard let current = levels.last?.opened else { return false }
        if current == kind, kind != .single { return true }
        guard current == .nothing else { return false }
        levels[levels.count - 1].opened = kind
        switch kind {
        case .object: output += "{"
        case .array: output += "["
        case .single, .nothing: break
        }
        return true
    }

    /// Starts the one value of a single-value container; a second one is unsupported.
    fileprivate func startSingleValue() throws {
        guard !isUnsupported, levels[levels.count - 1].count == 0 else { throw unsupported() }
        levels[levels.count - 1].count = 1
    }

    /// Starts a member or element: the separator, and for an object the key, which must come
    /// after the previous one in the order of `.sortedKeys`.
    fileprivate func startItem(key: String?) throws {
        guard !isUnsupported else { throw unsupported() }
        let depth = levels.count - 1
        if let key {
            // `.sortedKeys` also merges keys Swift finds equal.
            if let last = levels[depth].lastKey, !JSONText.sortsBefore(last, key) || last == key {
                throw unsupported()
            }
            levels[depth].lastKey = key
        }
        if levels[depth].count > 0 { output += "," }
        levels[depth].count += 1
        if let key {
            JSONText.appendString(key, to: &output)
            output += ":"
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if !open(.object) { markUnsupported() }
        return KeyedEncodingContainer(StreamingKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if !open(.array) { markUnsupported() }
        return StreamingUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if !open(.single) { markUnsupported() }
        return StreamingSingleValueContainer(encoder: self)
    }

    /// Marks the output as unusable where the `Encoder` protocol cannot throw.
    fileprivate func markUnsupported() { isUnsupported = true }

    /// Marks the output as unusable and returns the error to throw: an `encode(to:)` that
    /// swallows it with `try?` must not leave a half-written member behind.
    fileprivate func unsupported() -> some Error {
        markUnsupported()
        return UnsupportedByStreaming()
    }

    fileprivate func writeNull() { output += "null" }

    fileprivate func writeBool(_ flag: Bool) { output += flag ? "true" : "false" }

    fileprivate func writeInteger(_ value: some BinaryInteger) { output += String(value) }
}

private struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamingJSONEncoder
    var codingPath: [any CodingKey] { [] }

    private func start(_ key: Key) throws { try encoder.startItem(key: key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { try start(key); encoder.writeNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try start(key); encoder.writeBool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try start(key); encoder.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try start(key); try encoder.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw encoder.unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try start(key); encoder.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try start(key); try encoder.write(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.markUnsupported()
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.markUnsupported()
        return StreamingUnkeyedContainer(encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder { encoder.markUnsupported(); return encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.markUnsupported(); return encoder }
}

private struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: StreamingJSONEncoder
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    private mutating func start() throws {
        try encoder.startItem(key: nil)
        count += 1
    }

    mutating func encodeNil() throws { try start(); encoder.writeNull() }
    mutating func encode(_ value: Bool) throws { try start(); encoder.writeBool(value) }
    mutating func encode(_ value: String) throws { try start(); encoder.write(value) }
    mutating func encode(_ value: Double) throws { try start(); try encoder.write(value) }
    mutating func encode(_ value: Float) throws { throw encoder.unsupported() }
    mutating func encode(_ value: Int) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { try start(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { try start(); encoder.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try start(); try encoder.write(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.markUnsupported()
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.markUnsupported()
        return StreamingUnkeyedContainer(encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder { encoder.markUnsupported(); return encoder }
}

/// A single value replaces the value being encoded at its depth: one write, no separator.
private struct StreamingSingleValueContainer: SingleValueEncodingContainer {
    let encoder: StreamingJSONEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { try encoder.startSingleValue(); encoder.writeNull() }
    mutating func encode(_ value: Bool) throws { try encoder.startSingleValue(); encoder.writeBool(value) }
    mutating func encode(_ value: String) throws { try encoder.startSingleValue(); encoder.write(value) }
    mutating func encode(_ value: Double) throws { try encoder.startSingleValue(); try encoder.write(value) }
    mutating func encode(_ value: Float) throws { throw encoder.unsupported() }
    mutating func encode(_ value: Int) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { try encoder.startSingleValue(); encoder.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.startSingleValue(); try encoder.write(value) }
}
