import Foundation
import Testing
@testable import Hattori

/// Responses are written by `StreamingJSON` where it can and by `JSONEncoder` otherwise: these
/// hold the two to the same bytes, so a client never sees which one ran.
@Suite("Output: streamed JSON is JSONEncoder's JSON")
struct StreamingJSONTests {
    /// Shaped like a generated model: CodingKeys in spec order, `encode(to:)` in key order.
    struct Model: Encodable {
        enum Status: String, Encodable { case active, retired = "re/tired" }
        var id = 7
        var name = "in \"quotes\" / \\ \n\t\u{01} é 🦫"
        var price = 0.1
        var status = Status.retired
        var tags = ["a", "", "c/d"]
        var note: String? = nil
        var created: Date? = Date(timeIntervalSince1970: 1_700_000_000.25)
        var parent: Child? = Child()
        var children: [Child] = [Child(), Child(count: -3)]
        var free: JSONValue = .array([.int(1), .null, .string("x"), .bool(true), .number(2.5)])
        var awkwardKeys = AwkwardKeys()

        enum CodingKeys: String, CodingKey {
            case id, name, price, status, tags, note, created, parent, children, free, awkwardKeys = "awkward_keys"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(awkwardKeys, forKey: .awkwardKeys)
            try container.encode(children, forKey: .children)
            try container.encode(created, forKey: .created)
            try container.encode(free, forKey: .free)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(note, forKey: .note)
            try container.encode(parent, forKey: .parent)
            try container.encode(price, forKey: .price)
            try container.encode(status, forKey: .status)
            try container.encode(tags, forKey: .tags)
        }
    }

    /// Synthesised `Encodable` writes the fields in declaration order: here, key order.
    struct Child: Encodable {
        var count = 1
        var empty: [Int] = []
        var nothing = Nothing()
        var ratio = 1e20
    }

    /// Encodes no value at all: JSONEncoder writes `{}` for it when nested.
    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    /// Keys in `String <` order, the order of `.sortedKeys`: upper case, digits and `_` first.
    struct AwkwardKeys: Encodable {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        var keys = ["200", "B", "_x", "a10", "a2", "b", "é"]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (index, key) in keys.enumerated() { try container.encode(index, forKey: Key(stringValue: key)) }
        }
    }

    static func encoderText(_ value: some Encodable) throws -> String {
        String(decoding: try HattoriJSON.encoder.encode(value), as: UTF8.self)
    }

    @Test func modelsAndWhatTheyHoldAreWrittenAsJSONEncoderWritesThem() throws {
        #expect(AwkwardKeys().keys == AwkwardKeys().keys.sorted())
        let streamed = try #require(StreamingJSON.encode(Model()))
        #expect(streamed == (try Self.encoderText(Model())))
        #expect(StreamingJSON.encode([Model(), Model()]) == (try Self.encoderText([Model(), Model()])))
        #expect(StreamingJSON.encode([[1, 2], [Int]()]) == "[[1,2],[]]")
        for number in [0.0, -0.0, 1, 0.5, -2.5e-7, 1e20, 123_456_789.125, 0.1, .greatestFiniteMagnitude] {
            #expect(StreamingJSON.encode([number]) == (try Self.encoderText([number])))
        }
    }

    /// `.sortedKeys` orders by UTF-8 bytes, which differs from `String <` for text not in NFC
    /// (`e` + combining accent): either way, the bytes must be JSONEncoder's.
    @Test func keyOrderIsJSONEncodersForDecomposedText() throws {
        for keys in [["e\u{301}", "f"], ["f", "e\u{301}"], ["\u{E9}", "e\u{301}"], ["Z", "a", "\u{E9}"]] {
            let value = AwkwardKeys(keys: keys)
            if let streamed = StreamingJSON.encode(value) {
                #expect(streamed == (try Self.encoderText(value)), "\(keys)")
            }
        }
    }

    /// A value that asks for a single-value container and writes nothing: `{}` nested, as JSONEncoder.
    @Test func aSingleValueContainerLeftEmptyIsAnEmptyObject() throws {
        struct Empty: Encodable {
            func encode(to encoder: any Encoder) throws { _ = encoder.singleValueContainer() }
        }
        #expect(StreamingJSON.encode([Empty()]) == (try Self.encoderText([Empty()])))
        #expect(StreamingJSON.encode(Empty()) == nil, "JSONEncoder throws for it at the top level")
    }

    /// An `encode(to:)` that swallows an error with `try?` must not leave a half-written member.
    @Test func anErrorSwallowedInsideEncodeLeavesNoHalfWrittenMember() throws {
        struct Swallowing: Encodable {
            enum Key: CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try? container.encode(Double.infinity, forKey: .a)
                try container.encode(1, forKey: .b)
            }
        }
        #expect(StreamingJSON.encode(Swallowing()) == nil)
        #expect(try Self.encoderText(Swallowing()) == #"{"b":1}"#)
    }

    /// Free-form objects write their members in key order, so they stream too.
    @Test func freeFormObjectsStreamInOnePass() throws {
        let value = JSONValue.object(["b": .int(1), "B": .null, "a10": .array([.object(["z": .bool(true), "y": .string("é")])]), "a2": .number(0.5)])
        let streamed = try #require(StreamingJSON.encode(value))
        #expect(streamed == (try Self.encoderText(value)))
    }

    /// Where streaming could differ from JSONEncoder it steps aside, and `JSONResponse` uses the encoder.
    @Test func everythingElseIsLeftToJSONEncoder() {
        #expect(StreamingJSON.encode(AwkwardKeys(keys: ["b", "a"])) == nil, "keys out of order, as a dictionary's may be")
        #expect(StreamingJSON.encode(AwkwardKeys(keys: ["a", "a"])) == nil, "a key written twice")
        #expect(StreamingJSON.encode(Nothing()) == nil, "JSONEncoder throws for a top-level value that writes nothing")
        #expect(StreamingJSON.encode([Data([1, 2])]) == nil)
        #expect(StreamingJSON.encode([Decimal(1.5)]) == nil)
        #expect(StreamingJSON.encode([Float(0.5)]) == nil)
        #expect(StreamingJSON.encode([Double.infinity]) == nil)
        struct Nested: Encodable {
            enum Key: CodingKey { case inner, value }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                var inner = container.nestedContainer(keyedBy: Key.self, forKey: .inner)
                try inner.encode(1, forKey: .value)
            }
        }
        #expect(StreamingJSON.encode(Nested()) == nil)
    }
}
