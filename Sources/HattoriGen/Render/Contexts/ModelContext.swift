import JSONEscaping

extension ContextValues {
    /// `models.mustache`, one schema: `typeName`, `doc`, `isEnum` with `cases` (an enum schema), or
    /// `fields`, `encodedFields` (the fields in the order `.sortedKeys` writes their keys: the
    /// runtime then writes a model's JSON as it encodes), `enums` (the fields' inline enums) and
    /// `hasFields`.
    static func model(_ schema: ResolvedSchema) -> TemplateContext {
        let fields = schema.fields.map(field)
        return [
            "typeName": schema.typeName,
            "doc": doc([schema.description]),
            "isEnum": schema.enumType != nil,
            "cases": schema.enumType.map(cases) ?? [],
            "fields": fields,
            "encodedFields": zip(schema.fields, fields).sorted { JSONText.sortsBefore($0.0.specName, $1.0.specName) }.map(\.1),
            "enums": schema.fields.compactMap { field in field.enumType.map { enumeration($0, doc: field.description) } },
            "hasFields": !schema.fields.isEmpty,
        ]
    }
}
