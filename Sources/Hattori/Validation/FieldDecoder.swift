import FieldConstraints
import Foundation

/// Decodes the fields of one generated model, collecting every invalid field instead of
/// stopping at the first, so that a 422 names each bad field as Django Ninja does.
///
/// Generated `init(from:)` bodies read each field with `required`/`optional`/`defaulted`, then
/// `guard let a, let b, fields.isValid else { throw fields.failure }`.
@_spi(Generated) public struct FieldDecoder<Key: CodingKey> {
    private let container: KeyedDecodingContainer<Key>
    private let codingPath: [any CodingKey]
    private var issues: [ValidationIssue] = []

    public init(_ decoder: any Decoder, keyedBy: Key.Type) throws {
        do {
            container = try decoder.container(keyedBy: Key.self)
        } catch {
            throw ValidationFailure(DecodingIssues.issues(from: error, fallbackPath: decoder.codingPath))
        }
        codingPath = decoder.codingPath
    }

    public var isValid: Bool { issues.isEmpty }

    /// Whether the input holds the field (as null too): a field it leaves out was not given
    /// (`exclude_unset`).
    public func contains(_ key: Key) -> Bool { container.contains(key) }

    public var failure: ValidationFailure { ValidationFailure(issues) }

    /// A field that must be present and not null; with `constraints`, a value that breaks one is
    /// an issue too.
    public mutating func required<T: Decodable>(_ type: T.Type, _ key: Key, checking constraints: Constraints? = nil) -> T? {
        guard container.contains(key) else {
            issues.append(.missing(at: DecodingIssues.location(codingPath + [key])))
            return nil
        }
        return decode(type, key, constraints)
    }

    /// A field with a default: nil when absent (the caller applies the default). Null is not
    /// absent: as in pydantic, it must be a valid value of the field's type.
    public mutating func defaulted<T: Decodable>(_ type: T.Type, _ key: Key, checking constraints: Constraints? = nil) -> T? {
        guard container.contains(key) else { return nil }
        return decode(type, key, constraints)
    }

    /// A field that may be absent or null.
    public mutating func optional<T: Decodable>(_ type: T.Type, _ key: Key, checking constraints: Constraints? = nil) -> T? {
        guard container.contains(key), (try? container.decodeNil(forKey: key)) != true else { return nil }
        return decode(type, key, constraints)
    }

    private mutating func decode<T: Decodable>(_ type: T.Type, _ key: Key, _ constraints: Constraints?) -> T? {
        do {
            // Foundation reads any URL, relative ones too; the spec's `url` is an absolute one.
            if T.self == URL.self || T.self == [URL].self {
                return checked(try decodeURLs(key, list: T.self == [URL].self) as? T, key, constraints)
            }
            if let list = T.self as? any ElementwiseDecodable.Type {
                return checked(try list.decodeElementwise(from: container.superDecoder(forKey: key)) as? T, key, constraints)
            }
            return checked(try container.decode(type, forKey: key), key, constraints)
        } catch {
            issues += DecodingIssues.issues(from: error, fallbackPath: codingPath + [key])
            return nil
        }
    }

    /// `value`, or nil with an issue when it breaks one of `constraints`.
    private mutating func checked<T>(_ value: T?, _ key: Key, _ constraints: Constraints?) -> T? {
        guard let value else { return nil }
        if let constraints, let constrained = value as? any ConstrainedValue,
           let issue = constraints.issue(for: constrained, at: DecodingIssues.location(codingPath + [key])) {
            issues.append(issue)
            return nil
        }
        return value
    }

    /// A `url` field (`list`: a `[url]` one), each checked as absolute; nil with issues otherwise.
    private mutating func decodeURLs(_ key: Key, list: Bool) throws -> Any? {
        let texts: [String]
        do {
            texts = list ? try container.decode([String].self, forKey: key) : [try container.decode(String.self, forKey: key)]
        } catch DecodingError.typeMismatch(_, let context) where !list || context.codingPath.count > codingPath.count + 1 {
            let at = DecodingIssues.location(context.codingPath)
            issues.append(ValidationIssue(type: AbsoluteURL.typeExpectation.type, loc: at, msg: AbsoluteURL.typeExpectation.message))
            return nil
        }
        var urls: [URL] = []
        for (index, text) in texts.enumerated() {
            switch URLSyntax.parse(text) {
            case .success(let url): urls.append(url)
            case .failure(let failure):
                let at = DecodingIssues.location(codingPath + [key]) + (list ? [.index(index)] : [])
                let expectation = AbsoluteURL.expectation(failure)
                issues.append(ValidationIssue(type: expectation.type, loc: at, msg: expectation.message, ctx: ["error": .string(failure.reason)]))
            }
        }
        guard urls.count == texts.count else { return nil }
        return list ? urls : urls.first
    }
}

/// Turns Swift decoding errors into validation issues with a pydantic-style location.
@_spi(Generated) public enum DecodingIssues {
    public static func issues(from error: any Error, fallbackPath: [any CodingKey]) -> [ValidationIssue] {
        switch error {
        case let failure as ValidationFailure:
            return failure.issues
        case DecodingError.keyNotFound(let key, let context):
            return [.missing(at: location(context.codingPath + [key]))]
        case DecodingError.valueNotFound(let type, let context):
            let expectation = Expectation.of(type)
            return [ValidationIssue(type: expectation.type, loc: location(context.codingPath), msg: expectation.message)]
        case DecodingError.typeMismatch(let type, let context):
            let expectation = Expectation.of(type)
            return [ValidationIssue(type: expectation.type, loc: location(context.codingPath), msg: expectation.message)]
        case DecodingError.dataCorrupted(let context):
            // Enum raw values, dates and UUIDs land here; the underlying error (if any) is JSON syntax.
            if context.codingPath.isEmpty, context.underlyingError != nil || context.debugDescription.contains("JSON") {
                return [ValidationIssue(type: Expectation.json.type, loc: [], msg: Expectation.json.message)]
            }
            let expectation = context.debugDescription.contains("UUID")
                ? Expectation.uuid : Expectation(type: "value_error", message: context.debugDescription)
            return [ValidationIssue(type: expectation.type, loc: location(context.codingPath), msg: expectation.message)]
        default:
            return [ValidationIssue(type: "value_error", loc: location(fallbackPath), msg: "Invalid value")]
        }
    }

    static func location(_ path: [any CodingKey]) -> [LocationElement] {
        path.map { key in key.intValue.map(LocationElement.index) ?? .key(key.stringValue) }
    }
}
