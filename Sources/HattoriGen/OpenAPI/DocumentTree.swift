import Foundation
import JSONEscaping
import OpenAPIKit

/// The OpenAPI document as a JSON value tree, built by `DocumentTreeEncoder` in one pass over
/// OpenAPIKit's `Encodable` types. Both the JSON and the YAML text are written from it: this
/// replaces `JSONEncoder`, then `JSONSerialization`, then Yams' nodes, three generic passes.
enum DocumentNode {
    case object(DocumentObject)
    case array(DocumentArray)
    case string(String)
    /// A number, already as JSON writes it (`1`, `0.5`, `1e+20`).
    case number(String)
    case bool(Bool)
    case null
    /// What a `superEncoder()` wrote, known only once its caller is done.
    case deferred(DocumentTreeEncoder)

    /// The node itself, with deferred encoders replaced by what they wrote.
    var resolved: DocumentNode {
        guard case .deferred(let encoder) = self else { return self }
        return encoder.result?.resolved ?? .object(DocumentObject())
    }
}

/// Members in the order encoded until `DocumentTreeEncoder.tree` sorts them by key.
final class DocumentObject {
    var members: [(key: String, value: DocumentNode)] = []

    /// Sorts the members by key, as `JSONEncoder`'s `.sortedKeys` does; a key encoded twice keeps
    /// its last value, as in `JSONEncoder`.
    /// The key order of `JSONEncoder`'s `.sortedKeys` on Linux: by UTF-8 bytes (not `String <`,
    /// which differs for text not in NFC).
    static func sortsBefore(_ key: String, _ other: String) -> Bool {
        key.utf8.lexicographicallyPrecedes(other.utf8)
    }

    fileprivate func sortMembers() {
        let sorted = members.enumerated().sorted { left, right in
            if Self.sortsBefore(left.element.key, right.element.key) { return true }
            if Self.sortsBefore(right.element.key, left.element.key) { return false }
            return left.offset < right.offset
        }
        var result: [(key: String, value: DocumentNode)] = []
        result.reserveCapacity(sorted.count)
        for (index, pair) in sorted.enumerated() {
            if index + 1 < sorted.count, sorted[index + 1].element.key == pair.element.key { continue }
            result.append((pair.element.key, pair.element.value))
        }
        members = result
    }
}

final class DocumentArray {
    var items: [DocumentNode] = []
}

/// An `Encoder` that builds a `DocumentNode` tree. Like `JSONEncoder`: `URL` is written as its
/// absolute string, integral doubles without `.0`, and non-finite numbers are an error.
final class DocumentTreeEncoder: Encoder {
    private(set) var result: DocumentNode?
    private let parent: DocumentTreeEncoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(parent: DocumentTreeEncoder? = nil, key: (any CodingKey)? = nil) {
        self.parent = parent
        self.key = key
    }

    /// The tree `value` encodes to, in the form every writer reads: each object's members
    /// sorted by key and every deferred node resolved, done once here rather than per writer.
    static func tree(_ value: some Encodable) throws -> DocumentNode {
        canonical(try DocumentTreeEncoder().node(for: value, key: nil))
    }

    /// The tree of an OpenAPI document. OpenAPIKit's `OrderedDictionary` encodes keys that are
    /// `RawRepresentable` (paths, component names) through `Collection.map`, whose subscript
    /// counts the dictionary on every access: quadratic, and a tenth of gen's time at 5,000
    /// operations. The paths, by far the largest such dictionary, are encoded one by one here.
    static func tree(_ document: OpenAPI.Document) throws -> DocumentNode {
        var shell = document
        shell.paths = [:]
        let root = try DocumentTreeEncoder().node(for: shell, key: nil)
        guard !document.paths.isEmpty, case .object(let object) = root.resolved else { return canonical(root) }
        let paths = DocumentObject()
        paths.members.reserveCapacity(document.paths.count)
        let pathsEncoder = DocumentTreeEncoder(parent: DocumentTreeEncoder(), key: NameKey("paths"))  // for error paths
        for (path, item) in document.paths {  // its iterator walks the keys in order, linearly
            paths.members.append((path.rawValue, try pathsEncoder.node(for: item, key: NameKey(path.rawValue))))
        }
        object.members.removeAll { $0.key == "paths" }
        object.members.append((key: "paths", value: .object(paths)))
        return canonical(.object(object))
    }

    private static func canonical(_ node: DocumentNode) -> DocumentNode {
        switch node.resolved {
        case .object(let object):
            object.sortMembers()
            for index in object.members.indices { object.members[index].value = canonical(object.members[index].value) }
            return .object(object)
        case .array(let array):
            for index in array.items.indices { array.items[index] = canonical(array.items[index]) }
            return .array(array)
        case let scalar:
            return scalar
        }
    }

