/// Decides which model-typed fields a generated struct stores behind `@Hattori.Indirect`.
///
/// Swift stores a struct field inline. A schema that contains itself, directly or through other
/// schemas, would not compile; and a chain of schemas each nesting the next makes every struct as
/// big as the chain below it, with copy code (value witnesses) the compiler emits for each level:
/// measured, 60 schemas nested one in the next took 200 s and 7.7 GB to compile in debug. So a
/// field is boxed when it closes a cycle or when the schema it holds already nests
/// `maxInlineDepth` levels inline. Arrays and maps are heap storage already and never need a box.
struct ModelStorage {
    static let maxInlineDepth = 3

    /// `schema name → names of its fields stored indirectly`.
    private(set) var indirectFields: [String: Set<String>] = [:]

    init(schemas: [SchemaSpec]) {
        let objects = Dictionary(schemas.filter { $0.enumValues == nil }.map { ($0.name.value, $0) },
                                 uniquingKeysWith: { first, _ in first })
        var depth: [String: Int] = [:]
        var visiting: Set<String> = []

        // Depth-first over the inline references; an edge back to a schema still being visited
        // closes a cycle. Schemas are visited in spec order, so the result is deterministic.
        func inlineDepth(of name: String) -> Int {
            if let known = depth[name] { return known }
            guard let schema = objects[name] else { return 0 }
            visiting.insert(name)
            var deepest = 0
            for field in schema.fields {
                guard case .named(let target) = field.type.value, objects[target] != nil else { continue }
                if visiting.contains(target) {
                    indirectFields[name, default: []].insert(field.name.value)
                    continue
                }
                let below = inlineDepth(of: target)
                if below >= Self.maxInlineDepth {
                    indirectFields[name, default: []].insert(field.name.value)
                } else {
                    deepest = max(deepest, below)
                }
            }
            visiting.remove(name)
            depth[name] = deepest + 1
            return deepest + 1
        }
        for schema in schemas where schema.enumValues == nil { _ = inlineDepth(of: schema.name.value) }
    }

    func isIndirect(field: String, of schema: String) -> Bool {
        indirectFields[schema]?.contains(field) ?? false
    }
}
