extension ContextValues {
    /// `models.mustache`, one schema: `typeName`, `doc`, `isEnum` with `cases` (an enum schema), or
    /// `fields`, `enums` (the fields' inline enums) and `hasFields`; `allConstraints` (each
    /// constrained field's `constraints`) and `hasConstraints`.
    static func model(_ schema: ResolvedSchema) -> TemplateContext {
        let fields = schema.fields.map(field)
        return [
            "typeName": schema.typeName,
            "doc": doc([schema.description]),
            "isEnum": schema.enumType != nil,
            "cases": schema.enumType.map(cases) ?? [],
            "fields": fields,
            "enums": schema.fields.compactMap { field in field.enumType.map { enumeration($0, doc: field.description) } },
            "hasFields": !schema.fields.isEmpty,
            "allConstraints": schema.fields.flatMap(constraints),
            "hasConstraints": schema.fields.contains { $0.constraints != nil },
        ]
    }
}
