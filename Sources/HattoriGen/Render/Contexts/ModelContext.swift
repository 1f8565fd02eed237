import JSONEscaping

extension ContextValues {
    /// `models.mustache`, one schema: `typeName`, `doc`, `isEnum` with `cases` (an enum schema), or
    /// `fields`, `enums` (the fields' inline enums) and `hasFields`; `allConstraints` (each
    /// constrained field's `constraints`) and `hasConstraints`; `isStruct` for an object schema;
    /// `isUnion` with `members` (`caseName` escaped, `type`, `tagLiteral`: its discriminator value,
    /// or its schema's name) and `hasDiscriminator` (`discriminatorLiteral`, `discriminatorText`);
    /// `encodesWithOptions` (written through `FieldEncoder`) and `tracksUnset` (remembers the fields
    /// it was not given), each field with its `index`; `writtenFields` (see `writtenFields`).
    static func model(_ schema: ResolvedSchema) -> TemplateContext {
        let fields = schema.fields.enumerated().map { index, resolved in field(resolved).merging(["index": "\(index)"]) { $1 } }
        return [
            "typeName": schema.typeName,
            "doc": doc([schema.description]),
            "isEnum": schema.enumType != nil,
            "isUnion": schema.union != nil,
            "isStruct": schema.enumType == nil && schema.union == nil,
            "members": schema.union?.members.map { member in
                ["caseName": SwiftName.escaped(member.caseName), "type": member.type.text,
                 "tagLiteral": SwiftLiteral.string(member.tag ?? member.specName)] as TemplateContext
            } ?? [],
            "hasDiscriminator": schema.union?.discriminator != nil,
            "discriminatorLiteral": SwiftLiteral.string(schema.union?.discriminator ?? ""),
            "discriminatorText": SwiftLiteral.docLines([schema.union?.discriminator]).joined(separator: " ").replacingOccurrences(of: "`", with: "'"),
            "cases": schema.enumType.map(cases) ?? [],
            "fields": fields,
            "enums": schema.fields.compactMap { field in field.enumType.map { enumeration($0, doc: field.description) } },
            "hasFields": !schema.fields.isEmpty,
            "allConstraints": schema.fields.flatMap(constraints),
            "hasConstraints": schema.fields.contains { $0.constraints != nil },
            "encodesWithOptions": schema.encodesWithOptions,
            "tracksUnset": schema.tracksUnset,
            "writtenFields": writtenFields(schema),
        ]
    }

    /// The fields as `writeJSON` writes them: in the order `JSONEncoder`'s `.sortedKeys` gives
    /// their keys (by UTF-8 bytes), each a field's context (see `field`) with `jsonKeyLiteral`, the JSON text
    /// before its value (`,"name":`; no comma for the first). The key is what `encode(to:)` writes
    /// without options: the alias or the name, or through `FieldEncoder` the name.
    static func writtenFields(_ schema: ResolvedSchema) -> [TemplateContext] {
        let keyed = schema.fields.map { field in (field, schema.encodesWithOptions ? field.specName : field.alias ?? field.specName) }
        return keyed.sorted { $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) }.enumerated().map { index, entry in
            field(entry.0).merging(["jsonKeyLiteral": SwiftLiteral.string((index == 0 ? "" : ",") + JSONText.string(entry.1) + ":")]) { $1 }
        }
    }
}