    // Built from the parent chain only when asked for (errors), not for every value.
    var codingPath: [any CodingKey] {
        guard let parent else { return [] }
        return parent.codingPath + (key.map { [$0] } ?? [])
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: DocumentObject
        if case .object(let existing)? = result { object = existing } else {
            object = DocumentObject()
            result = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer(object: object, encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: DocumentArray
        if case .array(let existing)? = result { array = existing } else {
            array = DocumentArray()
            result = .array(array)
        }
        return UnkeyedContainer(array: array, encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoder: self) }

    fileprivate func set(_ node: DocumentNode) { result = node }

    /// The node for one value: scalars directly, everything else through its `encode(to:)`.
    fileprivate func node<T: Encodable>(for value: T, key: (any CodingKey)?) throws -> DocumentNode {
        if let scalar = try scalarNode(value, key: key) { return scalar }
        let child = DocumentTreeEncoder(parent: self, key: key)
        child.userInfo = userInfo
        try value.encode(to: child)
        return child.result ?? .object(DocumentObject())
    }

    /// The common scalars, and the types `JSONEncoder` writes other than through their `encode(to:)`.
    fileprivate func scalarNode<T: Encodable>(_ value: T, key: (any CodingKey)?) throws -> DocumentNode? {
        // Comparing metatypes first spares most values (OpenAPIKit's types) six failing casts.
        guard T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self
            || T.self == URL.self || T.self == Decimal.self else { return nil }
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .number(String(number))
        case let number as Double: return try Self.number(number, at: codingPath + (key.map { [$0] } ?? []))
        case let url as URL: return .string(url.absoluteString)
        case let number as Decimal: return .number(number.description)
        default: return nil
        }
    }

    fileprivate static func number(_ value: some BinaryFloatingPoint & LosslessStringConvertible,
                                   at path: @autoclosure () -> [any CodingKey]) throws -> DocumentNode {
        guard let text = JSONText.number(value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: path(), debugDescription: "\(value) is not a valid JSON number"))
        }
        return .number(text)
    }

    fileprivate func childEncoder(key: any CodingKey, placing: (DocumentNode) -> Void) -> DocumentTreeEncoder {
        let child = DocumentTreeEncoder(parent: self, key: key)
        child.userInfo = userInfo
        placing(.deferred(child))
        return child
    }
}

private struct NameKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: DocumentObject
    let encoder: DocumentTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func add(_ node: DocumentNode, _ key: Key) { object.members.append((key.stringValue, node)) }

    mutating func encodeNil(forKey key: Key) throws { add(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(.string(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        add(try DocumentTreeEncoder.number(value, at: codingPath + [key]), key)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(try encoder.node(for: value, key: key), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        add(try DocumentTreeEncoder.number(value, at: codingPath + [key]), key)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(.number(String(value)), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = DocumentObject()
        add(.object(nested), key)
        let child = DocumentTreeEncoder(parent: encoder, key: key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, encoder: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = DocumentArray()
        add(.array(nested), key)
        return UnkeyedContainer(array: nested, encoder: DocumentTreeEncoder(parent: encoder, key: key))
    }

    mutating func superEncoder() -> any Encoder {
        let object = self.object
        return encoder.childEncoder(key: SuperKey()) { object.members.append(("super", $0)) }
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let object = self.object
        return encoder.childEncoder(key: key) { object.members.append((key.stringValue, $0)) }
    }
}

private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { return nil }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: DocumentArray
    let encoder: DocumentTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { array.items.count }

    private func nextKey() -> IndexKey { IndexKey(array.items.count) }

    mutating func encodeNil() throws { array.items.append(.null) }
    mutating func encode(_ value: Bool) throws { array.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Double) throws {
        array.items.append(try DocumentTreeEncoder.number(value, at: codingPath + [nextKey()]))
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.items.append(try encoder.node(for: value, key: nextKey()))
    }
    mutating func encode(_ value: Float) throws {
        array.items.append(try DocumentTreeEncoder.number(value, at: codingPath + [nextKey()]))
    }
    mutating func encode(_ value: Int8) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { array.items.append(.number(String(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = DocumentObject()
        let child = DocumentTreeEncoder(parent: encoder, key: nextKey())
        array.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, encoder: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = DocumentArray()
        let child = DocumentTreeEncoder(parent: encoder, key: nextKey())
        array.items.append(.array(nested))
        return UnkeyedContainer(array: nested, encoder: child)
    }

    mutating func superEncoder() -> any Encoder {
        let array = self.array
        return encoder.childEncoder(key: nextKey()) { array.items.append($0) }
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: DocumentTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.set(.string(value)) }
    mutating func encode(_ value: Int) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Double) throws { encoder.set(try DocumentTreeEncoder.number(value, at: codingPath)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        // Anything but a scalar takes this encoder's place: its containers write into this node.
        if let scalar = try encoder.scalarNode(value, key: nil) { encoder.set(scalar) } else { try value.encode(to: encoder) }
    }
    mutating func encode(_ value: Float) throws { encoder.set(try DocumentTreeEncoder.number(value, at: codingPath)) }
    mutating func encode(_ value: Int8) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { encoder.set(.number(String(value))) }
}
