import Foundation

/// Stage 3: turns a validated spec into the renderer's model: Swift types and names (from the
/// `NamePlan`, never composed here), full paths, and the effective auth of every operation
/// (operation over router over parent router over the API default), with every reference
/// resolved to its value.
enum Resolver {
    static func resolve(_ validated: ValidatedSpec) -> ResolvedAPI {
        var api = ResolutionPass(spec: validated.spec, names: validated.names).run()
        restrictClasses(&api)
        markOptionedSchemas(&api, spec: validated.spec)
        return api
    }

    /// Marks the schemas some operation writes with response options, directly or inside another
    /// (fields, list items, map values, union members): they encode through `FieldEncoder`, and
    /// with `exclude_unset` remember the fields they were not given.
    static func markOptionedSchemas(_ api: inout ResolvedAPI, spec: APISpec) {
        let schemas = Dictionary(spec.schemas.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        func reach(_ type: TypeSpec, into found: inout Set<String>) {
            switch type {
            case .primitive: return
            case .array(let element): reach(element, into: &found)
            case .map(let value): reach(value, into: &found)
            case .named(let name):
                guard found.insert(name).inserted, let schema = schemas[name] else { return }
                for field in schema.fields { reach(field.type.value, into: &found) }
                for member in schema.union?.members ?? [] { reach(.named(member.value), into: &found) }
            }
        }
        var optioned: Set<String> = [], unsetTracked: Set<String> = []
        for operation in api.operations where operation.responseOptions.excludes {
            for body in operation.responses.compactMap(\.bodySpec) {
                reach(body, into: &optioned)
                if operation.responseOptions.excludeUnset { reach(body, into: &unsetTracked) }
            }
        }
        for index in api.schemas.indices where !api.schemas[index].fields.isEmpty {
            let schema = api.schemas[index]
            api.schemas[index].encodesWithOptions = optioned.contains(schema.specName) || schema.fields.contains { $0.alias != nil }
            api.schemas[index].tracksUnset = unsetTracked.contains(schema.specName)
        }
        let withAliases = schemasReachingAliases(spec)
        for index in api.schemas.indices {
            api.schemas[index].containsAliases = withAliases.contains(api.schemas[index].specName)
        }
    }

    /// The schemas that hold a field with an alias or reach one that does (through fields, list
    /// items, map values and union members): from those that hold one, backwards along every
    /// reference, so each reference is followed once (a walk from every schema was quadratic on a
    /// chain of schemas each holding the one before it).
    static func schemasReachingAliases(_ spec: APISpec) -> Set<String> {
        func named(in type: TypeSpec) -> String? {
            switch type {
            case .primitive: nil
            case .array(let element): named(in: element)
            case .map(let value): named(in: value)
            case .named(let name): name
            }
        }
        var referencedBy: [String: [String]] = [:]
        for schema in spec.schemas {
            let targets = schema.fields.compactMap { named(in: $0.type.value) } + (schema.union?.members.map(\.value) ?? [])
            for target in targets { referencedBy[target, default: []].append(schema.name.value) }
        }
        var reaching = Set(spec.schemas.filter { $0.fields.contains { $0.alias != nil } }.map(\.name.value))
        var pending = Array(reaching)
        while let name = pending.popLast() {
            for holder in referencedBy[name] ?? [] where reaching.insert(holder).inserted { pending.append(holder) }
        }
        return reaching
    }

    /// Gives each class of statuses (`4XX`, `codes_4xx`) the statuses it may answer: those of the
    /// class that no other answer of its operation documents, on any method (its own responses,
    /// its schemes' refusals, 413, 422, …), so that every status the document shows has one
    /// meaning; with a body, not the bodiless 204, 205 and 304 either.
    static func restrictClasses(_ api: inout ResolvedAPI) {
        for group in api.groups.indices {
            for index in api.groups[group].operations.indices {
                let operation = api.groups[group].operations[index]
                guard operation.responses.contains(where: { $0.statusClass != nil }) else { continue }
                var others = operation
                others.responses.removeAll { $0.statusClass != nil }
                let answered = Set(operation.httpMethods.flatMap { method in api.answers(of: others, method: method).map(\.status) })
                for response in api.groups[group].operations[index].responses.indices {
                    let resolved = api.groups[group].operations[index].responses[response]
                    guard let statusClass = resolved.statusClass else { continue }
                    api.groups[group].operations[index].responses[response].classCodes = statusClass.codes.filter {
                        !answered.contains($0) && !(resolved.bodyType != nil && StatusCodes.bodiless.contains($0))
                    }
                }
            }
        }
    }
}

private struct ResolutionPass {
    let spec: APISpec
    let names: NamePlan
    let storage: ModelStorage
    /// The values of each enum schema, by schema name.
    let enumSchemaValues: [String: [Located<String>]]
    /// Every schema, by name.
    let specSchemas: [String: SchemaSpec]

