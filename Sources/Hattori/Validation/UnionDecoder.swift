/// Decodes a union of object schemas (the spec's `oneOf:`, pydantic's `Union[Cat, Dog]`) as
/// pydantic does, and reports what went wrong in pydantic's words:
///
/// - With a discriminator, the member its value names; a missing value is `union_tag_not_found`,
///   an unknown one `union_tag_invalid`, and the member's own issues are located under its tag
///   (`["body", "pet", "cat", "meows"]`).
/// - Without one, the first member that decodes, in order (pydantic's smart mode, for object
///   members); when none does, every member's issues, each under the member's name
///   (`["body", "pet", "Cat", "meows"]`).
@_spi(Generated) public enum UnionDecoder {
    /// `members`: each member's tag (its discriminator value, or its schema's name) and how to decode it.
    public static func decode<Union>(_ decoder: any Decoder, discriminator: String? = nil,
                                     members: [(tag: String, decode: (any Decoder) throws -> Union)]) throws -> Union {
        let at = DecodingIssues.location(decoder.codingPath)
        guard let discriminator else {
            var issues: [ValidationIssue] = []
            for member in members {
                do {
                    return try member.decode(decoder)
                } catch {
                    issues += relocated(error, under: at, tag: member.tag, fallback: decoder.codingPath)
                }
            }
            throw ValidationFailure(issues)
        }
        let container: KeyedDecodingContainer<AnyKey>
        do {
            container = try decoder.container(keyedBy: AnyKey.self)
        } catch {
            throw ValidationFailure([ValidationIssue(type: Expectation.object.type, loc: at, msg: Expectation.object.message)])
        }
        let quoted = "'\(discriminator)'"
        guard let tag = try? container.decode(String.self, forKey: AnyKey(discriminator)) else {
            throw ValidationFailure([ValidationIssue(
                type: "union_tag_not_found", loc: at, msg: "Unable to extract tag using discriminator \(quoted)",
                ctx: ["discriminator": .string(quoted)])])
        }
        guard let member = members.first(where: { $0.tag == tag }) else {
            let expected = members.map { "'\($0.tag)'" }.joined(separator: ", ")
            throw ValidationFailure([ValidationIssue(
                type: "union_tag_invalid", loc: at,
                msg: "Input tag '\(tag)' found using \(quoted) does not match any of the expected tags: \(expected)",
                ctx: ["discriminator": .string(quoted), "tag": .string(tag), "expected_tags": .string(expected)])])
        }
        do {
            return try member.decode(decoder)
        } catch {
            throw ValidationFailure(relocated(error, under: at, tag: tag, fallback: decoder.codingPath))
        }
    }

    /// A member's issues, located as pydantic locates them: the union's place, the member's tag, then
    /// where inside the member.
    private static func relocated(_ error: any Error, under at: [LocationElement], tag: String,
                                  fallback: [any CodingKey]) -> [ValidationIssue] {
        DecodingIssues.issues(from: error, fallbackPath: fallback).map { issue in
            var issue = issue
            let inside = issue.loc.starts(with: at) ? Array(issue.loc.dropFirst(at.count)) : issue.loc
            issue.loc = at + [.key(tag)] + inside
            return issue
        }
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
