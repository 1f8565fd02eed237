import FieldConstraints
import OpenAPIKit

/// JSON Schemas for the spec's types, schemas and fields.
struct SchemaBuilder {
    let api: ResolvedAPI
    /// Spec schema name → component name.
    let componentNames: [String: String]
    /// The schemas that hold an alias, in their fields or those of a model they hold: documented in
    /// two forms (`WireForm`).
    let aliased: Set<String>

    init(api: ResolvedAPI) {
        self.api = api
        componentNames = Dictionary(uniqueKeysWithValues: api.schemas.map {
            ($0.specName, ComponentNames.name(specName: $0.specName, typeName: $0.typeName))
        })
        aliased = Set(api.schemas.filter(\.containsAliases).map(\.specName))
    }

    /// The component of schema `name` in `form`.
    func componentName(_ name: String, form: WireForm) -> String {
        let component = componentNames[name] ?? name
        return form == .byAlias && aliased.contains(name) ? ComponentNames.aliasForm(component) : component
    }

    func reference(_ component: String, required: Bool = true) -> JSONSchema {
        .reference(.component(named: component), required: required)
    }

    /// The schema of a type expression, its models in `form`.
    func schema(_ type: TypeSpec, required: Bool = true, description: String? = nil, form: WireForm = .byName) -> JSONSchema {
        switch type {
        case .primitive(.string): return .string(required: required, description: description)
        // Swift's Int and Double: schemathesis and other clients then stay within what the server reads.
        case .primitive(.int): return .integer(format: .int64, required: required, description: description)
        case .primitive(.number): return .number(format: .double, required: required, description: description)
        case .primitive(.bool): return .boolean(required: required, description: description)
        case .primitive(.dateTime): return .string(format: .dateTime, required: required, description: description)
        case .primitive(.uuid): return .string(format: .uuid, required: required, description: description)
        case .primitive(.date): return .string(format: .date, required: required, description: description)
        case .primitive(.email): return .string(format: .email, required: required, description: description)
        // pydantic's AnyUrl: `format: uri` and at least one character.
        case .primitive(.url): return .string(format: .uri, required: required, description: description, minLength: 1)
        case .primitive(.any): return .fragment(required: required, description: description)
        // OpenAPI 3.1 also allows `contentMediaType`; `format: binary` is what Swagger UI and schemathesis read.
        case .primitive(.file): return .string(format: .other("binary"), required: required, description: description)
        case .named(let name): return .reference(.component(named: componentName(name, form: form)), required: required, description: description)
        case .array(let element): return .array(required: required, description: description, items: schema(element, form: form))
        case .map(let value): return .object(required: required, description: description, additionalProperties: .b(schema(value, form: form)))
        }
    }

    /// A field's schema: its type, enum values, default and description. Optional fields of JSON
    /// bodies may be null; optional parameters and form fields are only left out (text has no null).
    func schema(_ field: ResolvedField, inJSON: Bool = true, form: WireForm = .byName) -> JSONSchema {
        // `any` already admits null: a nullable `{}` would be `{"type": "null"}`, null only.
        let nullable = inJSON && field.isOptional && field.type != .primitive(.any)
        // Optional fields are answered as `null` when absent (as Django Ninja does), and written as
        // pydantic writes `Optional[T]`: `anyOf: [T, null]`, the description outside. (`type:
        // [string, "null"]` with an `enum` would refuse null, and schemathesis ignores its `format`.)
        let description = nullable ? nil : field.description
        var base: JSONSchema
        if let values = field.enumType, case .primitive = field.type {
            base = .string(required: !field.isOptional, description: description,
                           allowedValues: values.cases.map { AnyCodable($0.rawValue) }, defaultValue: defaultValue(field))
        } else if let values = field.enumType, case .array(.primitive(.string)) = field.type {
            base = .array(required: !field.isOptional, description: description,
                          items: .string(allowedValues: values.cases.map { AnyCodable($0.rawValue) }), defaultValue: defaultValue(field))
        } else {
            base = schema(field.type, required: !field.isOptional, description: description, form: form)
            if let value = defaultValue(field) { base = base.with(defaultValue: value) }
        }
        if let constraints = field.constraints { base = base.constrained(by: constraints) }
        guard nullable else { return base }
        return .any(of: [base.requiredSchemaObject(), .null()],
                    core: JSONSchema.CoreContext<JSONTypeFormat.AnyFormat>(required: false, description: field.description))
    }

