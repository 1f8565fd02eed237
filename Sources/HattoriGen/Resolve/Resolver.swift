import Foundation

/// Stage 3: turns a validated spec into the renderer's model — Swift names and types, full
/// paths, and the effective auth of every operation (operation over router over parent
/// router over the API default).
public enum Resolver {
    public static func resolve(_ spec: APISpec) -> ResolvedAPI {
        ResolutionPass(spec: spec).run()
    }
}

private struct ResolutionPass {
    let spec: APISpec
    let schemaTypeNames: [String: String]
    /// Names a schema's fields may not give their enum types: the schemas' own type names.
    let schemaTypeNameSet: Set<String>
    /// The same for an operation's parameters, which also sit beside `Input`, `Output` and the groups.
    let operationReservedTypeNames: Set<String>
    let storage: ModelStorage
    /// The values of each enum schema, by schema name.
    let enumSchemaValues: [String: [Located<String>]]

    init(spec: APISpec) {
        self.spec = spec
        storage = ModelStorage(schemas: spec.schemas)
        enumSchemaValues = Dictionary(spec.schemas.compactMap { schema in schema.enumValues.map { (schema.name.value, $0) } },
                                      uniquingKeysWith: { first, _ in first })
        var names: [String: String] = [:]
        for schema in spec.schemas { names[schema.name.value] = NameRules.typeName(schema.name.value) ?? schema.name.value }
        schemaTypeNames = names
        // Built once: per schema or per operation, they made resolving quadratic in the spec's size.
        schemaTypeNameSet = Set(names.values)
        operationReservedTypeNames = schemaTypeNameSet.union(["Input", "Output", "Path", "Query", "Headers", "Cookies", "Form"])
    }

    func run() -> ResolvedAPI {
        let name = spec.name.value
        var groups: [ResolvedGroup] = []
        let apiAuth = effective(spec.auth, inherited: [])
        if !spec.operations.isEmpty {
            groups.append(ResolvedGroup(
                specPath: [], typeName: "Root", description: "Operations declared at the top level of the spec.",
                operations: spec.operations.map { operation($0, pathPrefix: [spec.prefix.value], tags: [], inheritedAuth: apiAuth) }))
        }
        collectRouters(spec.routers, parentPath: [], parentTypeName: "", pathPrefix: [spec.prefix.value], tags: [],
                       inheritedAuth: apiAuth, into: &groups)
        var schemeLists = ResolvedSchemeList.collect(groups.flatMap { $0.operations.map(\.auth) }, typeName: schemeTypeName)
        // Inside `Schemes.X` and `SchemeLists.X.Identity` these names would shadow a schema's.
        let shadowing = Set(spec.schemes.map { schemeTypeName($0.name.value) } + schemeLists.map(\.typeName) + ["Identity"])
        var schemes = spec.schemes.map { scheme($0, shadowing: shadowing) }
        let schemeIndex = Dictionary(schemes.indices.map { (schemes[$0].specName, $0) }, uniquingKeysWith: { first, _ in first })
        for index in schemeLists.indices {
            // The 401 is the first scheme's that documents its errors, so that it is one the document shows.
            let members = schemeLists[index].schemes.compactMap { schemeIndex[$0] }
            if let answering = members.first(where: { schemes[$0].documentsErrors }) {
                schemeLists[index].unauthorized = schemes[answering].unauthorized
                schemeLists[index].unauthorizedScheme = schemes[answering].specName
                schemes[answering].answersUnauthorized = true
            }
        }
        return ResolvedAPI(
            packageName: name,
            libraryModule: name + "API",
            serverModule: name + "Server",
            testModule: name + "Tests",
            title: spec.title ?? name,
            version: spec.version,
            description: spec.description,
            prefix: spec.prefix.value,
            servers: spec.servers,
            schemas: spec.schemas.map(schema),
            schemes: schemes,
            exceptions: spec.exceptions.map(exception),
            implementations: implementations(schemes),
            sessionCookieName: schemes.first(where: \.isSession)?.cookieName ?? "sessionid",
            groups: groups,
            schemeLists: schemeLists
        )
    }

    func effective(_ setting: AuthSetting, inherited: [String]) -> [String] {
        switch setting {
        case .inherit: return inherited
        case .none: return []
        case .schemes(let names, _): return names.map(\.value)
        }
    }

    func collectRouters(_ routers: [RouterSpec], parentPath: [String], parentTypeName: String, pathPrefix: [String],
                        tags: [String], inheritedAuth: [String], into groups: inout [ResolvedGroup]) {
        for router in routers {
            let typeName = parentTypeName + (NameRules.typeName(router.name.value) ?? router.name.value)
            let auth = effective(router.auth, inherited: inheritedAuth)
            let prefix = pathPrefix + [router.prefix.value]
            let routerTags = tags + router.tags.filter { !tags.contains($0) }
            let path = parentPath + [router.name.value]
            if !router.operations.isEmpty {
                groups.append(ResolvedGroup(
                    specPath: path, typeName: typeName,
                    description: router.description ?? "Operations of router '\(path.joined(separator: "."))'.",
                    operations: router.operations.map { operation($0, pathPrefix: prefix, tags: routerTags, inheritedAuth: auth) }))
            }
            collectRouters(router.routers, parentPath: path, parentTypeName: typeName, pathPrefix: prefix, tags: routerTags,
                           inheritedAuth: auth, into: &groups)
        }
    }

