import FieldConstraints
import Foundation

/// Types and fields: references to schemas, enums, defaults, constraints and aliases.
extension ValidationPass {
    /// `allowsFiles`: only form fields may be (lists of) uploaded files.
    func checkTypeReference(_ type: Located<TypeSpec>, allowAny: Bool = true, allowsFiles: Bool = false) {
        switch type.value {
        case .named(let name):
            if !schemaNames.contains(name) {
                error("unknown schema '\(name)'", at: type.location,
                      hint: Suggestions.didYouMean(name, in: schemaNames)
                          ?? (schemaNames.isEmpty ? "declare it under 'schemas:'" : "declared schemas: \(schemaNames.sorted().joined(separator: ", "))"))
            }
        case .array(let element):
            checkTypeReference(Located(element, at: type.location), allowAny: allowAny, allowsFiles: allowsFiles)
        case .map(let element):
            checkTypeReference(Located(element, at: type.location), allowAny: allowAny)
        case .primitive(.file) where !allowsFiles:
            error("'file' is the type of uploaded files, which only form fields carry", at: type.location,
                  hint: "declare it under the operation's 'form:' (a multipart/form-data request)")
        case .primitive:
            break
        }
    }

    func checkFields(_ fields: [FieldSpec], owner: String, allowsFiles: Bool = false) {
        for field in fields { checkField(field, owner: owner, allowsFiles: allowsFiles) }
    }

    /// A schema's fields are read under their aliases (or names), each key once; a field a union
    /// tells its members apart by keeps its name. Other fields (form fields) have no alias.
    func checkAliases(_ fields: [FieldSpec], owner: String, schema: String?) {
        let isSchema = schema != nil
        var keys: [String: String] = [:]
        for field in fields {
            if let alias = field.alias {
                guard let schema else {
                    error("\(owner): '\(field.name.value)' has an 'alias'; only schema fields have one", at: alias.location,
                          hint: "name the field as it is sent")
                    continue
                }
                if alias.value.isEmpty { error("the alias of \(owner): '\(field.name.value)' is empty", at: alias.location) }
                if discriminatedFields.contains("\(schema).\(field.name.value)") {
                    error("\(owner): '\(field.name.value)' tells a union's members apart and cannot have an alias", at: alias.location,
                          hint: "remove the alias")
                }
            }
            let key = field.alias?.value ?? field.name.value
            if isSchema, let first = keys[key] {
                error("\(owner): '\(field.name.value)' is read under '\(key)', as '\(first)' is", at: (field.alias ?? field.name).location,
                      hint: "give each field its own key")
            }
            keys[key] = keys[key] ?? field.name.value
        }
    }

    func checkField(_ field: FieldSpec, owner: String, allowsFiles: Bool = false) {
        let what = "\(owner): '\(field.name.value)'"
        checkTypeReference(field.type, allowsFiles: allowsFiles)
        if let values = field.enumValues {
            if field.type.value != .primitive(.string) && field.type.value != .array(.primitive(.string)) {
                error("\(what) has 'enum' but its type is \(TypeExpression.describe(field.type.value))", at: field.type.location,
                      hint: "enums are string values; use 'type: string' or leave 'type' out")
            }
            checkDuplicates(values, what: "enum value")
        }
        if let defaultValue = field.defaultValue {
            if field.optional {
                error("\(what) has a default and is optional", at: defaultValue.location,
                      hint: "a field with a default may already be left out; remove 'optional' or the '?'")
            }
            var enumValues = field.enumValues?.map(\.value)
            if case .named(let name) = field.type.value { enumValues = enumSchemas[name] }
            let type: TypeSpec = enumValues != nil && field.enumValues == nil ? .primitive(.string) : field.type.value
            checkDefault(defaultValue, type: type, enumValues: enumValues, what: what)
        }
        var isEnum = field.enumValues != nil
        if case .named(let name) = field.type.value { isEnum = enumSchemas[name] != nil }
        if case .array = field.type.value { isEnum = false }  // a list's constraints count its items
        for diagnostic in ConstraintCheck.diagnostics(field, what: what, isEnum: isEnum) {
            error(diagnostic.message, at: diagnostic.location, hint: diagnostic.hint)
        }
    }

    func checkDefault(_ value: Located<DefaultValue>, type: TypeSpec, enumValues: [String]?, what: String) {
        let fits: Bool
        switch (value.value, type) {
        case (.string(let text), .primitive(.string)): fits = enumValues.map { $0.contains(text) } ?? true
        case (.string(let text), .primitive(.uuid)): fits = UUID(uuidString: text) != nil
        case (.string(let text), .primitive(.date)): fits = (try? DateSyntax.parse(Substring(text)).get()) != nil
        case (.string(let text), .primitive(.email)): fits = EmailSyntax.check(text) == nil
        case (.string(let text), .primitive(.url)): fits = (try? URLSyntax.parse(text).get()) != nil
        case (.int, .primitive(.int)), (.int, .primitive(.number)), (.bool, .primitive(.bool)), (.emptyArray, .array),
             (_, .primitive(.any)):
            fits = true
        case (.number(let number), .primitive(.number)): fits = number.isFinite
        default: fits = false
        }
        if !fits {
            let expected = enumValues.map { "one of \($0.map { "'\($0)'" }.joined(separator: ", "))" }
                ?? "a value of type \(TypeExpression.describe(type))"
            error("the default of \(what) is not \(expected)", at: value.location)
        }
    }

    /// A type one text value carries (a parameter, a form field, a header): a primitive or an enum schema.
    func isScalar(_ type: TypeSpec) -> Bool {
        switch type {
        case .primitive: return true
        case .named(let name): return enumSchemas[name] != nil
        case .array, .map: return false
        }
    }
}
