import Foundation

/// Stage 1: reads `api.yaml` into an `APISpec`, keeping source locations. Reports every shape
/// problem (unknown keys, wrong value types, malformed type expressions) at once.
enum SpecLoader {
    static let formatVersion = 1

    static func readText(of url: URL, displayName: String? = nil) throws(DiagnosticsError) -> String {
        let file = displayName ?? url.path
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw DiagnosticsError([Diagnostic("the spec is not UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1))])
            }
            return decoded
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([
                Diagnostic("cannot read the spec: \(error.localizedDescription)", at: SourceLocation(file: file, line: 1, column: 1)),
            ])
        }
    }

    static func load(text: String, file: String) throws(DiagnosticsError) -> APISpec {
        let (spec, diagnostics) = try loadPartially(text: text, file: file)
        guard let spec, diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return spec
    }

    /// Reads as much of the spec as its shape allows, so that validation can still report the
    /// problems of the parts that did load. Throws only when the YAML itself does not parse.
    static func loadPartially(text: String, file: String) throws(DiagnosticsError) -> (spec: APISpec?, diagnostics: [Diagnostic]) {
        let root = try YAMLDocument.parse(text, file: file)
        let diagnostics = DiagnosticCollector()
        let spec = SpecReader(diagnostics: diagnostics).readAPI(root)
        return (spec, diagnostics.diagnostics)
    }
}

/// The key sets of each mapping, in one place so that the JSON Schema and docs can be checked against them.
enum SpecKeys {
    static let api = ["hattori", "name", "title", "version", "description", "prefix", "servers", "auth",
                      "schemas", "schemes", "exceptions", "validation_error", "operations", "routers"] + ResponseOptionsSpec.keys
    static let server = ["url", "description"]
    static let schema = ["description", "fields", "enum", "oneOf", "discriminator"]
    static let field = ["type", "optional", "default", "enum", "description", "alias"] + ConstraintsSpec.keys
    static let parameter = ["in", "type", "optional", "default", "enum", "description"] + ConstraintsSpec.keys
    static let scheme = ["kind", "in", "param", "cookie", "csrf", "realm", "identity", "implementation", "responses", "throws",
                         "description"]
    static let exception = ["status", "body", "description"]
    static let response = ["body", "description", "content", "filename", "headers"]
    static let responseHeader = ["type", "optional", "description"]
    static let operation = ["method", "path", "summary", "description", "deprecated", "tags", "auth", "params", "form",
                            "body", "responses", "throws"] + ResponseOptionsSpec.keys
    static let body = ["type", "description"]
    static let router = ["prefix", "tags", "description", "auth", "operations", "routers"] + ResponseOptionsSpec.keys
}

private struct SpecReader {
    let diagnostics: DiagnosticCollector
    /// Names under `schemas:`, known before any type expression is read.
    var schemaNames: Set<String> = []

    func readAPI(_ root: YAMLValue) -> APISpec? {
        guard let map = MappingReader(root, what: "the spec", knownKeys: SpecKeys.api, diagnostics: diagnostics) else {
            return nil
        }
        if let version = map.require("hattori", example: "\(SpecLoader.formatVersion)") {
            if let number = MappingReader.int(version, what: "'hattori' (the spec format version)", diagnostics: diagnostics),
               number.value != SpecLoader.formatVersion {
                diagnostics.error("unsupported spec format version \(number.value)", at: number.location,
                                  hint: "this gen reads format version \(SpecLoader.formatVersion)")
            }
        }
        var reader = self
        reader.schemaNames = Set(map["schemas"]?.entries?.compactMap { $0.key.scalarText } ?? [])
        return reader.readAPI(map, root: root)
    }

