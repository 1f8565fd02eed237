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
}
