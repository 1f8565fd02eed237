import Foundation
import OpenAPIKit
import Testing
import Yams
@testable import HattoriGen

/// gen writes the OpenAPI document through its own tree encoder; these hold it to the bytes
/// Foundation's `JSONEncoder` writes, and its YAML to the same content.
@Suite("OpenAPI: the document tree writes what JSONEncoder writes")
struct DocumentTreeTests {
    static func encoderJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Shapes the OpenAPI document does not always reach: empty containers, doubles, every
    /// integer width, URLs, optional and escaped text, keys in an awkward order, nesting both ways.
    struct Everything: Encodable {
        struct Inner: Encodable { var name = "in \"quotes\" / \\ \n"; var list: [Int8] = [1, -2] }
        var emptyObject: [String: Int] = [:]
        var emptyList: [String] = []
        var doubles: [Double] = [1, 0.5, -2.5e-7, 1e20, 123_456_789.125, 0.1]
        var float: Float = 0.25
        var integers: [String: Int64] = ["b": .max, "B": .min, "a10": 0, "a2": -1, "_x": 3, "é": 4, "200": 5]
        var unsigned: UInt64 = .max
        var url = URL(string: "https://example.com/a/b?c=d")!
        var present: String? = "here"
        var absent: String? = nil
        var flags = [true, false]
        var nested: [[Inner]] = [[Inner()], []]
        var optionalList: [Int?] = [1, nil]
    }

    @Test func valuesOfEveryKindMatchTheEncoder() throws {
        let value = Everything()
        #expect(PrettyJSON.text(try DocumentTreeEncoder.tree(value)) == (try Self.encoderJSON(value)))
    }

    @Test func nonFiniteNumbersAreAnErrorNamingWhere() {
        struct Bad: Encodable { var limits: [String: Double] = ["max": .infinity] }
        #expect {
            _ = try DocumentTreeEncoder.tree(Bad())
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["limits", "max"]
        }
    }

    @Test(arguments: ["Petstore", "AuthGuide", "GlobalAuth", "HostileNames"])
    func sampleDocumentsMatchTheEncoderAndTheirYAMLSaysTheSame(sample: String) throws {
        let spec = repositoryRoot.appendingPathComponent("Samples/\(sample)/api.yaml")
        let api = try Generator(options: .init(spec: spec)).loadAndResolve()
        let document = OpenAPIBuilder(api: api).document()
        let (json, yaml) = try OpenAPIEncoding.encodeBoth(document)
        #expect(json == (try Self.encoderJSON(document)))
        let fromJSON = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        let fromYAML = try Yams.load(yaml: yaml) as? [String: Any]
        #expect(fromJSON == fromYAML.map { NSDictionary(dictionary: $0) })
    }

    /// Strings a plain YAML scalar would turn into something else, or that YAML must escape.
    static let awkwardStrings = [
        "", " lead", "trail ", "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "Null", "~",
        "12", "-3", "+4", "0x1F", "0o17", "1_000", "1:20", "1e+20", ".5", ".inf", "-.inf", ".NaN",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<", "=", "a: b", "a #b", "a:", "key:value",
        "- item", "? key", "[x]", "{x}", "#comment", "&anchor", "*alias", "!tag", "|", ">", "'single'",
        "\"double\"", "%directive", "@at", "`tick`", "---", "...", "tab\there", "line\nbreak", "cr\r",
        "back\\slash", "nel\u{85}", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "del\u{7F}", "c1\u{9B}",
        "bell\u{07}", "é accent", "emoji 🦫", "/api/items/{id}", "$ref", "#/components/schemas/X",
        "trailing colon:", "mid: colon", String(repeating: "k", count: 1_100), "3.1.0", "1.0.0", "1..2", "1.2.",
        "1.2", "1.2.3e5", "10:20.5", "2001-12-14.1",
    ]

    @Test func yamlReadsBackAsTheJSONForAwkwardStringsAndShapes() throws {
        struct Shapes: Encodable {
            var values = DocumentTreeTests.awkwardStrings
            var keys = Dictionary(uniqueKeysWithValues: DocumentTreeTests.awkwardStrings.enumerated().map { ($0.element, $0.offset) })
            var nestedLists: [[[Int]]] = [[[1, 2], []], [], [[3]]]
            var objectsInLists: [[String: [String: [Int]]]] = [["a": ["b": [1], "c": []]], [:]]
            var longKeyed = [String(repeating: "p", count: 1_100): [["q": [1, 2]]]]
            var numbers: [Double] = [1, 0.5, -2.5e-7, 1e20, 1e-20]
            var nothing: String? = nil
            // Not UInt64.max: a YAML reader takes integers beyond Int for strings.
            var integers: [String: Int64] = Everything().integers
            var optionalList: [Int?] = [1, nil]
        }
        let tree = try DocumentTreeEncoder.tree(Shapes())
        let fromJSON = try JSONSerialization.jsonObject(with: Data(PrettyJSON.text(tree).utf8)) as? NSDictionary
        let fromYAML = try Yams.load(yaml: BlockYAML.text(tree)) as? [String: Any]
        #expect(fromJSON == fromYAML.map { NSDictionary(dictionary: $0) })
    }

    @Test func plainScalarsOnlyWhereAReaderKeepsThemStrings() throws {
        for text in Self.awkwardStrings where BlockYAML.isSafePlain(text) {
            #expect(try Yams.load(yaml: "value: \(text)") as? [String: String] == ["value": text], "\(text)")
        }
        #expect(BlockYAML.text(try DocumentTreeEncoder.tree(["path": "/api/items/{id}", "ref": "#/x", "version": "3.1.0"])) == """
            path: /api/items/{id}
            ref: "#/x"
            version: 3.1.0

            """)
    }

    /// Strict YAML 1.1 readers (PyYAML) want a dot and a signed exponent in a float.
    @Test func exponentsAreWrittenTheWayEveryYAMLReaderTakesForFloats() {
        #expect(["1e+20", "-1e-20", "2.5e-07", "12", "-0.5"].map(BlockYAML.yamlNumber)
            == ["1.0e+20", "-1.0e-20", "2.5e-07", "12", "-0.5"])
    }
}