    func readAPI(_ map: MappingReader, root: YAMLValue) -> APISpec? {
        let schemaEntries = map.namedEntries("schemas"), schemeEntries = map.namedEntries("schemes"),
            exceptionEntries = map.namedEntries("exceptions")
        let schemas = schemaEntries.compactMap(readSchema)
        let schemes = schemeEntries.compactMap(readScheme)
        let exceptions = exceptionEntries.compactMap(readException)
        // Definitions that failed to load still exist as names, so references to them are not errors too.
        let unloaded = Set(schemaEntries.map(\.name.value)).subtracting(schemas.map(\.name.value))
            .union(Set(schemeEntries.map(\.name.value)).subtracting(schemes.map(\.name.value)))
            .union(Set(exceptionEntries.map(\.name.value)).subtracting(exceptions.map(\.name.value)))
        let name = map.require("name", example: "MyAPI").flatMap {
            MappingReader.string($0, what: "'name'", diagnostics: diagnostics)
        } ?? Located("", at: root.location)
        return APISpec(
            file: root.file,
            name: name,
            title: map.string("title")?.value,
            version: map.string("version")?.value ?? "1.0.0",
            description: map.string("description")?.value,
            prefix: map.string("prefix") ?? Located("/api", at: root.location),
            servers: readServers(map["servers"]),
            auth: readAuth(map["auth"]),
            schemas: schemas,
            schemes: schemes,
            exceptions: exceptions,
            validationError: map["validation_error"].flatMap { value in
                readException(name: Located("validation_error", at: map.keyLocation("validation_error") ?? value.location), value: value,
                              what: "'validation_error'")
            },
            operations: map.namedEntries("operations").compactMap(readOperation),
            routers: map.namedEntries("routers").compactMap(readRouter),
            responseOptions: readResponseOptions(map),
            unloadedNames: unloaded
        )
    }

    func readServers(_ value: YAMLValue?) -> [ServerSpec] {
        guard let value else { return [] }
        guard let items = value.sequence else {
            diagnostics.error("'servers' must be a list, found \(value.kindDescription)", at: value.location,
                              hint: "servers: [{url: 'http://localhost:8080'}]")
            return []
        }
        return items.compactMap { item in
            if let url = item.scalarText { return ServerSpec(url: url) }
            guard let map = MappingReader(item, what: "a server", knownKeys: SpecKeys.server, diagnostics: diagnostics),
                  let url = map.require("url", example: "http://localhost:8080").flatMap({
                      MappingReader.string($0, what: "'url' of a server", diagnostics: diagnostics)
                  })
            else { return nil }
            return ServerSpec(url: url.value, description: map.string("description")?.value)
        }
    }

    /// `auth: Scheme`, `auth: [A, B]` or `auth: null`.
    func readAuth(_ value: YAMLValue?) -> AuthSetting {
        guard let value else { return .inherit }
        if value.isNull { return .none(at: value.location) }
        if let items = value.sequence {
            return .schemes(items.compactMap {
                MappingReader.string($0, what: "an entry of 'auth'", diagnostics: diagnostics)
            }, at: value.location)
        }
        guard let name = MappingReader.string(value, what: "'auth'", diagnostics: diagnostics) else { return .inherit }
        return .schemes([name], at: value.location)
    }

    func readType(_ value: YAMLValue, what: String) -> (type: Located<TypeSpec>, optional: Bool)? {
        guard let text = MappingReader.string(value, what: what, diagnostics: diagnostics) else { return nil }
        guard let parsed = TypeExpression.parse(text.value, schemas: schemaNames) else {
            diagnostics.error("'\(text.value)' is not a type", at: text.location,
                              hint: "use string, int, number, bool, date-time, uuid, date, email, url, any, a schema name, [T] for a list, {string: T} for a map, T? for optional")
            return nil
        }
        return (Located(parsed.type, at: text.location), parsed.optional)
    }