    init(spec: APISpec, names: NamePlan) {
        self.spec = spec
        self.names = names
        storage = ModelStorage(schemas: spec.schemas)
        specSchemas = Dictionary(spec.schemas.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        enumSchemaValues = Dictionary(spec.schemas.compactMap { schema in schema.enumValues.map { (schema.name.value, $0) } },
                                      uniquingKeysWith: { first, _ in first })
    }

    func run() -> ResolvedAPI {
        let exceptions = spec.exceptions.map(exception)
        let exceptionsByName = Dictionary(exceptions.map { ($0.specName, $0) }, uniquingKeysWith: { first, _ in first })
        var schemes = spec.schemes.map { scheme($0, exceptions: exceptionsByName) }
        let schemeIndex = Dictionary(schemes.indices.map { (schemes[$0].specName, $0) }, uniquingKeysWith: { first, _ in first })

        // Each distinct list once, in order of first use. Its 401 is the first scheme's that
        // documents its errors, so that it is one the document shows.
        let placements = EffectiveAuth.placements(in: spec)
        var listOrder: [[String]] = []
        for placement in placements where !placement.auth.isEmpty && !listOrder.contains(placement.auth) {
            listOrder.append(placement.auth)
        }
        for list in listOrder {
            if let answering = list.compactMap({ schemeIndex[$0] }).first(where: { schemes[$0].documentsErrors }) {
                schemes[answering].answersUnauthorized = true
            }
        }
        var lists: [[String]: ResolvedSchemeList] = [:]
        var schemeLists: [ResolvedSchemeList] = []
        for list in listOrder {
            let members = list.compactMap { schemeIndex[$0].map { schemes[$0] } }
            var resolved = ResolvedSchemeList(typeName: names.schemeList(list), schemes: members)
            if let answering = members.first(where: \.documentsErrors) {
                resolved.unauthorized = answering.unauthorized
                resolved.unauthorizedScheme = answering
            }
            lists[list] = resolved
            schemeLists.append(resolved)
        }

        var groups: [ResolvedGroup] = []
        for placement in placements {
            let path = placement.routers.map(\.name.value)
            let operation = operation(placement, list: lists[placement.auth], exceptions: exceptionsByName)
            let group = names.group(path)
            if let last = groups.indices.last, groups[last].typeName == group.typeName {
                groups[last].operations.append(operation)
                continue
            }
            let description = placement.routers.last.map { $0.description ?? "Operations of router '\(path.joined(separator: "."))'." }
                ?? "Operations declared at the top level of the spec."
            groups.append(ResolvedGroup(names: group, description: description, operations: [operation]))
        }
        return ResolvedAPI(
            packageName: names.package.name,
            libraryModule: names.package.library,
            appModule: names.package.app,
            serverType: names.package.serverType,
            testModule: names.package.tests,
            title: spec.title ?? spec.name.value,
            version: spec.version,
            description: spec.description,
            prefix: spec.prefix.value,
            servers: spec.servers,
            schemas: spec.schemas.map(schema),
            schemes: schemes,
            exceptions: exceptions,
            validationError: spec.validationError.flatMap { answer in
                answer.body.map { body in
                    ResolvedException(specName: answer.name.value,
                                      names: NamePlan.Exception(typeName: GeneratedNames.validationFailureType,
                                                                handlerFile: GeneratedNames.validationErrorHandlerFile(names.package.app)),
                                      status: answer.status.value, bodyType: names.swiftType(body.value), bodySpec: body.value,
                                      description: answer.description, location: answer.status.location)
                }
            },
            implementations: implementations(schemes),
            sessionCookieName: schemes.lazy.compactMap(\.kind.sessionCookie).first,
            groups: groups,
            schemeLists: schemeLists
        )
    }

    // MARK: Fields

    func field(_ field: FieldSpec, names fieldNames: NamePlan.Field) -> ResolvedField {
        var enumType: ResolvedEnum?
        var swiftType = names.swiftType(field.type.value)
        if let values = field.enumValues {
            let typeName = fieldNames.enumType ?? NamePlan.missing("enum of field", field.name.value)
            enumType = ResolvedEnum(typeName: typeName, cases: zip(values, fieldNames.enumCases).map {
                ResolvedEnum.Case(rawValue: $0.value, name: $1)
            })
            swiftType = field.type.value == .array(.primitive(.string)) ? .array(.nested(typeName)) : .nested(typeName)
        }
        return ResolvedField(
            specName: field.name.value,
            names: fieldNames,
            swiftType: swiftType,
            isOptional: field.optional,
            defaultValue: field.defaultValue.map { resolvedDefault($0.value, type: field.type.value, enumType: enumOf(field, inline: enumType)) },
            specDefault: field.defaultValue?.value,
            description: field.description,
            enumType: enumType,
            type: field.type.value,
            location: field.location,
            alias: field.alias?.value,
            constraints: field.constraints.isEmpty ? nil : field.constraints.runtimeConstraints()
        )
    }

    /// The enum a field's values come from: its own inline `enum:`, or a named enum schema.
    func enumOf(_ field: FieldSpec, inline: ResolvedEnum?) -> ResolvedEnum? {
        if let inline { return inline }
        guard case .named(let name) = field.type.value, let values = enumSchemaValues[name], let schema = names.schemas[name] else {
            return nil
        }
        return ResolvedEnum(typeName: schema.typeName, cases: zip(values, schema.enumCases).map {
            ResolvedEnum.Case(rawValue: $0.value, name: $1)
        })
    }

    func resolvedDefault(_ value: DefaultValue, type: TypeSpec, enumType: ResolvedEnum?) -> ResolvedDefault {
        if type == .primitive(.any) { return .json(value) }
        switch value {
        case .string(let text):
            if let enumType, let match = enumType.cases.first(where: { $0.rawValue == text }) { return .enumCase(match.name) }
            switch type {
            case .primitive(.uuid): return .uuid(text)
            case .primitive(.date): return .calendarDate(text)
            case .primitive(.email): return .email(text)
            case .primitive(.url): return .url(text)
            default: return .string(text)
            }
        case .int(let number): return type == .primitive(.number) ? .double(Double(number)) : .int(number)
        case .number(let number): return .double(number)
        case .bool(let flag): return .bool(flag)
        case .emptyArray: return .emptyList
        }
    }

    func schema(_ schema: SchemaSpec) -> ResolvedSchema {
        let named = names.schema(schema.name.value)
        let typeName = named.typeName
        return ResolvedSchema(
            specName: schema.name.value,
            names: named,
            description: schema.description,
            fields: schema.fields.map { spec in
                var field = field(spec, names: named.field(spec.name.value))
                field.isIndirect = storage.isIndirect(field: spec.name.value, of: schema.name.value)
                return field
            },
            enumType: schema.enumValues.map { values in
                ResolvedEnum(typeName: typeName, cases: zip(values, named.enumCases).map { ResolvedEnum.Case(rawValue: $0.value, name: $1) })
            },
            union: schema.union.map { union(of: $0, cases: named.unionCases) }
        )
    }

    func union(of spec: UnionSpec, cases: [String]) -> ResolvedUnion {
        let members = zip(spec.members, cases).map { member, caseName in
            let tag = spec.discriminator.flatMap { discriminator in
                specSchemas[member.value]?.fields.first { $0.name.value == discriminator.value }?.enumValues?.first?.value
            }
            return ResolvedUnion.Member(specName: member.value, caseName: caseName, type: names.swiftType(.named(member.value)), tag: tag)
        }
        return ResolvedUnion(members: members, discriminator: spec.discriminator?.value)
    }

    // MARK: Responses, schemes, exceptions

    /// `operation`: the names of an operation's response headers and media cases (schemes'
    /// responses have none). A response with several media types becomes one per media type, each
    /// its own output case; a class of statuses (`4XX`) comes after the statuses of its class.
    func responses(_ responses: [ResponseSpec], operation: NamePlan.Operation? = nil) -> [ResolvedResponse] {
        let ordered = responses.sorted { $0.sortKey < $1.sortKey }
        return ordered.flatMap { response -> [ResolvedResponse] in
            let caseName = StatusCodes.caseName(response)
            let media: [(type: Located<String>?, body: Located<TypeSpec>?, caseName: String)] = response.media.isEmpty
                ? [(response.content, response.body, caseName)]
                : zip(response.media, mediaCases(of: response, in: operation)).map { ($0.type, $0.body, $1) }
            let headerNames = response.headers.isEmpty ? nil : headers(of: response, in: operation)
            let headers = response.headers.map { field($0, names: headerNames?.field($0.name.value) ?? NamePlan.missing("header", $0.name.value)) }
            return media.map { type, body, caseName in
                var resolved = ResolvedResponse(
                    status: response.status.value, caseName: caseName,
                    bodyType: body.map { names.swiftType($0.value) }, bodySpec: body?.value,
                    description: response.description, location: response.status.location)
                if let type {
                    switch MediaType.bodyKind(type.value) {
                    case .json: resolved.content = .json(type.value)
                    case .text: (resolved.content, resolved.bodyType, resolved.bodySpec) = (.text(type.value), .string, nil)
                    case .bytes: (resolved.content, resolved.bodyType, resolved.bodySpec) = (.bytes(type.value), .data, nil)
                    }
                }
                resolved.statusClass = response.statusClass
                resolved.classStatusesConstant = response.statusClass == nil ? nil : classConstant(of: response, in: operation)
                if case .json = resolved.content {} else { resolved.filename = response.filename?.value }
                resolved.headers = headers
                resolved.headersTypeName = headerNames?.typeName
                return resolved
            }
        }
    }

    func scheme(_ scheme: SchemeSpec, exceptions: [String: ResolvedException]) -> ResolvedScheme {
        let kind = AuthKind(scheme)
        let named = names.scheme(scheme.name.value)
        let declared = scheme.responses.map { responses($0) } ?? []
        func answer(_ status: Int, hook: String) -> RefusalAnswer {
            guard let response = declared.first(where: { $0.status == status }) else { return .detail }
            guard let body = response.bodyType else { return .empty }
            return .hook(method: hook, body: body)
        }
        return ResolvedScheme(
            specName: scheme.name.value,
            names: named,
            kind: kind,
            csrf: scheme.csrf?.value ?? kind.descriptor.readsCookie,
            challenge: scheme.realm.flatMap { kind.descriptor.challenge(realm: $0.value) },
            identityType: kind.isSession ? .sessionUser : names.swiftType(scheme.identity?.value ?? .primitive(.string)),
            responses: scheme.responses.map { responses($0) },
            unauthorized: answer(401, hook: named.unauthorizedHook),
            forbidden: answer(403, hook: named.forbiddenHook),
            throwsExceptions: scheme.throwsExceptions.compactMap { exceptions[$0.value] },
            description: scheme.description
        )
    }

    // Only an operation's responses have media cases, headers and classes (Validate refuses them
    // on a scheme's), so a scheme's response that asks for them is a bug.
    func mediaCases(of response: ResponseSpec, in operation: NamePlan.Operation?) -> [String] {
        operation?.mediaCases(response.key) ?? NamePlan.missing("media cases of scheme response", response.key)
    }
    func headers(of response: ResponseSpec, in operation: NamePlan.Operation?) -> NamePlan.ResponseHeaders {
        operation?.headers(response.key) ?? NamePlan.missing("headers of scheme response", response.key)
    }
    func classConstant(of response: ResponseSpec, in operation: NamePlan.Operation?) -> String {
        operation?.classConstant(response.key) ?? NamePlan.missing("class of scheme response", response.key)
    }

    /// One stub per implementation name, in the order schemes are declared.
    func implementations(_ schemes: [ResolvedScheme]) -> [ResolvedImplementation] {
        var result: [ResolvedImplementation] = []
        for scheme in schemes {
            guard let stub = scheme.stub else { continue }
            if let index = result.firstIndex(where: { $0.methodName == stub }) {
                result[index].schemes.append(scheme)
            } else {
                result.append(ResolvedImplementation(methodName: stub, kind: scheme.kind, identityType: scheme.identityType,
                                                     schemes: [scheme], file: names.stubFile(stub)))
            }
        }
        return result
    }

    func exception(_ exception: ExceptionSpec) -> ResolvedException {
        ResolvedException(
            specName: exception.name.value,
            names: names.exception(exception.name.value),
            status: exception.status.value,
            bodyType: exception.body.map { names.swiftType($0.value) },
            bodySpec: exception.body?.value,
            description: exception.description,
            location: exception.status.location
        )
    }

    // MARK: Operations

    func operation(_ placement: EffectiveAuth.Placement, list: ResolvedSchemeList?,
                   exceptions: [String: ResolvedException]) -> ResolvedOperation {
        let operation = placement.operation
        let named = names.operation(operation.name.value)
        // Tags: the routers', outermost first, then the operation's own; duplicates dropped.
        var tags: [String] = []
        for tag in placement.routers.flatMap(\.tags) + operation.tags where !tags.contains(tag) { tags.append(tag) }
        return ResolvedOperation(
            specName: operation.name.value,
            names: named,
            httpMethods: operation.methods.map { $0.value.uppercased() },
            fullPath: PathTemplate.join([spec.prefix.value] + placement.routers.map(\.prefix.value) + [operation.path.value]),
            summary: operation.summary,
            description: operation.description,
            deprecated: operation.deprecated,
            tags: tags,
            parameters: operation.parameters.map { field($0, names: named.field($0.name.value, in: $0.location)) },
            form: operation.form.map { field($0, names: named.field($0.name.value, in: .form)) },
            bodyType: operation.body.map { names.swiftType($0.value) },
            bodySpec: operation.body?.value,
            bodyDescription: operation.bodyDescription,
            responses: responses(operation.responses, operation: named),
            auth: list,
            throwsExceptions: operation.throwsExceptions.compactMap { exceptions[$0.value] },
            responseOptions: responseOptions(operation, router: placement.routers.last)
        )
    }

    /// The operation's own options, else those of the router that declares it, else the API's:
    /// Django Ninja's rule for a router's options, which reach its own operations and not its
    /// routers' (the API's are this spec's, for every operation).
    func responseOptions(_ operation: OperationSpec, router: RouterSpec?) -> ResponseOptions {
        func effective(_ option: KeyPath<ResponseOptionsSpec, Located<Bool>?>) -> Bool {
            (operation.responseOptions[keyPath: option] ?? router?.responseOptions[keyPath: option]
                ?? spec.responseOptions[keyPath: option])?.value ?? false
        }
        return ResponseOptions(excludeNone: effective(\.excludeNone), excludeUnset: effective(\.excludeUnset),
                               excludeDefaults: effective(\.excludeDefaults), byAlias: effective(\.byAlias))
    }
}
