import Foundation

/// What an operation's JSON bodies leave out, and under which keys, as Django Ninja's response
/// options say (`exclude_none`, `exclude_unset`, `exclude_defaults`, `by_alias`): the fields of the
/// generated models `FieldEncoder` writes. The options reach nested models through the JSON
/// encoder's `userInfo`.
@_spi(Generated) public struct ResponseOptions: Sendable, Hashable {
    /// Fields whose value is nil (`None`); a map's nil values stay, as pydantic leaves them.
    public var excludeNone: Bool
    /// Fields the model was not given: absent from the request it was read from, left at their
    /// default by its initializer (as pydantic counts the arguments given), never assigned since.
    public var excludeUnset: Bool
    /// Fields equal to their default (nil for an optional field without one).
    public var excludeDefaults: Bool
    /// Fields with an alias are written under it, not under their names.
    public var byAlias: Bool

    public init(excludeNone: Bool = false, excludeUnset: Bool = false, excludeDefaults: Bool = false, byAlias: Bool = false) {
        self.excludeNone = excludeNone
        self.excludeUnset = excludeUnset
        self.excludeDefaults = excludeDefaults
        self.byAlias = byAlias
    }

    public var isEmpty: Bool { !excludeNone && !excludeUnset && !excludeDefaults && !byAlias }

    static let userInfoKey = CodingUserInfoKey(rawValue: "hattori.responseOptions")!

    /// The options `encoder` writes with; none outside an operation that has some.
    init(of encoder: any Encoder) {
        self = encoder.userInfo[Self.userInfoKey] as? ResponseOptions ?? ResponseOptions()
    }
}

/// The fields a generated model was not given (by index, in declaration order), for
/// `exclude_unset`. Bookkeeping, not part of the model's value: every two are equal.
@_spi(Generated) public struct FieldSet: Sendable, Hashable {
    private var indexes: Set<Int>

    /// `unset[i]`: field `i` was not given.
    public init(unset: [Bool] = []) {
        indexes = Set(unset.indices.filter { unset[$0] })
    }

    public func contains(_ index: Int) -> Bool { indexes.contains(index) }

    /// Field `index` was given a value (assigned after the initializer).
    public mutating func remove(_ index: Int) { indexes.remove(index) }

    public static func == (lhs: FieldSet, rhs: FieldSet) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// Writes the fields of a generated model, leaving out what the response options of the operation
/// being answered say (`ResponseOptions`), each under its name or, with `by_alias`, its alias; with
/// no options, every field under its name, absent optionals as `null`.
@_spi(Generated) public struct FieldEncoder {
    private var container: KeyedEncodingContainer<FieldKey>
    private let options: ResponseOptions
    private let unset: FieldSet

    public init(_ encoder: any Encoder, unset: FieldSet = FieldSet()) {
        container = encoder.container(keyedBy: FieldKey.self)
        options = ResponseOptions(of: encoder)
        self.unset = unset
    }

    /// A field that is always written (a required one: never nil, never defaulted, always given).
    public mutating func encode<T: Encodable>(_ value: T, _ name: String, alias: String? = nil) throws {
        try container.encode(value, forKey: key(name, alias))
    }

    /// A field with a default or an optional one: `index` is its position, `isDefault` whether it
    /// holds its default.
    public mutating func encode<T: Encodable>(_ value: T, _ name: String, alias: String? = nil, index: Int, isDefault: Bool) throws {
        if options.excludeDefaults && isDefault || options.excludeUnset && unset.contains(index) { return }
        try container.encode(value, forKey: key(name, alias))
    }

    /// An optional field: also left out when nil under `exclude_none`.
    public mutating func encode<T: Encodable>(_ value: T?, _ name: String, alias: String? = nil, index: Int, isDefault: Bool) throws {
        if options.excludeNone && value == nil { return }
        if options.excludeDefaults && isDefault || options.excludeUnset && unset.contains(index) { return }
        try container.encode(value, forKey: key(name, alias))
    }

    private func key(_ name: String, _ alias: String?) -> FieldKey {
        FieldKey(stringValue: options.byAlias ? alias ?? name : name)
    }
}

/// A JSON object's key as text.
@_spi(Generated) public struct FieldKey: CodingKey, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { return nil }
}