    func readSchema(name: Located<String>, value: YAMLValue) -> SchemaSpec? {
        guard let map = MappingReader(value, what: "schema '\(name.value)'", knownKeys: SpecKeys.schema, diagnostics: diagnostics)
        else { return nil }
        let fields = map.namedEntries("fields").compactMap {
            readField(name: $0.name, value: $0.value, owner: "field '\($0.name.value)' of schema '\(name.value)'",
                      keys: SpecKeys.field, location: .body)
        }
        var enumValues: [Located<String>]?
        if let enumNode = map["enum"] {
            if let items = enumNode.sequence, !items.isEmpty {
                enumValues = items.compactMap { MappingReader.string($0, what: "a value of enum '\(name.value)'", diagnostics: diagnostics) }
            } else {
                diagnostics.error("'enum' of schema '\(name.value)' must be a non-empty list of strings", at: enumNode.location)
            }
        }
        var union: UnionSpec?
        if let members = map["oneOf"] {
            if let items = members.sequence, !items.isEmpty {
                union = UnionSpec(members: items.compactMap { MappingReader.string($0, what: "a member of union '\(name.value)'", diagnostics: diagnostics) },
                                  discriminator: map.string("discriminator"))
            } else {
                diagnostics.error("'oneOf' of schema '\(name.value)' must be a list of schema names", at: members.location)
            }
        } else if let discriminator = map.keyLocation("discriminator") {
            diagnostics.error("schema '\(name.value)' has a 'discriminator' but no 'oneOf'", at: discriminator,
                              hint: "a discriminator tells the members of a union apart: add 'oneOf: [A, B]'")
        }
        let kinds = ["fields", "enum", "oneOf"].filter(map.has)
        if kinds.count > 1 {
            diagnostics.error("schema '\(name.value)' has \(kinds.map { "'\($0)'" }.joined(separator: " and "))", at: map.keyLocation(kinds[1]) ?? value.location,
                              hint: "a schema is an object (fields), a string enum (enum) or a union (oneOf): one of them")
        } else if kinds.isEmpty {
            diagnostics.error("schema '\(name.value)' has no 'fields'", at: value.location,
                              hint: "add 'fields:' with 'name: type' entries (an empty object is 'fields: {}'), 'enum: [a, b]' or 'oneOf: [A, B]'")
        }
        return SchemaSpec(name: name, description: map.string("description")?.value, fields: fields, enumValues: enumValues, union: union)
    }

    /// A field, parameter or form field: shorthand `name: int?` or a mapping.
    func readField(name: Located<String>, value: YAMLValue, owner: String, keys: [String],
                   location defaultLocation: ParameterLocation) -> FieldSpec? {
        if value.scalarText != nil {
            guard let parsed = readType(value, what: "the type of \(owner)") else { return nil }
            return FieldSpec(name: name, type: parsed.type, optional: parsed.optional, defaultValue: nil, enumValues: nil,
                             description: nil, location: defaultLocation)
        }
        guard let map = MappingReader(value, what: owner, knownKeys: keys, diagnostics: diagnostics) else { return nil }
        var location = defaultLocation
        if let where_ = map.string("in") {
            let allowed: [ParameterLocation] = [.path, .query, .header, .cookie]
            if let parsed = ParameterLocation(rawValue: where_.value), allowed.contains(parsed) {
                location = parsed
            } else {
                diagnostics.error("'\(where_.value)' is not a parameter location", at: where_.location,
                                  hint: Suggestions.didYouMean(where_.value, in: allowed.map(\.rawValue))
                                      ?? "use path, query, header or cookie (form fields go under 'form:', the JSON body under 'body:')")
            }
        }
        var enumValues: [Located<String>]?
        if let enumNode = map["enum"] {
            if let items = enumNode.sequence, !items.isEmpty {
                enumValues = items.compactMap { MappingReader.string($0, what: "an enum value of \(owner)", diagnostics: diagnostics) }
            } else {
                diagnostics.error("'enum' of \(owner) must be a non-empty list of strings", at: enumNode.location)
            }
        }
        var type: Located<TypeSpec>
        var optional = map.bool("optional")?.value ?? false
        if let typeNode = map["type"] {
            guard let parsed = readType(typeNode, what: "'type' of \(owner)") else { return nil }
            type = parsed.type
            optional = optional || parsed.optional
        } else if enumValues != nil {
            type = Located(.primitive(.string), at: value.location)
        } else {
            diagnostics.error("\(owner) has no 'type'", at: value.location, hint: "add 'type: string' (or int, number, bool, a schema name …)")
            return nil
        }
        let defaultValue = map["default"].flatMap { readDefault($0, owner: owner) }
        return FieldSpec(name: name, type: type, optional: optional, defaultValue: defaultValue, enumValues: enumValues,
                         description: map.string("description")?.value, location: location,
                         constraints: readConstraints(map, owner: owner), alias: map.string("alias"))
    }

