import Foundation
import Testing
@testable import HattoriGen

/// docs/spec.schema.json gives editors completion and errors; it must accept exactly the keys gen reads.
@Suite("docs/spec.schema.json agrees with the loader")
struct SpecSchemaTests {
    let schema: [String: Any]

    init() throws {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("docs/spec.schema.json"))
        schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func keys(_ path: [String]) -> [String] {
        var node: Any? = schema
        for key in path { node = (node as? [String: Any])?[key] }
        return ((node as? [String: Any])?["properties"] as? [String: Any])?.keys.sorted() ?? []
    }

    func objectVariantKeys(_ definition: String) -> [String] {
        let variants = ((schema["definitions"] as? [String: Any])?[definition] as? [String: Any])?["anyOf"] as? [[String: Any]]
        return (variants?.compactMap { $0["properties"] as? [String: Any] }.first?.keys.sorted()) ?? []
    }

    @Test func everyMappingHasTheLoadersKeys() {
        #expect(keys([]) == SpecKeys.api.sorted())
        #expect(keys(["definitions", "schema"]) == SpecKeys.schema.sorted())
        #expect(keys(["definitions", "scheme"]) == SpecKeys.scheme.sorted())
        #expect(keys(["definitions", "exception"]) == SpecKeys.exception.sorted())
        #expect(keys(["definitions", "operation"]) == SpecKeys.operation.sorted())
        #expect(keys(["definitions", "router"]) == SpecKeys.router.sorted())
        #expect(objectVariantKeys("field") == SpecKeys.field.sorted())
        #expect(objectVariantKeys("parameter") == SpecKeys.parameter.sorted())
    }

    @Test func everySchemeKindSpellingIsListed() {
        let kind = (((schema["definitions"] as? [String: Any])?["scheme"] as? [String: Any])?["properties"] as? [String: Any])?["kind"]
        let listed = ((kind as? [String: Any])?["enum"] as? [String])?.sorted()
        #expect(listed == SchemeKindSpelling.spellings.keys.sorted())
    }
}
