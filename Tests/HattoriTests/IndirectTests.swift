import Foundation
@_spi(Generated) import Hattori
import Testing

/// A recursive model written the way gen writes one (`Samples/HostileNames` has the generated form).
private struct Comment: Codable, Hashable, Sendable {
    var text: String
    @Indirect var parent: Comment?

    init(text: String, parent: Comment? = nil) {
        self.text = text
        self.parent = parent
    }

    enum CodingKeys: String, CodingKey { case text, parent }

    init(from decoder: any Decoder) throws {
        var fields = try FieldDecoder(decoder, keyedBy: CodingKeys.self)
        let text = fields.required(String.self, .text)
        let parent = fields.optional(Comment.self, .parent)
        guard let text, fields.isValid else { throw fields.failure }
        self.init(text: text, parent: parent)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(parent, forKey: .parent)
    }
}

@Suite("Runtime: indirect (boxed) model fields")
struct IndirectTests {
    @Test func aBoxedFieldKeepsValueSemantics() {
        let root = Comment(text: "root")
        var reply = Comment(text: "reply", parent: root)
        let copy = reply
        reply.parent?.text = "edited"
        #expect(copy.parent?.text == "root")
        #expect(reply.parent?.text == "edited")
        #expect(copy != reply)
        #expect(copy == Comment(text: "reply", parent: Comment(text: "root")))
        #expect(copy.hashValue == Comment(text: "reply", parent: Comment(text: "root")).hashValue)
    }

    @Test func aRecursiveModelRoundTripsThroughJSON() throws {
        let json = #"{"parent":{"parent":null,"text":"root"},"text":"reply"}"#
        let comment = try HattoriJSON.makeDecoder().decode(Comment.self, from: Data(json.utf8))
        #expect(comment.parent?.text == "root")
        let encoded = try HattoriJSON.makeEncoder().encode(comment)
        #expect(String(decoding: encoded, as: UTF8.self) == json)
    }

    @Test func anInvalidNestedFieldIsReportedAtItsPath() throws {
        let json = #"{"text":"reply","parent":{"parent":{"text":3}}}"#
        let failure = try #require(throws: ValidationFailure.self) {
            try HattoriJSON.makeDecoder().decode(Comment.self, from: Data(json.utf8))
        }
        let locations = failure.issues.map(\.loc)
        #expect(locations.contains(["parent", "text"]))
        #expect(locations.contains(["parent", "parent", "text"]))
    }
}
