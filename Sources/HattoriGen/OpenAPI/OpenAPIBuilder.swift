import OpenAPIKit

/// Builds the OpenAPI 3.1 document of a resolved API, following Django Ninja: security per
/// operation (never a global default), an automatic 401 (`AuthErrorResponse`) for operations
/// with auth unless a scheme declares its own error responses, statuses that several sources
/// document merged with `oneOf`, and 422 (`ValidationErrorResponse`) where input is validated.
struct OpenAPIBuilder {
    let api: ResolvedAPI
    let schemas: SchemaBuilder
    let shapes: BodyShapes

    init(api: ResolvedAPI) {
        self.api = api
        self.schemas = SchemaBuilder(api: api)
        self.shapes = BodyShapes(api: api)
    }

    func document() -> OpenAPI.Document {
        let (paths, sharedResponses) = paths()
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: .init(title: api.title, description: api.description, version: api.version),
            servers: api.servers.compactMap { server in
                URLTemplate(rawValue: server.url).map { OpenAPI.Server(urlTemplate: $0, description: server.description) }
            },
            paths: paths,
            components: components(sharedResponses: sharedResponses)
        )
    }

    // MARK: Components

    func schemeName(_ scheme: ResolvedScheme) -> String {
        ComponentNames.name(specName: scheme.specName, typeName: scheme.typeName)
    }

    /// A scheme's security scheme; nil when OpenAPI cannot describe it (a custom scheme).
    func securityScheme(_ scheme: ResolvedScheme) -> OpenAPI.SecurityScheme? {
        scheme.kind.descriptor.securityScheme(description: scheme.description)
    }

    /// A union: `oneOf` its members, with `discriminator` and `mapping` when it has one. Without
    /// one, `oneOf` only where no value could validate against two members (some field both
    /// require can hold no value of both); `anyOf` otherwise, which is what the server does:
    /// it takes the first member that matches.
    func unionComponent(_ schema: ResolvedSchema, _ union: ResolvedUnion, form: WireForm = .byName) -> JSONSchema {
        let references = union.members.map { schemas.schema(.named($0.specName), form: form) }
        if let discriminator = union.discriminator {
            var mapping = OrderedDictionary<String, String>()
            for member in union.members {
                mapping[member.tag ?? member.specName] = "#/components/schemas/" + schemas.componentName(member.specName, form: form)
            }
            return .one(of: references, core: .init(description: schema.description,
                                                    discriminator: OpenAPI.Discriminator(propertyName: discriminator, mapping: mapping)))
        }
        let memberShapes = union.members.map { shapes.shape(.named($0.specName), form: form) }
        let exclusive = memberShapes.indices.allSatisfy { i in
            memberShapes.indices.allSatisfy { j in i == j || BodyShape.excludeEachOther(memberShapes[i], memberShapes[j]) }
        }
        return exclusive ? .one(of: references, core: .init(description: schema.description))
                         : .any(of: references, core: .init(description: schema.description))
    }

    /// The components: the spec's schemas and the built-in ones, the `sharedResponses` operations
    /// refer to, the security schemes.
    func components(sharedResponses: Set<String>) -> OpenAPI.Components {
        var componentSchemas = OpenAPI.ComponentDictionary<JSONSchema>()
        for schema in api.schemas {
            componentSchemas[key(ComponentNames.name(specName: schema.specName, typeName: schema.typeName))] =
                schema.union.map { unionComponent(schema, $0) } ?? schemas.component(schema)
        }
        // A schema that holds aliases is read under them (and written so with `by_alias`): that form too.
        for schema in api.schemas where schema.containsAliases {
            componentSchemas[key(schemas.componentName(schema.specName, form: .byAlias))] =
                schema.union.map { unionComponent(schema, $0, form: .byAlias) } ?? schemas.component(schema, form: .byAlias)
        }
        if api.operations.contains(where: { $0.auth != nil || $0.readsBody }) {
            // Exactly what the runtime sends, so that a scheme's own body with more fields is told apart in a `oneOf`.
            componentSchemas[key(ComponentNames.authError)] = .object(properties: ["detail": .string], additionalProperties: .a(false))
        }
        if api.validationError == nil, api.operations.contains(where: \.validatesInput) {
            componentSchemas[key(ComponentNames.validationIssue)] = .object(properties: [
                "type": .string,
                "loc": .array(items: .one(of: [.string, .integer])),
                "msg": .string,
                "ctx": .object(required: false),
            ])
            componentSchemas[key(ComponentNames.validationError)] = .object(properties: [
                "detail": .array(items: schemas.reference(ComponentNames.validationIssue)),
            ])
        }
        var securitySchemes = OpenAPI.ComponentReferenceDictionary<OpenAPI.SecurityScheme>()
        for scheme in api.schemes {
            guard let securityScheme = securityScheme(scheme) else { continue }
            securitySchemes[key(schemeName(scheme))] = .b(securityScheme)
        }
        return OpenAPI.Components(schemas: componentSchemas, responses: self.sharedResponses(sharedResponses),
                                  securitySchemes: securitySchemes)
    }

    func key(_ name: String) -> OpenAPI.ComponentKey {
        OpenAPI.ComponentKey(rawValue: name) ?? "Unnamed"
    }

    // MARK: Paths

    /// The paths, and the names of the shared responses (`components/responses`) they refer to.
    func paths() -> (OpenAPI.PathItem.Map, sharedResponses: Set<String>) {
        var referred: Set<String> = []
        var items = OrderedDictionary<String, OpenAPI.PathItem>()
        var usedIDs: Set<String> = []
        for operation in api.operations {
            for (index, method) in operation.httpMethods.enumerated() {
                // operationIds must be unique: a second method of one operation gets a suffix.
                var id = index == 0 ? operation.specName : "\(operation.specName)_\(method.lowercased())"
                while !usedIDs.insert(id).inserted { id += "_" }
                var item = items[operation.fullPath] ?? OpenAPI.PathItem()
                let built = self.operation(operation, method: method, id: id)
                for (_, response) in built.responses {
                    if case .a(let reference) = response, let name = reference.name { referred.insert(name) }
                }
                switch method {
                case "GET": item.get = built
                case "POST": item.post = built
                case "PUT": item.put = built
                case "PATCH": item.patch = built
                case "DELETE": item.delete = built
                case "HEAD": item.head = built
                case "OPTIONS": item.options = built
                case "TRACE": item.trace = built
                default: break
                }
                items[operation.fullPath] = item
            }
        }
        var map = OpenAPI.PathItem.Map()
        for (path, item) in items { map[OpenAPI.Path(rawValue: path)] = .b(item) }
        return (map, referred)
    }

    func operation(_ operation: ResolvedOperation, method: String, id: String) -> OpenAPI.Operation {
        let documented = operation.schemes.filter { securityScheme($0) != nil }
        return OpenAPI.Operation(
            tags: operation.tags.isEmpty ? nil : operation.tags,
            summary: operation.summary,
            description: operation.description,
            operationId: id,
            parameters: parameters(operation),
            requestBody: requestBody(operation),
            responses: responses(api.answers(of: operation, method: method)),
            deprecated: operation.deprecated,
            security: documented.isEmpty ? nil : documented.map { [JSONReference.component(named: schemeName($0)): []] }
        )
    }

    func parameters(_ operation: ResolvedOperation) -> OpenAPI.Parameter.Array {
        operation.parameters.map { field in
            let schema = schemas.schema(field, inJSON: false).requiredSchemaObject()
            let parameter: OpenAPI.Parameter
            switch field.location {
            case .path: parameter = .path(name: field.specName, schema: schema, description: field.description)
            case .header: parameter = .header(name: field.specName, required: field.isRequired, schema: schema, description: field.description)
            case .cookie: parameter = .cookie(name: field.specName, required: field.isRequired, schema: schema, description: field.description)
            default: parameter = .query(name: field.specName, required: field.isRequired, schema: schema, description: field.description)
            }
            return .b(parameter)
        }
    }

    func requestBody(_ operation: ResolvedOperation) -> OpenAPI.Request? {
        if let body = operation.bodySpec {
            return OpenAPI.Request(description: operation.bodyDescription,
                                   content: [.json: .b(OpenAPI.Content(schema: schemas.schema(body, form: .byAlias)))], required: true)
        }
        if !operation.form.isEmpty {
            // Files need multipart/form-data; other forms are documented as Django Ninja does (the server reads both).
            return OpenAPI.Request(content: [operation.uploadsFiles ? .multipartForm : .form: .b(OpenAPI.Content(schema: schemas.formSchema(operation.form)))],
                                   required: true)
        }
        return nil
    }
}