    func defaultValue(_ field: ResolvedField) -> AnyCodable? {
        switch field.specDefault {
        case .string(let text): return AnyCodable(text)
        case .int(let number): return AnyCodable(number)
        case .number(let number): return AnyCodable(number)
        case .bool(let flag): return AnyCodable(flag)
        case .emptyArray: return AnyCodable([AnyCodable]())
        case nil: return nil
        }
    }

    /// The component of one spec schema, in `form`.
    func component(_ schema: ResolvedSchema, form: WireForm = .byName) -> JSONSchema {
        if let values = schema.enumType {
            return .string(description: schema.description, allowedValues: values.cases.map { AnyCodable($0.rawValue) })
        }
        var properties = OrderedDictionary<String, JSONSchema>()
        for field in schema.fields {
            properties[form == .byAlias ? field.alias ?? field.specName : field.specName] =
                self.schema(field, form: form).with(required: field.isRequired)
        }
        return .object(description: schema.description, properties: properties)
    }

    /// Form fields as the schema of an `application/x-www-form-urlencoded` body.
    func formSchema(_ fields: [ResolvedField]) -> JSONSchema {
        var properties = OrderedDictionary<String, JSONSchema>()
        for field in fields { properties[field.specName] = schema(field, inJSON: false).with(required: field.isRequired) }
        return .object(properties: properties)
    }
}

extension JSONSchema {
    /// This schema with a field's constraints: `minimum`/`exclusiveMinimum` (the stricter of `ge`
    /// and `gt`), `maximum`/`exclusiveMaximum`, `multipleOf`, `minLength`, `maxLength`, `pattern`,
    /// `minItems`, `maxItems`.
    func constrained(by constraints: Constraints) -> JSONSchema {
        // Of two lower (upper) bounds, the one that admits less; an exclusive one wins a tie.
        func bound(_ exclusive: Constraints.Limit?, _ inclusive: Constraints.Limit?, lower: Bool) -> (Constraints.Limit, exclusive: Bool)? {
            switch (exclusive, inclusive) {
            case let (exclusive?, inclusive?):
                let exclusiveWins = lower ? exclusive.doubleValue >= inclusive.doubleValue : exclusive.doubleValue <= inclusive.doubleValue
                return exclusiveWins ? (exclusive, true) : (inclusive, false)
            case let (exclusive?, nil): return (exclusive, true)
            case let (nil, inclusive?): return (inclusive, false)
            case (nil, nil): return nil
            }
        }
        let minimum = bound(constraints.gt, constraints.ge, lower: true)
        let maximum = bound(constraints.lt, constraints.le, lower: false)
        func integer(_ limit: Constraints.Limit) -> Int {
            if case .int(let value) = limit { return value }
            return Int(limit.doubleValue)  // gen allows only whole bounds on int fields
        }
        switch value {
        case .integer(let core, _):
            return .integer(core, IntegerContext(multipleOf: constraints.multipleOf.map(integer),
                                                  maximum: maximum.map { (integer($0.0), exclusive: $0.exclusive) },
                                                  minimum: minimum.map { (integer($0.0), exclusive: $0.exclusive) }))
        case .number(let core, _):
            return .number(core, NumericContext(multipleOf: constraints.multipleOf?.doubleValue,
                                                maximum: maximum.map { ($0.0.doubleValue, exclusive: $0.exclusive) },
                                                minimum: minimum.map { ($0.0.doubleValue, exclusive: $0.exclusive) }))
        case .string(let core, let context):
            return .string(core, StringContext(maxLength: constraints.maxLength, minLength: constraints.minLength,
                                               pattern: constraints.pattern?.source,
                                               contentMediaType: context.contentMediaType, contentEncoding: context.contentEncoding))
        case .array(let core, let context):
            return .array(core, ArrayContext(items: context.items, maxItems: constraints.maxLength, minItems: constraints.minLength,
                                             prefixItems: context.prefixItems, uniqueItems: context.uniqueItems ? true : nil))
        default:
            return self
        }
    }

    /// This schema with `required` set as given (OpenAPIKit keeps `required` on each property).
    func with(required: Bool) -> JSONSchema {
        required ? requiredSchemaObject() : optionalSchemaObject()
    }
}
