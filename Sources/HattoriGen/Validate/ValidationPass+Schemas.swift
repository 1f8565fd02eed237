/// Schemas: reserved names, aliases, enums and unions.
extension ValidationPass {
    func checkSchema(_ schema: SchemaSpec) {
        if ComponentNames.builtIn.contains(schema.name.value) {
            error("the schema name '\(schema.name.value)' is reserved for the OpenAPI document's built-in component", at: schema.name.location,
                  hint: "rename it; gen documents auth errors and 422s with its own '\(schema.name.value)'")
        }
        checkFields(schema.fields, owner: "schema '\(schema.name.value)'")
        checkAliases(schema.fields, owner: "schema '\(schema.name.value)'", schema: schema.name.value)
        let aliasForm = ComponentNames.aliasForm(schema.name.value)
        if schemaNames.contains(aliasForm), holdsAliases(schema.name.value) {
            error("schema '\(schema.name.value)' holds fields with aliases, so the document also describes it as '\(aliasForm)', the name of another schema",
                  at: schema.name.location, hint: "rename '\(aliasForm)'")
        }
        if let values = schema.enumValues { checkDuplicates(values, what: "value", of: "enum '\(schema.name.value)'") }
        if let union = schema.union { checkUnion(union, of: schema) }
    }

    /// Whether schema `name`, or a model it holds, has a field with an alias.
    func holdsAliases(_ name: String) -> Bool {
        var seen: Set<String> = []
        func holds(_ type: TypeSpec) -> Bool {
            switch type {
            case .primitive: return false
            case .array(let element): return holds(element)
            case .map(let value): return holds(value)
            case .named(let name):
                guard seen.insert(name).inserted, let schema = spec.schemas.first(where: { $0.name.value == name }) else { return false }
                return schema.fields.contains { $0.alias != nil || holds($0.type.value) }
                    || (schema.union?.members ?? []).contains { holds(.named($0.value)) }
            }
        }
        return holds(.named(name))
    }

    /// A union's members are object schemas, two or more, each once; with a discriminator, each
    /// member holds it as a required one-value enum (pydantic's `Literal`), and no two the same value.
    func checkUnion(_ union: UnionSpec, of schema: SchemaSpec) {
        let what = "union '\(schema.name.value)'"
        checkDuplicates(union.members, what: "member", of: what)
        if union.members.count < 2 {
            error("\(what) has \(union.members.count) member; a union needs two or more", at: schema.name.location,
                  hint: "use the member's schema itself where there is one")
        }
        var tags: [String: String] = [:]
        for member in union.members {
            guard let target = spec.schemas.first(where: { $0.name.value == member.value }) else {
                if !spec.unloadedNames.contains(member.value) {
                    error("unknown schema '\(member.value)' in \(what)", at: member.location,
                          hint: Suggestions.didYouMean(member.value, in: schemaNames) ?? "declare it under 'schemas:'")
                }
                continue
            }
            guard target.enumValues == nil, target.union == nil else {
                error("'\(member.value)' cannot be a member of \(what): members are object schemas (with 'fields')", at: member.location)
                continue
            }
            guard let discriminator = union.discriminator else { continue }
            guard let field = target.fields.first(where: { $0.name.value == discriminator.value }), let values = field.enumValues,
                  values.count == 1, !field.optional, field.defaultValue == nil
            else {
                error("member '\(member.value)' of \(what) has no required field '\(discriminator.value)' with one value",
                      at: member.location,
                      hint: "give '\(member.value)' the field '\(discriminator.value): {enum: [\(member.value.lowercased())]}' (pydantic's Literal)")
                continue
            }
            if let other = tags[values[0].value] {
                error("members '\(other)' and '\(member.value)' of \(what) both have '\(discriminator.value)' '\(values[0].value)'",
                      at: values[0].location, hint: "each member's value tells it apart: make them differ")
            }
            tags[values[0].value] = member.value
        }
    }
}