    // MARK: Types

    func swiftType(_ type: TypeSpec) -> String {
        switch type {
        case .primitive(let primitive):
            switch primitive {
            case .string: return "Swift.String"
            case .int: return "Swift.Int"
            case .number: return "Swift.Double"
            case .bool: return "Swift.Bool"
            case .dateTime: return "Foundation.Date"
            case .uuid: return "Foundation.UUID"
            case .any: return "Hattori.JSONValue"
            }
        case .named(let name): return schemaTypeNames[name] ?? name
        case .array(let element): return "[\(swiftType(element))]"
        }
    }

    func schemeTypeName(_ specName: String) -> String { NameRules.typeName(specName) ?? specName }

    /// An identity type, module-qualified where a name declared around its uses (`Schemes.X`,
    /// `SchemeLists.X.Identity`) would shadow the schema.
    func identityType(_ type: TypeSpec, shadowing: Set<String>) -> String {
        switch type {
        case .named(let name):
            let typeName = schemaTypeNames[name] ?? name
            return shadowing.contains(typeName) ? "\(spec.name.value)API.\(typeName)" : typeName
        case .array(let element): return "[\(identityType(element, shadowing: shadowing))]"
        case .primitive: return swiftType(type)
        }
    }

    func field(_ field: FieldSpec, reservedTypeNames: Set<String>) -> ResolvedField {
        let memberName = NameRules.memberName(field.name.value) ?? field.name.value
        var enumType: ResolvedEnum?
        var swiftType = swiftType(field.type.value)
        if let values = field.enumValues {
            var typeName = NameRules.typeName(field.name.value) ?? "Value"
            if reservedTypeNames.contains(typeName) { typeName += "Enum" }
            enumType = self.enumType(typeName: typeName, values: values)
            swiftType = field.type.value == .array(.primitive(.string)) ? "[\(typeName)]" : typeName
        }
        var isList = false
        if case .array = field.type.value { isList = true }
        return ResolvedField(
            specName: field.name.value,
            swiftName: memberName,
            swiftType: swiftType,
            isOptional: field.optional,
            defaultExpression: field.defaultValue.map {
                defaultExpression($0.value, type: field.type.value, enumType: enumOf(field, inline: enumType))
            },
            defaultValue: field.defaultValue?.value,
            description: field.description,
            enumType: enumType,
            type: field.type.value,
            location: field.location,
            isList: isList
        )
    }

    func enumType(typeName: String, values: [Located<String>]) -> ResolvedEnum {
        var used: Set<String> = []
        let cases = values.enumerated().map { index, value in
            var name = NameRules.memberName(value.value) ?? "value\(index + 1)"
            while !used.insert(name).inserted { name += "_" }
            return ResolvedEnum.Case(rawValue: value.value, name: name)
        }
        return ResolvedEnum(typeName: typeName, cases: cases)
    }

    /// The enum a field's values come from: its own inline `enum:`, or a named enum schema.
    func enumOf(_ field: FieldSpec, inline: ResolvedEnum?) -> ResolvedEnum? {
        if let inline { return inline }
        guard case .named(let name) = field.type.value, let values = enumSchemaValues[name] else { return nil }
        return enumType(typeName: schemaTypeNames[name] ?? name, values: values)
    }

    func defaultExpression(_ value: DefaultValue, type: TypeSpec, enumType: ResolvedEnum?) -> String {
        if type == .primitive(.any) {
            switch value {
            case .string(let text): return ".string(\(SwiftLiteral.string(text)))"
            case .int(let number): return ".int(\(number))"
            case .number(let number): return ".number(\(number))"
            case .bool(let flag): return ".bool(\(flag))"
            case .emptyArray: return ".array([])"
            }
        }
        switch value {
        case .string(let text):
            if let enumType, let match = enumType.cases.first(where: { $0.rawValue == text }) {
                return "." + SwiftName.escaped(match.name)
            }
            if type == .primitive(.uuid) { return "Foundation.UUID(uuidString: \(SwiftLiteral.string(text)))!" }
            return SwiftLiteral.string(text)
        case .int(let number): return type == .primitive(.number) ? "\(Double(number))" : "\(number)"
        case .number(let number): return "\(number)"
        case .bool(let flag): return "\(flag)"
        case .emptyArray: return "[]"
        }
    }

