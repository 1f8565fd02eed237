import Testing
@testable import HattoriGen

@Suite("Resolve: which model fields are stored indirectly")
struct ModelStorageTests {
    func indirectFields(_ schemas: String) throws -> [String: [String]] {
        let api = try resolve(spec(schemas))
        var result: [String: [String]] = [:]
        for schema in api.schemas {
            let names = schema.fields.filter(\.isIndirect).map(\.specName)
            if !names.isEmpty { result[schema.specName] = names }
        }
        return result
    }

    @Test func aSchemaThatContainsItselfIsBoxedOnlyWhereTheCycleCloses() throws {
        let boxed = try indirectFields("""
            schemas:
              Comment:
                fields: {text: string, parent: Comment?, thread: Thread?, replies: "[Comment]"}
              Thread:
                fields: {first: Comment}
            """)
        // The edge that closes each cycle is boxed; `replies` is an array, already on the heap.
        #expect(boxed == ["Comment": ["parent"], "Thread": ["first"]])
    }

    @Test func shallowNestingStaysInline() throws {
        let boxed = try indirectFields("""
            schemas:
              Status: {enum: [a, b]}
              Owner: {fields: {name: string}}
              Pet: {fields: {owner: Owner, status: Status}}
              Shop: {fields: {star: Pet?, pets: "[Pet]"}}
            """)
        #expect(boxed.isEmpty)
    }

    @Test func aLongChainIsCutEveryFewLevels() throws {
        let chain = (0..<7).map { index in
            index == 0 ? "  Level0: {fields: {name: string}}" : "  Level\(index): {fields: {name: string, below: Level\(index - 1)?}}"
        }
        let boxed = try indirectFields("schemas:\n" + chain.joined(separator: "\n"))
        // No struct holds more than `maxInlineDepth` levels of models inline.
        #expect(boxed == ["Level3": ["below"], "Level6": ["below"]])
        #expect(ModelStorage.maxInlineDepth == 3)
    }

    @Test func boxedFieldsRenderWithThePropertyWrapper() throws {
        let api = try resolve(spec("""
            schemas:
              Node: {fields: {next: Node?, value: int}}
            """))
        let renderer = Renderer(templates: try TemplateSet.standard(),
                                runtime: .path("../.."), specFileName: "api.yaml")
        let models = try #require(try renderer.render(api) { () throws(GenerationError) in try OpenAPIStage.document(api) }.files.first { $0.path.hasSuffix("API/Models/Node.model.swift") })
        let properties = models.contents.split(separator: "\n").filter { $0.contains("public var ") }
        #expect(properties == ["    @Hattori.Indirect public var next: Node?", "    public var value: Swift.Int"])
    }
}
