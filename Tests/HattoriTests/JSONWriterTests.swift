import Foundation
import HTTPTypes
@_spi(Generated) import Hattori
import Hummingbird
import HummingbirdTesting
import Testing

/// What the writer writes must be what `HattoriJSON.encoder` encodes, byte for byte: clients see
/// one or the other depending on the body's type.
@Suite("JSONWriter: the bytes JSONEncoder writes, without it")
struct JSONWriterTests {
    private enum Size: String, StringEnum, JSONWritable {
        case small, large = "XL"
        static var expectation: Hattori.Expectation { .string }
    }

    private func expectSameBytes<Value: JSONWritable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let encoded = try HattoriJSON.encoder.encode(value)
        let written = try JSONWriter.bytes(of: value)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self), sourceLocation: sourceLocation)
        #expect(written == Array(encoded), sourceLocation: sourceLocation)
    }

    @Test(arguments: ["", "plain", "a/b", "quote \" and \\ backslash", "\n\r\t\u{08}\u{0C}", "\u{00}\u{01}\u{1F}\u{7F}",
                      "é, 日本, 🦊", "\u{2028}\u{2029}", "e\u{301}", "</script>"])
    func strings(_ text: String) throws {
        try expectSameBytes(text)
    }

    @Test func integersAndBooleans() throws {
        for number in [0, 1, -1, 42, Int.max, Int.min] { try expectSameBytes(number) }
        try expectSameBytes(true)
        try expectSameBytes(false)
    }

    @Test func doublesAsTheirShortestTextWithoutDotZero() throws {
        for number in [0.0, -0.0, 1.0, 0.1, 100.125, -2.5, 1e15, 1e16, 1e21, 9_007_199_254_740_992, 9_007_199_254_740_994,
                       1.25e16, 0.0001, 0.0000125, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude] {
            try expectSameBytes(number)
        }
    }

    /// JSON has no NaN or infinity: both refuse the whole body.
    @Test func numbersJSONCannotHoldAreRefusedByBoth() {
        for number in [Double.nan, Double.infinity, -Double.infinity] {
            #expect(throws: (any Error).self) { try HattoriJSON.encoder.encode(number) }
            #expect(throws: JSONWriter.Failure.self) { try JSONWriter.bytes(of: number) }
            #expect(throws: JSONWriter.Failure.self) { try JSONWriter.bytes(of: [1.0, number]) }
        }
    }

    @Test func valuesOfTheOtherFieldTypes() throws {
        try expectSameBytes(Date(timeIntervalSince1970: 0))
        try expectSameBytes(Date(timeIntervalSince1970: 1_706_702_400.125))
        try expectSameBytes(UUID(uuidString: "3f2504e0-4f89-11d3-9a0c-0305e82c3301")!)
        try expectSameBytes(URL(string: "https://example.org/a b?q=1#f")!)
        try expectSameBytes(Data([0, 1, 2, 250, 255]))
        try expectSameBytes(CalendarDate(year: 2024, month: 2, day: 29)!)
        try expectSameBytes(EmailAddress(rawValue: "al@example.org")!)
        try expectSameBytes(Size.small)
        try expectSameBytes(Size.large)
    }

    @Test func optionalsArraysAndMaps() throws {
        try expectSameBytes(String?.none)
        try expectSameBytes(Int?.some(3))
        try expectSameBytes([Int]())
        try expectSameBytes(["a", nil, "c"] as [String?])
        try expectSameBytes([[Double]]([[1, 2.5], [], [-0.0]]))
        try expectSameBytes([String: Int]())
        // Keys in the order of their UTF-8 bytes: upper case, `_`, lower case; `10` before `9`;
        // a prefix first; a decomposed accent (U+0301) after its base letter's run.
        try expectSameBytes(["b": 1, "B": 2, "_": 3, "a": 4, "ab": 5, "10": 6, "9": 7, "é": 8, "e\u{301}x": 9, "Z": 10, "": 11])
        try expectSameBytes(["outer": ["z": [1, 2], "a": []]])
    }

    @Test func anyValue() throws {
        let value: JSONValue = .object([
            "null": .null, "flag": .bool(true), "count": .int(-7), "ratio": .number(0.5), "whole": .number(3),
            "text": .string("a/\"b\""), "list": .array([.int(1), .object([:]), .array([])]),
        ])
        try expectSameBytes(value)
    }

    /// `JSONEncoder` refuses a value nested 512 deep; so does the writer, and at the same depth.
    @Test func nestingStopsWhereTheEncoderStops() throws {
        func nested(_ depth: Int) -> JSONValue {
            (1..<depth).reduce(JSONValue.array([])) { inner, _ in .array([inner]) }
        }
        try expectSameBytes(nested(511))
        #expect(throws: (any Error).self) { try HattoriJSON.encoder.encode(nested(512)) }
        #expect(throws: JSONWriter.Failure.self) { try JSONWriter.bytes(of: nested(512)) }
    }

    /// A generated route answers a writable body with the response the encoder gives: status,
    /// headers in their order, body.
    @Test func aResponseIsTheEncodersResponse() async throws {
        let body = ["b": [1.5], "a": [2]]
        let headers: HTTPFields = [HTTPField.Name("X-Total")!: "2"]
        let router = Router(context: BasicHattoriRequestContext.self)
        router.get("/written") { request, context in
            JSONResponse.make(status: .created, body: body, mediaType: "application/problem+json", headers: headers,
                              from: request, context: context)
        }
        router.get("/encoded") { request, context in
            JSONResponse.make(status: .created, body: EncodedOnly(value: body), mediaType: "application/problem+json",
                              headers: headers, from: request, context: context)
        }
        let app = Application(router: router)
        let (written, encoded) = try await app.test(.router) { client in
            func answer(_ path: String) async throws -> String {
                try await client.execute(uri: path, method: .get) { response in
                    "\(response.status.code) \(response.headers.map { "\($0.name)=\($0.value)" }) \(String(buffer: response.body))"
                }
            }
            return (try await answer("/written"), try await answer("/encoded"))
        }
        #expect(written == encoded)
        #expect(written.hasSuffix(#"{"a":[2],"b":[1.5]}"#))
    }
}

/// A body only `Encodable`: the encoder's path.
private struct EncodedOnly<Value: Encodable & Sendable>: Encodable, Sendable {
    var value: Value
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
