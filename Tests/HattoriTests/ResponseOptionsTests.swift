import Foundation
@_spi(Generated) import Hattori
import Testing

/// A model as generated code writes one that an operation answers with response options.
private struct Pet: Encodable {
    var name: String
    var tag: String?
    var legs: Int
    var owner: Owner?
    var notes: [String: String?]
    var unset: FieldSet

    func encode(to encoder: any Encoder) throws {
        var fields = FieldEncoder(encoder, unset: unset)
        try fields.encode(name, "name")
        try fields.encode(tag, "tag", index: 1, isDefault: tag == nil)
        try fields.encode(legs, "legs", alias: "legCount", index: 2, isDefault: legs == 4)
        try fields.encode(owner, "owner", index: 3, isDefault: owner == nil)
        try fields.encode(notes, "notes", index: 4, isDefault: notes.isEmpty)
    }
}

private struct Owner: Encodable, Equatable {
    var name: String
    var email: String?
    var unset: FieldSet

    func encode(to encoder: any Encoder) throws {
        var fields = FieldEncoder(encoder, unset: unset)
        try fields.encode(name, "name", alias: "fullName")
        try fields.encode(email, "email", index: 1, isDefault: email == nil)
    }
}

@Suite("Runtime: Django Ninja's response options, as pydantic's model_dump applies them")
struct ResponseOptionsTests {
    /// As pydantic's `Pet(name="Rex", legs=4, owner=Owner(name="Al"))` with `notes` assigned after:
    /// `tag` and the owner's `email` not given.
    fileprivate let pet = Pet(name: "Rex", tag: nil, legs: 4, owner: Owner(name: "Al", email: nil, unset: FieldSet(unset: [false, true])),
                              notes: ["a": nil], unset: FieldSet(unset: [false, true, false, false, false]))

    func json(_ options: ResponseOptions) throws -> String {
        String(decoding: try HattoriJSON.encoder(for: options).encode(pet), as: UTF8.self)
    }

    /// Each checked against pydantic 2's `model_dump` of the same model (a nested model's nil too,
    /// a map's nil values kept).
    @Test func eachOptionLeavesOutWhatPydanticDoes() throws {
        #expect(try json(ResponseOptions()) == #"{"legs":4,"name":"Rex","notes":{"a":null},"owner":{"email":null,"name":"Al"},"tag":null}"#)
        #expect(try json(ResponseOptions(excludeNone: true)) == #"{"legs":4,"name":"Rex","notes":{"a":null},"owner":{"name":"Al"}}"#)
        #expect(try json(ResponseOptions(excludeDefaults: true)) == #"{"name":"Rex","notes":{"a":null},"owner":{"name":"Al"}}"#)
        #expect(try json(ResponseOptions(excludeUnset: true)) == #"{"legs":4,"name":"Rex","notes":{"a":null},"owner":{"name":"Al"}}"#)
        #expect(try json(ResponseOptions(excludeNone: true, excludeUnset: true, excludeDefaults: true))
                == #"{"name":"Rex","notes":{"a":null},"owner":{"name":"Al"}}"#)
        #expect(String(decoding: try HattoriJSON.encoder.encode(pet), as: UTF8.self) == (try json(ResponseOptions())),
                "the plain encoder writes everything")
        #expect(try json(ResponseOptions(excludeNone: true, byAlias: true)) == #"{"legCount":4,"name":"Rex","notes":{"a":null},"owner":{"fullName":"Al"}}"#,
                "aliases where fields have one, nested models too")
    }

    /// Bookkeeping, not value: two models that differ only in what they were given are equal.
    @Test func whatAModelWasNotGivenIsNotPartOfItsValue() {
        var given = FieldSet(unset: [false, true])
        #expect(given == FieldSet())
        #expect(given.contains(1) && !given.contains(0))
        given.remove(1)
        #expect(!given.contains(1))
    }
}