    /// `gt`, `min_length`, `pattern`, … as written; whether they apply to the field's type is Validate's.
    func readConstraints(_ map: MappingReader, owner: String) -> ConstraintsSpec {
        var result = ConstraintsSpec()
        func number(_ key: String) -> Located<NumberLiteral>? {
            guard let value = map[key] else { return nil }
            result.written.append((key, map.keyLocation(key) ?? value.location))
            switch value.tagName {
            case .int: if let number = value.node.int { return Located(.int(number), at: value.location) }
            case .float: if let number = value.node.float, number.isFinite { return Located(.number(number), at: value.location) }
            default: break
            }
            diagnostics.error("'\(key)' of \(owner) must be a number, found \(value.kindDescription)", at: value.location)
            return nil
        }
        func count(_ key: String) -> Located<Int>? {
            guard let value = map[key] else { return nil }
            result.written.append((key, map.keyLocation(key) ?? value.location))
            guard value.tagName == .int, let number = value.node.int, number >= 0 else {
                diagnostics.error("'\(key)' of \(owner) must be a whole number, 0 or more, found \(value.kindDescription)", at: value.location)
                return nil
            }
            return Located(number, at: value.location)
        }
        result.gt = number("gt")
        result.ge = number("ge")
        result.lt = number("lt")
        result.le = number("le")
        result.multipleOf = number("multiple_of")
        result.minLength = count("min_length")
        result.maxLength = count("max_length")
        // pydantic 1's names for lists; pydantic 2 says min_length and max_length for lists too.
        if let items = count("min_items") { result.minLength = result.minLength ?? items }
        if let items = count("max_items") { result.maxLength = result.maxLength ?? items }
        if let pattern = map["pattern"] {
            result.written.append(("pattern", map.keyLocation("pattern") ?? pattern.location))
            result.pattern = MappingReader.string(pattern, what: "'pattern' of \(owner)", diagnostics: diagnostics)
        }
        return result
    }

    func readDefault(_ value: YAMLValue, owner: String) -> Located<DefaultValue>? {
        let node = value.node
        let result: DefaultValue?
        switch value.tagName {
        case .int: result = node.int.map(DefaultValue.int)
        case .float: result = node.float.map(DefaultValue.number)
        case .bool: result = node.bool.map(DefaultValue.bool)
        case .str: result = node.string.map(DefaultValue.string)
        default: result = value.sequence.flatMap { $0.isEmpty ? .emptyArray : nil }
        }
        guard let result else {
            diagnostics.error("'default' of \(owner) must be a string, number, boolean or [], found \(value.kindDescription)",
                              at: value.location)
            return nil
        }
        return Located(result, at: value.location)
    }

