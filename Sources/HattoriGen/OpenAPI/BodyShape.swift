/// What a JSON body the server sends can look like: enough to tell two documented bodies that
/// are the same apart from two that differ (whatever their names and descriptions), and to decide
/// whether one body could validate against two alternatives of a `oneOf`.
indirect enum BodyShape: Hashable {
    case any
    /// A string; `format` as the document gives it (`date-time`, `uuid`), `values` when it is one of an enum's.
    case string(format: String?, values: [String]?)
    case integer
    case number
    case boolean
    case array(BodyShape)
    /// An object with any keys, each value of the shape.
    case map(BodyShape)
    /// An object with exactly these properties: generated models write every field, absent
    /// optionals as `null`.
    case object([String: Field])
    /// A schema met again inside itself: anything, as far as these questions go.
    case recursive(String)
    /// A union: any of its members.
    case union([BodyShape])

    struct Field: Hashable {
        var shape: BodyShape
        /// The schema requires it (neither optional nor defaulted).
        var isRequired: Bool
        var isNullable: Bool

        static func required(_ shape: BodyShape) -> Field { Field(shape: shape, isRequired: true, isNullable: false) }
    }

    /// Whether a body of shape `sent` could validate against the schema of shape `schema`;
    /// `exact` when that schema admits no other properties. Errs on the side of "could".
    static func body(_ sent: BodyShape, mayMatch schema: BodyShape, exact: Bool = false) -> Bool {
        switch (sent, schema) {
        case (.any, _), (_, .any), (.recursive, _), (_, .recursive):
            return true
        case (.union(let members), _):
            return members.contains { body($0, mayMatch: schema, exact: exact) }
        case (_, .union(let members)):
            return members.contains { body(sent, mayMatch: $0) }
        case (.string(_, let sentValues), .string(_, let allowed)):
            // Formats are not compared: "2024-01-31T12:00:00Z" is a date-time and a plain string.
            guard let sentValues, let allowed else { return true }
            return !Set(sentValues).isDisjoint(with: allowed)
        case (.integer, .integer), (.integer, .number), (.number, .number), (.number, .integer), (.boolean, .boolean),
             (.array, .array),  // `[]` is both
             (.map, .map), (.map, .object), (.object, .map):  // `{}` is all of them
            return true
        case (.object(let sentFields), .object(let schemaFields)):
            if schemaFields.contains(where: { $0.value.isRequired && sentFields[$0.key] == nil }) { return false }
            if exact, sentFields.keys.contains(where: { schemaFields[$0] == nil }) { return false }
            return sentFields.allSatisfy { name, field in
                guard let other = schemaFields[name] else { return true }
                return (field.isNullable && other.isNullable) || body(field.shape, mayMatch: other.shape)
            }
        default:
            return false
        }
    }
}

extension BodyShape {
    /// Whether no value can validate against both: two objects with a field both require that can
    /// hold no value of both (different `Literal`s, a number and a string). Errs on the side of "can".
    static func excludeEachOther(_ first: BodyShape, _ second: BodyShape) -> Bool {
        guard case .object(let a) = first, case .object(let b) = second else { return false }
        return a.contains { name, field in
            guard let other = b[name], field.isRequired, other.isRequired, !(field.isNullable && other.isNullable) else { return false }
            return !body(field.shape, mayMatch: other.shape) && !body(other.shape, mayMatch: field.shape)
        }
    }
}

/// The shapes of the spec's types.
struct BodyShapes {
    let schemas: [String: ResolvedSchema]

    init(api: ResolvedAPI) {
        schemas = Dictionary(api.schemas.map { ($0.specName, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The shape of `type`, its models' fields under their keys in `form`.
    func shape(_ type: TypeSpec, form: WireForm = .byName) -> BodyShape {
        shape(type, inside: [], form: form)
    }

    private func shape(_ type: TypeSpec, inside: Set<String>, form: WireForm) -> BodyShape {
        switch type {
        case .primitive(.string): return .string(format: nil, values: nil)
        case .primitive(.dateTime): return .string(format: "date-time", values: nil)
        case .primitive(.uuid): return .string(format: "uuid", values: nil)
        case .primitive(.date): return .string(format: "date", values: nil)
        case .primitive(.email): return .string(format: "email", values: nil)
        case .primitive(.url): return .string(format: "uri", values: nil)
        case .primitive(.file): return .string(format: "binary", values: nil)
        case .primitive(.int): return .integer
        case .primitive(.number): return .number
        case .primitive(.bool): return .boolean
        case .primitive(.any): return .any
        case .array(let element): return .array(shape(element, inside: inside, form: form))
        case .map(let value): return .map(shape(value, inside: inside, form: form))
        case .named(let name):
            guard !inside.contains(name), let schema = schemas[name] else { return .recursive(name) }
            if let values = schema.enumType { return .string(format: nil, values: values.cases.map(\.rawValue)) }
            if let union = schema.union {
                return .union(union.members.map { shape(.named($0.specName), inside: inside.union([name]), form: form) })
            }
            let nested = inside.union([name])
            return .object(Dictionary(schema.fields.map { field in
                (form == .byAlias ? field.alias ?? field.specName : field.specName,
                 BodyShape.Field(shape: shape(of: field, inside: nested, form: form), isRequired: field.isRequired, isNullable: field.isOptional))
            }, uniquingKeysWith: { first, _ in first }))
        }
    }

    private func shape(of field: ResolvedField, inside: Set<String>, form: WireForm) -> BodyShape {
        guard let values = field.enumType?.cases.map(\.rawValue) else { return shape(field.type, inside: inside, form: form) }
        if case .array = field.type { return .array(.string(format: nil, values: values)) }
        return .string(format: nil, values: values)
    }
}