    func schema(_ schema: SchemaSpec) -> ResolvedSchema {
        let reserved = schemaTypeNameSet
        return ResolvedSchema(
            specName: schema.name.value,
            typeName: schemaTypeNames[schema.name.value] ?? schema.name.value,
            description: schema.description,
            fields: schema.fields.map { spec in
                var field = field(spec, reservedTypeNames: reserved)
                field.isIndirect = storage.isIndirect(field: spec.name.value, of: schema.name.value)
                return field
            },
            enumType: schema.enumValues.map { enumType(typeName: schemaTypeNames[schema.name.value] ?? schema.name.value, values: $0) }
        )
    }

    func responses(_ responses: [ResponseSpec]) -> [ResolvedResponse] {
        responses.sorted { $0.status.value < $1.status.value }.map { response in
            ResolvedResponse(status: response.status.value, caseName: StatusCodes.caseName(response.status.value),
                             bodyType: response.body.map { swiftType($0.value) }, bodySpec: response.body?.value,
                             description: response.description, location: response.status.location)
        }
    }

    func scheme(_ scheme: SchemeSpec, shadowing: Set<String>) -> ResolvedScheme {
        let kind = scheme.kind.value
        let isSession = kind.isSession
        let typeName = schemeTypeName(scheme.name.value)
        let declared = scheme.responses.map(responses) ?? []
        func answer(_ status: Int) -> RefusalAnswer {
            guard let response = declared.first(where: { $0.status == status }) else { return .detail }
            guard let bodyType = response.bodyType else { return .empty }
            // Validation made sure the scheme's name has a Swift form.
            return .hook(method: NameRules.refusalHookName(scheme: scheme.name.value, status: status) ?? "", bodyType: bodyType)
        }
        return ResolvedScheme(
            specName: scheme.name.value,
            typeName: typeName,
            kind: kind,
            apiKeyLocation: scheme.apiKeyLocation?.value,
            parameterName: kind == .apiKey ? (scheme.parameterName?.value ?? "key") : nil,
            cookieName: isSession ? (scheme.cookieName?.value ?? "sessionid") : nil,
            csrf: scheme.csrf?.value ?? (isSession || scheme.apiKeyLocation?.value == .cookie),
            identityType: isSession ? "Hattori.SessionUser" : identityType(scheme.identity?.value ?? .primitive(.string), shadowing: shadowing),
            implementation: NameRules.memberName(scheme.implementation?.value ?? scheme.name.value) ?? typeName,
            responses: scheme.responses.map(responses),
            unauthorized: answer(401),
            forbidden: answer(403),
            throwsExceptions: scheme.throwsExceptions.map(\.value),
            description: scheme.description
        )
    }

    /// One stub per implementation name, in the order schemes are declared.
    func implementations(_ schemes: [ResolvedScheme]) -> [ResolvedImplementation] {
        var result: [ResolvedImplementation] = []
        for scheme in schemes where scheme.hasStub {
            if let index = result.firstIndex(where: { $0.methodName == scheme.implementation }) {
                result[index].schemes.append(scheme)
            } else {
                result.append(ResolvedImplementation(methodName: scheme.implementation, kind: scheme.kind,
                                                     identityType: scheme.identityType, schemes: [scheme]))
            }
        }
        return result
    }

    func exception(_ exception: ExceptionSpec) -> ResolvedException {
        ResolvedException(
            specName: exception.name.value,
            typeName: NameRules.typeName(exception.name.value) ?? exception.name.value,
            status: exception.status.value,
            bodyType: exception.body.map { swiftType($0.value) },
            bodySpec: exception.body?.value,
            description: exception.description,
            location: exception.status.location
        )
    }

    func operation(_ operation: OperationSpec, pathPrefix: [String], tags: [String], inheritedAuth: [String]) -> ResolvedOperation {
        let typeName = NameRules.typeName(operation.name.value) ?? operation.name.value
        let reserved = operationReservedTypeNames
        return ResolvedOperation(
            specName: operation.name.value,
            methodName: NameRules.memberName(operation.name.value) ?? operation.name.value,
            typeName: typeName,
            httpMethods: operation.methods.map { $0.value.uppercased() },
            fullPath: PathTemplate.join(pathPrefix + [operation.path.value]),
            summary: operation.summary,
            description: operation.description,
            deprecated: operation.deprecated,
            tags: tags + operation.tags.filter { !tags.contains($0) },
            parameters: operation.parameters.map { field($0, reservedTypeNames: reserved) },
            form: operation.form.map { field($0, reservedTypeNames: reserved) },
            bodyType: operation.body.map { swiftType($0.value) },
            bodySpec: operation.body?.value,
            bodyDescription: operation.bodyDescription,
            responses: responses(operation.responses),
            auth: effective(operation.auth, inherited: inheritedAuth),
            throwsExceptions: operation.throwsExceptions.map(\.value)
        )
    }
}