    func readScheme(name: Located<String>, value: YAMLValue) -> SchemeSpec? {
        let what = "scheme '\(name.value)'"
        guard let map = MappingReader(value, what: what, knownKeys: SpecKeys.scheme, diagnostics: diagnostics),
              let kindText = map.require("kind", example: "bearer").flatMap({
                  MappingReader.string($0, what: "'kind' of \(what)", diagnostics: diagnostics)
              })
        else { return nil }
        guard let (kind, impliedLocation) = SchemeKindSpelling.spellings[kindText.value] else {
            diagnostics.error("unknown auth scheme kind '\(kindText.value)' in \(what)", at: kindText.location,
                              hint: Suggestions.didYouMean(kindText.value, in: SchemeKindSpelling.spellings.keys)
                                  ?? "use one of: \(SchemeKind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        var apiKeyLocation = impliedLocation.map { Located($0, at: kindText.location) }
        if let where_ = map.string("in") {
            if let parsed = APIKeyLocation(rawValue: where_.value) {
                apiKeyLocation = Located(parsed, at: where_.location)
            } else {
                diagnostics.error("'\(where_.value)' is not an API key location", at: where_.location,
                                  hint: "use query, header or cookie")
            }
        }
        return SchemeSpec(
            name: name,
            kind: Located(kind, at: kindText.location),
            apiKeyLocation: apiKeyLocation,
            parameterName: map.string("param"),
            cookieName: map.string("cookie"),
            csrf: map.bool("csrf"),
            realm: map.string("realm"),
            identity: map["identity"].flatMap { node in
                guard let parsed = readType(node, what: "'identity' of \(what)") else { return nil }
                if parsed.optional {
                    diagnostics.error("the identity of \(what) cannot be optional", at: node.location,
                                      hint: "a stub returns nil to deny; write the type without '?'")
                }
                return parsed.type
            },
            implementation: map.string("implementation"),
            responses: map["responses"].map { readResponses($0, owner: what) },
            throwsExceptions: map.stringList("throws"),
            description: map.string("description")?.value
        )
    }

    func readException(name: Located<String>, value: YAMLValue) -> ExceptionSpec? {
        readException(name: name, value: value, what: "exception '\(name.value)'")
    }

    /// An exception, or the API's `validation_error` (`what` names it in messages).
    func readException(name: Located<String>, value: YAMLValue, what: String) -> ExceptionSpec? {
        guard let map = MappingReader(value, what: what, knownKeys: SpecKeys.exception, diagnostics: diagnostics),
              let status = map.require("status", example: "400").flatMap({
                  MappingReader.int($0, what: "'status' of \(what)", diagnostics: diagnostics)
              })
        else { return nil }
        return ExceptionSpec(name: name, status: status, body: map["body"].flatMap { readBodyType($0, owner: what) },
                             description: map.string("description")?.value)
    }

    /// A response or exception body: a type expression, or null for no body.
    func readBodyType(_ value: YAMLValue, owner: String) -> Located<TypeSpec>? {
        if value.isNull { return nil }
        guard let parsed = readType(value, what: "the body of \(owner)") else { return nil }
        if parsed.optional {
            diagnostics.error("the body of \(owner) cannot be optional", at: value.location,
                              hint: "declare a separate status without a body (null) instead")
        }
        return parsed.type
    }

    func readResponses(_ value: YAMLValue, owner: String) -> [ResponseSpec] {
        guard let entries = value.entries else {
            diagnostics.error("'responses' of \(owner) must be a mapping of status codes, found \(value.kindDescription)",
                              at: value.location, hint: "responses: {200: Pet, 404: Error, 204: null}")
            return []
        }
        return entries.compactMap { entry in
            var statusClass: StatusClass?
            let status: Located<Int>
            if entry.key.tagName == .str, let text = entry.key.scalarText, let parsed = StatusClass(parsing: text) {
                statusClass = parsed
                status = Located(parsed.hundreds * 100, at: entry.key.location)
            } else if entry.key.tagName == .str, let text = entry.key.scalarText, text.uppercased().hasSuffix("XX") {
                diagnostics.error("'\(text)' is not a class of statuses", at: entry.key.location,
                                  hint: "write 1XX to 5XX (OpenAPI's ranges) or codes_1xx to codes_5xx (Django Ninja's sets)")
                return nil
            } else {
                guard let code = MappingReader.int(entry.key, what: "a response status of \(owner)", diagnostics: diagnostics) else { return nil }
                status = code
            }
            let what = "response \(statusClass?.spelling ?? String(status.value)) of \(owner)"
            var response: ResponseSpec
            if entry.value.entries != nil {
                guard let map = MappingReader(entry.value, what: what, knownKeys: SpecKeys.response, diagnostics: diagnostics)
                else { return nil }
                response = ResponseSpec(status: status, body: map["body"].flatMap { readBodyType($0, owner: what) },
                                        description: map.string("description")?.value,
                                        filename: map.string("filename"), headers: map["headers"].map { readHeaders($0, owner: what) } ?? [],
                                        headersLocation: map.keyLocation("headers"))
                if let content = map["content"] {
                    if let types = content.entries {
                        response.media = types.compactMap { item in
                            MappingReader.string(item.key, what: "a media type of \(what)", diagnostics: diagnostics).map {
                                MediaSpec(type: $0, body: readBodyType(item.value, owner: "\(what) as \($0.value)"))
                            }
                        }
                        response.contentLocation = map.keyLocation("content")
                    } else {
                        response.content = MappingReader.string(content, what: "'content' of \(what)", diagnostics: diagnostics)
                    }
                }
            } else {
                response = ResponseSpec(status: status, body: readBodyType(entry.value, owner: what), description: nil)
            }
            response.statusClass = statusClass
            return response
        }
    }

    /// A response's `headers:`, each `Name: type` or `{type, optional, description}`.
    func readHeaders(_ value: YAMLValue, owner: String) -> [FieldSpec] {
        guard let entries = value.entries else {
            diagnostics.error("'headers' of \(owner) must be a mapping of header names to types, found \(value.kindDescription)",
                              at: value.location, hint: "headers: {X-Total-Count: int}")
            return []
        }
        return entries.compactMap { entry in
            guard let name = MappingReader.string(entry.key, what: "a header name of \(owner)", diagnostics: diagnostics) else { return nil }
            return readField(name: name, value: entry.value, owner: "header '\(name.value)' of \(owner)",
                             keys: SpecKeys.responseHeader, location: .header)
        }
    }

    func readOperation(name: Located<String>, value: YAMLValue) -> OperationSpec? {
        let what = "operation '\(name.value)'"
        guard let map = MappingReader(value, what: what, knownKeys: SpecKeys.operation, diagnostics: diagnostics) else {
            return nil
        }
        let methods = map.require("method", example: "GET") != nil ? map.stringList("method") : []
        guard let path = map.require("path", example: "/items/{id}").flatMap({
            MappingReader.string($0, what: "'path' of \(what)", diagnostics: diagnostics)
        }) else { return nil }
        var body: Located<TypeSpec>?
        var bodyDescription: String?
        if let bodyNode = map["body"] {
            if bodyNode.entries != nil {
                if let bodyMap = MappingReader(bodyNode, what: "the body of \(what)", knownKeys: SpecKeys.body, diagnostics: diagnostics),
                   let typeNode = bodyMap.require("type", example: "Pet") {
                    body = readBodyType(typeNode, owner: what)
                    bodyDescription = bodyMap.string("description")?.value
                }
            } else {
                body = readBodyType(bodyNode, owner: what)
            }
        }
        let responses = map.require("responses", example: "{200: Pet}").map { readResponses($0, owner: what) } ?? []
        return OperationSpec(
            name: name,
            methods: methods,
            path: path,
            summary: map.string("summary")?.value,
            description: map.string("description")?.value,
            deprecated: map.bool("deprecated")?.value ?? false,
            tags: map.stringList("tags").map(\.value),
            auth: readAuth(map["auth"]),
            parameters: map.namedEntries("params").compactMap {
                readField(name: $0.name, value: $0.value, owner: "parameter '\($0.name.value)' of \(what)",
                          keys: SpecKeys.parameter, location: .query)
            },
            form: map.namedEntries("form").compactMap {
                readField(name: $0.name, value: $0.value, owner: "form field '\($0.name.value)' of \(what)",
                          keys: SpecKeys.field, location: .form)
            },
            body: body,
            bodyDescription: bodyDescription,
            responses: responses,
            throwsExceptions: map.stringList("throws"),
            responseOptions: readResponseOptions(map)
        )
    }

    /// `exclude_none`, `exclude_unset`, `exclude_defaults`, `by_alias`: booleans.
    func readResponseOptions(_ map: MappingReader) -> ResponseOptionsSpec {
        ResponseOptionsSpec(excludeNone: map.bool("exclude_none"), excludeUnset: map.bool("exclude_unset"),
                            excludeDefaults: map.bool("exclude_defaults"), byAlias: map.bool("by_alias"))
    }

    func readRouter(name: Located<String>, value: YAMLValue) -> RouterSpec? {
        let what = "router '\(name.value)'"
        guard let map = MappingReader(value, what: what, knownKeys: SpecKeys.router, diagnostics: diagnostics) else {
            return nil
        }
        return RouterSpec(
            name: name,
            prefix: map.string("prefix") ?? Located("/", at: value.location),
            tags: map.stringList("tags").map(\.value),
            description: map.string("description")?.value,
            auth: readAuth(map["auth"]),
            operations: map.namedEntries("operations").compactMap(readOperation),
            routers: map.namedEntries("routers").compactMap(readRouter),
            responseOptions: readResponseOptions(map)
        )
    }
}
