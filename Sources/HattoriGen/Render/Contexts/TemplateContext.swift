import FieldConstraints

/// A template's context: plain data (names, types, literals, flags, lists), never Swift code; the
/// templates hold every line of it. Each template's keys are documented in Templates/README.md,
/// and rendering refuses a key a template asks for that its context does not have.
typealias TemplateContext = [String: Any]

/// The values several contexts hold alike.
enum ContextValues {
    /// A doc comment: one `{text, hasText}` per line, an empty line between paragraphs; none when
    /// there is no text. Templates write `///{{#hasText}} {{{text}}}{{/hasText}}` for each.
    static func doc(_ parts: [String?]) -> [TemplateContext] {
        SwiftLiteral.docLines(parts).map { ["text": $0, "hasText": !$0.isEmpty] }
    }

    /// An enum's cases: `name` (escaped), `hasRawValue` (the raw value differs from the name) and
    /// `rawLiteral`.
    static func cases(_ resolved: ResolvedEnum) -> [TemplateContext] {
        resolved.cases.map { item in
            ["name": SwiftName.escaped(item.name),
             "hasRawValue": item.name != item.rawValue || SwiftName.unescapable.contains(item.name),
             "rawLiteral": SwiftLiteral.string(item.rawValue)]
        }
    }

    /// A nested enum: `typeName`, `doc`, `cases`.
    static func enumeration(_ resolved: ResolvedEnum, doc: String?) -> TemplateContext {
        ["typeName": resolved.typeName, "doc": Self.doc([doc]), "cases": cases(resolved)]
    }

    /// A field's default (none or one): `literal` (a Swift literal) and which of `isPlain`,
    /// `isEnumCase` (`enumCase`), `isUUID`, `isDate`, `isEmail`, `isURL` or `isJSON` (`jsonCase`,
    /// the `JSONValue` case) it is.
    static func defaultValue(_ value: ResolvedDefault?) -> [TemplateContext] {
        guard let value else { return [] }
        var context: TemplateContext = ["literal": "", "isPlain": false, "isEnumCase": false, "enumCase": "",
                                        "isUUID": false, "isDate": false, "isEmail": false, "isURL": false, "isJSON": false, "jsonCase": ""]
        switch value {
        case .string(let text): context["literal"] = SwiftLiteral.string(text); context["isPlain"] = true
        case .int(let number): context["literal"] = "\(number)"; context["isPlain"] = true
        case .double(let number): context["literal"] = "\(number)"; context["isPlain"] = true
        case .bool(let flag): context["literal"] = "\(flag)"; context["isPlain"] = true
        case .emptyList: context["literal"] = "[]"; context["isPlain"] = true
        case .enumCase(let name): context["enumCase"] = SwiftName.escaped(name); context["isEnumCase"] = true
        case .uuid(let text): context["literal"] = SwiftLiteral.string(text); context["isUUID"] = true
        case .calendarDate(let text): context["literal"] = SwiftLiteral.string(text); context["isDate"] = true
        case .email(let text): context["literal"] = SwiftLiteral.string(text); context["isEmail"] = true
        case .url(let text): context["literal"] = SwiftLiteral.string(text); context["isURL"] = true
        case .json(let json):
            context["isJSON"] = true
            switch json {
            case .string(let text): context["jsonCase"] = "string"; context["literal"] = SwiftLiteral.string(text)
            case .int(let number): context["jsonCase"] = "int"; context["literal"] = "\(number)"
            case .number(let number): context["jsonCase"] = "number"; context["literal"] = "\(number)"
            case .bool(let flag): context["jsonCase"] = "bool"; context["literal"] = "\(flag)"
            case .emptyArray: context["jsonCase"] = "array"; context["literal"] = "[]"
            }
        }
        return [context]
    }

    /// A field's declaration and decoding: `name` (escaped), `label` (as an argument label), `type`,
    /// `declaredType` (with `?` when optional), `decodeMethod` (the `FieldDecoder` method: `required`,
    /// `optional` or `defaulted`), `isOptional`, `isRequired`, `default`, `doc`; for schema fields
    /// `isIndirect`, `keyLiteral` (the key it is read under: its alias or its name) and `hasCustomKey`
    /// (the coding key differs from the property), `nameLiteral` and `aliasLiteral` (none or one);
    /// `constraints` (see `constraints`).
    static func field(_ field: ResolvedField) -> TemplateContext {
        let name = SwiftName.escaped(field.swiftName)
        return [
            "name": name,
            "label": SwiftName.argumentLabel(field.swiftName),
            "type": field.swiftType.text,
            "declaredType": field.swiftType.text + (field.isOptional ? "?" : ""),
            "decodeMethod": field.isRequired ? "required" : field.isOptional ? "optional" : "defaulted",
            "isOptional": field.isOptional,
            "isRequired": field.isRequired,
            "default": defaultValue(field.defaultValue),
            "doc": doc([field.description]),
            "isIndirect": field.isIndirect,
            "keyLiteral": SwiftLiteral.string(field.alias ?? field.specName),
            "hasCustomKey": field.swiftName != (field.alias ?? field.specName) || SwiftName.unescapable.contains(field.swiftName),
            "nameLiteral": SwiftLiteral.string(field.specName),
            "aliasLiteral": field.alias.map { [SwiftLiteral.string($0)] } ?? [],
            "constraints": constraints(field),
        ]
    }

    /// A field's constraints: none, or one with `constant` (the static constant's name) and
    /// `arguments`, those of `Hattori.Constraints(…)` that `_constraints-arguments` writes: `label`,
    /// `value`, and what the value is: `isInt`, `isNumber` (a bound), `isCount` (a length) or
    /// `isPattern` (a string literal).
    static func constraints(_ field: ResolvedField) -> [TemplateContext] {
        guard let constraints = field.constraints else { return [] }
        func argument(_ label: String, _ kind: String, _ value: String) -> TemplateContext {
            ["label": label, "value": value, "isInt": kind == "int", "isNumber": kind == "number", "isCount": kind == "count",
             "isPattern": kind == "pattern"]
        }
        var arguments: [TemplateContext] = []
        for (label, limit) in [("gt", constraints.gt), ("ge", constraints.ge), ("lt", constraints.lt), ("le", constraints.le),
                               ("multipleOf", constraints.multipleOf)] {
            switch limit {
            case .int(let number): arguments.append(argument(label, "int", "\(number)"))
            case .number(let number): arguments.append(argument(label, "number", "\(number)"))
            case nil: break
            }
        }
        if let minimum = constraints.minLength { arguments.append(argument("minLength", "count", "\(minimum)")) }
        if let maximum = constraints.maxLength { arguments.append(argument("maxLength", "count", "\(maximum)")) }
        if let pattern = constraints.pattern { arguments.append(argument("pattern", "pattern", SwiftLiteral.string(pattern.source))) }
        return [["constant": field.constraintsConstant, "arguments": arguments]]
    }
}
