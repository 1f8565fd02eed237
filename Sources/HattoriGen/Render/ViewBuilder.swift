import JSONEscaping

/// Builds the template views from the resolved API: Swift fragments, escaped names and
/// literals, doc comments with their indentation.
struct ViewBuilder {
    let api: ResolvedAPI
    let header: String

    // MARK: Models

    func schemaView(_ schema: ResolvedSchema) -> SchemaView {
        let fields = schema.fields.map { fieldView($0, indent: "    ", decoder: "_fields") }
        return SchemaView(
            typeName: schema.typeName,
            doc: SwiftLiteral.docComment([schema.description], indent: ""),
            fields: fields,
            encodedFields: zip(schema.fields, fields).sorted { JSONText.sortsBefore($0.0.specName, $1.0.specName) }.map(\.1),
            enums: schema.fields.compactMap { field in field.enumType.map { enumView($0, doc: field.description, indent: "    ") } },
            hasFields: !schema.fields.isEmpty,
            isObject: schema.enumType == nil,
            topEnum: schema.enumType.map { [enumView($0, doc: schema.description, indent: "")] } ?? [],
            initParameters: initParameters(schema.fields),
            initArguments: schema.fields.map { "\(SwiftName.argumentLabel($0.swiftName)): \(escaped($0))" }.joined(separator: ", "),
            guardLine: guardLine(schema.fields.filter(\.isRequired).map(escaped), validity: "_fields")
        )
    }

    func fieldView(_ field: ResolvedField, indent: String, decoder: String) -> FieldView {
        let name = escaped(field)
        let key = SwiftLiteral.string(field.specName)
        let keyCase = field.swiftName == field.specName && !SwiftName.unescapable.contains(field.swiftName)
            ? "case \(name)" : "case \(name) = \(key)"
        let accessor = field.isRequired ? "required" : field.isOptional ? "optional" : "defaulted"
        var decodeLine = "let \(name) = \(decoder).\(accessor)(\(field.swiftType.text).self, .\(name))"
        if let defaultExpression = defaultExpression(field) { decodeLine += " ?? \(defaultExpression)" }
        return FieldView(
            name: name,
            attributes: field.isIndirect ? "@Hattori.Indirect " : "",
            fullType: field.swiftType.text + (field.isOptional ? "?" : ""),
            doc: SwiftLiteral.docComment([field.description], indent: indent),
            codingKeyCase: keyCase,
            decodeLine: decodeLine
        )
    }

    func enumView(_ resolved: ResolvedEnum, doc: String?, indent: String) -> EnumView {
        EnumView(
            typeName: resolved.typeName,
            doc: SwiftLiteral.docComment([doc], indent: indent),
            cases: resolved.cases.map { item in
                let name = SwiftName.escaped(item.name)
                let plain = item.name == item.rawValue && !SwiftName.unescapable.contains(item.name)
                return EnumView.Case(line: plain ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(item.rawValue))")
            }
        )
    }

    func escaped(_ field: ResolvedField) -> String { SwiftName.escaped(field.swiftName) }

    func initParameters(_ fields: [ResolvedField]) -> String {
        fields.map { field in
            var parameter = "\(escaped(field)): \(field.swiftType.text)"
            if field.isOptional {
                parameter += "? = nil"
            } else if let defaultExpression = defaultExpression(field) {
                parameter += " = \(defaultExpression)"
            }
            return parameter
        }.joined(separator: ", ")
    }

    func guardLine(_ required: [String], validity: String) -> String {
        let bindings = required.map { "let \($0)" } + ["\(validity).isValid"]
        return "guard \(bindings.joined(separator: ", ")) else { throw \(validity).failure }"
    }

    // MARK: Operations

    /// A field's default as a Swift expression of its type.
    func defaultExpression(_ field: ResolvedField) -> String? {
        func literal(_ value: ResolvedDefault) -> String {
            switch value {
            case .string(let text): return SwiftLiteral.string(text)
            case .int(let number): return "\(number)"
            case .double(let number): return "\(number)"
            case .bool(let flag): return "\(flag)"
            case .emptyList: return "[]"
            case .enumCase(let name): return "." + SwiftName.escaped(name)
            case .uuid(let text): return "Foundation.UUID(uuidString: \(SwiftLiteral.string(text)))!"
            case .json(let value):
                switch value {
                case .string(let text): return ".string(\(SwiftLiteral.string(text)))"
                case .int(let number): return ".int(\(number))"
                case .number(let number): return ".number(\(number))"
                case .bool(let flag): return ".bool(\(flag))"
                case .emptyArray: return ".array([])"
                }
            }
        }
        return field.defaultValue.map(literal)
    }

    func signature(_ operation: ResolvedOperation) -> String {
        "func \(SwiftName.escaped(operation.methodName))(_ input: Operations.\(operation.typeName).Input, context: OperationContext) async throws -> Operations.\(operation.typeName).Output"
    }

    func routeLine(_ operation: ResolvedOperation) -> String {
        operation.httpMethods.map { "\($0) \(operation.fullPath)" }.joined(separator: ", ")
    }

    func groupView(_ group: ResolvedGroup) -> GroupView {
        GroupView(
            header: header,
            // Each router's registration asks only for its own protocol: a generic signature over
            // `APIProtocol`, which refines every router's, costs the type checker ~10 ms per call.
            registerParameters: registerParameters(handlers: group.protocolName + (hasExceptions ? " & ExceptionHandling" : "")),
            typeName: group.typeName,
            protocolName: group.protocolName,
            doc: SwiftLiteral.docComment([group.description], indent: ""),
            exceptionsLine: hasExceptions ? [
                "let exceptions: Hattori.OperationRoute.ExceptionAnswer = { try await Routes.exceptionResponse(for: $0, handlers: handlers, context: $1) }",
            ] : [],
            operations: group.operations.enumerated().map { index, operation in
                operationView(operation, isLast: index == group.operations.count - 1)
            }
        )
    }

    func operationView(_ operation: ResolvedOperation, isLast: Bool) -> OperationView {
        let fieldsByGroup = GeneratedNames.inputGroups.compactMap { location, typeName, property -> (String, String, [ResolvedField])? in
            let fields = location == .form ? operation.form : operation.parameters(in: location)
            return fields.isEmpty ? nil : (typeName, property, fields)
        }
        let groups = fieldsByGroup.map { typeName, property, fields in
            InputGroupView(
                typeName: typeName,
                propertyName: property,
                doc: SwiftLiteral.docComment(["The \(property == "headers" ? "header" : property == "cookies" ? "cookie" : property) parameters."], indent: "            "),
                fields: fields.map { fieldView($0, indent: "                ", decoder: "_input") },
                enums: fields.compactMap { field in field.enumType.map { enumView($0, doc: field.description, indent: "                ") } },
                initParameters: initParameters(fields)
            )
        }
        var decodeLines: [String] = []
        var required: [String] = []
        let hasAuth = operation.auth != nil
        var groupArguments: [String] = hasAuth ? ["auth: auth"] : []
        for (typeName, property, fields) in fieldsByGroup {
            var arguments: [String] = []
            for field in fields {
                let local = field.localName
                decodeLines.append("let \(local) = \(decodeExpression(field, groupType: typeName))")
                if field.isRequired { required.append(local) }
                arguments.append("\(SwiftName.argumentLabel(field.swiftName)): \(local)")
            }
            groupArguments.append("\(property): .init(\(arguments.joined(separator: ", ")))")
        }
        if let bodyType = operation.bodyType?.text {
            decodeLines.append("let jsonBody = _input.jsonBody(\(bodyType).self, required: true)")
            required.append("jsonBody")
            groupArguments.append("body: jsonBody")
        }
        let inputParameters = (hasAuth ? ["auth: Auth"] : []) + fieldsByGroup.map { "\($0.1): \($0.0)" } + (operation.bodyType.map { ["body: \($0.text)"] } ?? [])
        return OperationView(
            typeName: operation.typeName,
            methodName: SwiftName.escaped(operation.methodName),
            idLiteral: SwiftLiteral.string(operation.specName),
            doc: SwiftLiteral.docComment([operation.summary ?? "`\(routeLine(operation))`", operation.description,
                                          operation.deprecated ? "- Warning: Deprecated." : nil], indent: "    "),
            protocolDoc: SwiftLiteral.docComment([operation.summary, operation.description, "`\(routeLine(operation))`",
                                                  operation.deprecated ? "- Warning: Deprecated." : nil], indent: "    "),
            signature: signature(operation),
            groups: groups,
            body: operation.bodyType.map {
                [BodyView(type: $0.text, doc: SwiftLiteral.docComment([operation.bodyDescription ?? "The JSON request body."], indent: "            "))]
            } ?? [],
            inputInitParameters: inputParameters.joined(separator: ", "),
            hasInputMembers: !inputParameters.isEmpty,
            decodeLines: decodeLines,
            guardLine: guardLine(required, validity: "_input"),
            initArguments: groupArguments.joined(separator: ", "),
            responses: operation.responses.map(responseView),
            handlerVariable: operation.routeVariable,
            routes: operation.httpMethods.map {
                RouteView(method: "." + $0.lowercased(), pathLiteral: SwiftLiteral.string(operation.fullPath))
            },
            notImplementedLiteral: SwiftLiteral.string("\(operation.specName) is not implemented yet"),
            isLast: isLast,
            hasAuth: operation.auth != nil,
            authSummary: authSummary(operation),
            authType: authType(operation),
            routeArgumentLines: routeArgumentLines(operation)
        )
    }

    // MARK: Auth

    var hasSchemes: Bool { !api.schemes.isEmpty }
    var hasExceptions: Bool { !api.exceptions.isEmpty }

    /// Parameters of the generated `register` functions, whose handlers implement `handlers`.
    func registerParameters(handlers protocolName: String) -> String {
        (["_ handlers: some \(protocolName)"] + (hasSchemes ? ["authenticators: some AuthenticatorsProtocol"] : [])
            + ["configuration: Hattori.HattoriConfiguration", "on table: inout Hattori.RouteTable"]).joined(separator: ", ")
    }

    var registerArguments: String {
        (["handlers"] + (hasSchemes ? ["authenticators: authenticators"] : []) + ["configuration: configuration", "on: &table"])
            .joined(separator: ", ")
    }

    func authSummary(_ operation: ResolvedOperation) -> String {
        operation.schemes.map { "`\($0.specName.replacingOccurrences(of: "`", with: "'"))`" }.joined(separator: ", ")
    }

    /// The identity type when every scheme of the list yields one type; otherwise the list's
    /// `Identity` enum, with a case per scheme.
    func authType(_ operation: ResolvedOperation) -> String {
        guard let list = operation.auth else { return "Swift.Never" }
        return list.sharedIdentity?.text ?? "SchemeLists.\(list.typeName).Identity"
    }

    /// `SchemeLists.<List>`: its identity type and the closure that tries its schemes in order.
    func schemeListViews() -> [SchemeListView] {
        api.schemeLists.enumerated().map { index, list in
            let schemes = list.schemes, sharedIdentity = list.sharedIdentity
            let isEnum = sharedIdentity == nil
            let identityLines = sharedIdentity.map { ["public typealias Identity = \($0.text)"] }
                ?? ["public enum Identity: Sendable {"]
                    + schemes.map { "    case \(SwiftName.escaped($0.caseName))(\($0.identityType.text))" } + ["}"]
            return SchemeListView(
                typeName: list.typeName,
                doc: SwiftLiteral.docComment([schemes.count == 1
                    ? "`\(schemes[0].specName)`: its identity, or 401 when it denies."
                    : schemes.map { "`\($0.specName)`" }.joined(separator: ", then ") + ": the first that accepts gives the identity; 401 when none does."],
                    indent: "    "),
                identityLines: identityLines,
                authenticateLines: schemes.map { scheme in
                    let value = isEnum ? ".\(SwiftName.escaped(scheme.caseName))(identity)" : "identity"
                    return "if let identity = try await Schemes.\(scheme.typeName).authenticate(request, authenticators) { return \(value) }"
                },
                unauthorizedHook: list.unauthorized.hookMethod.map { [SwiftName.escaped($0)] } ?? [],
                unauthorizedSchemeLiteral: SwiftLiteral.string(list.unauthorizedScheme?.specName ?? ""),
                unauthorizedEmpty: list.unauthorized == .empty,
                unauthorizedDefault: list.unauthorized == .detail,
                isLast: index == api.schemeLists.count - 1
            )
        }
    }

    /// The arguments of the operation's route: what differs from every other operation's.
    func routeArgumentLines(_ operation: ResolvedOperation) -> [String] {
        let type = "Operations.\(operation.typeName)"
        let bodyKind = operation.bodyType != nil ? "json" : (operation.form.isEmpty ? "none" : "form")
        let list = operation.auth
        var lines = ["configuration: configuration,"]
        if let list { lines.append("authenticate: SchemeLists.\(list.typeName).authenticate(with: authenticators),") }
        lines.append("body: .\(bodyKind),")
        lines.append("input: \(type).Input.init(\(list == nil ? "decoding:" : "decoding:auth:")),")
        lines.append("handle: handlers.\(SwiftName.escaped(operation.methodName))(_:context:)" + (hasExceptions ? "," : ""))
        if hasExceptions { lines.append("exceptions: exceptions") }
        return lines
    }

    /// The credential's parameters: `key`, `token`, `username`/`password`, or none for custom.
    func credentialParameters(_ kind: SchemeKind) -> [(label: String, type: String)] {
        switch kind {
        case .apiKey: return [("key", "Swift.String")]
        case .bearer: return [("token", "Swift.String")]
        case .basic: return [("username", "Swift.String"), ("password", "Swift.String")]
        case .custom, .session, .sessionSuperuser, .sessionStaff: return []
        }
    }

    func implementationSignature(_ implementation: ResolvedImplementation) -> String {
        let credentials = credentialParameters(implementation.kind).map { "\($0.label): \($0.type)" }
        let parameters = (credentials + ["request: Hattori.AuthRequest"]).joined(separator: ", ")
        return "func \(SwiftName.escaped(implementation.methodName))(\(parameters)) async throws -> \(implementation.identityType.text)?"
    }

    func implementationView(_ implementation: ResolvedImplementation) -> RequirementView {
        let names = implementation.schemes.map(\.specName)
        let what: String
        switch implementation.kind {
        case .apiKey:
            let places = implementation.schemes.map { "\($0.apiKeyLocation?.rawValue ?? "query") `\($0.parameterName ?? "key")`" }
            what = "Checks the API key sent in \(places.joined(separator: " or "))."
        case .bearer: what = "Checks the token of `Authorization: Bearer <token>`."
        case .basic: what = "Checks the username and password of `Authorization: Basic …`."
        case .custom: what = "Decides from the whole request (method, path, headers, query, cookies, client address)."
        case .session, .sessionSuperuser, .sessionStaff: what = ""
        }
        let descriptions = implementation.schemes.compactMap(\.description)
        return RequirementView(
            header: header,
            typeName: implementation.methodName,
            protocolDoc: SwiftLiteral.docComment(["The stub of \(names.map { "`\($0.replacingOccurrences(of: "`", with: "'"))`" }.joined(separator: " and ")). \(what)"]
                                                 + descriptions, indent: "    "),
            signature: implementationSignature(implementation),
            status: "",
            hasBody: true,
            doc: ""
        )
    }

    func schemeViews() -> [SchemeView] {
        api.schemes.enumerated().map { index, scheme in
            var lines: [String]
            let csrf = scheme.csrf ? "true" : "false"
            switch scheme.kind {
            case .apiKey:
                let location = scheme.apiKeyLocation?.rawValue ?? "query"
                lines = ["guard let key = try Hattori.Credentials.apiKey(request, in: .\(location), name: \(SwiftLiteral.string(scheme.parameterName ?? SchemeSpec.defaultAPIKeyName)), csrf: \(csrf)) else { return nil }"]
            case .bearer:
                lines = ["guard let token = Hattori.Credentials.bearer(request) else { return nil }"]
            case .basic:
                lines = ["guard let (username, password) = Hattori.Credentials.basic(request) else { return nil }"]
            case .custom:
                lines = []
            case .session, .sessionSuperuser, .sessionStaff:
                let role = scheme.kind == .session ? "user" : scheme.kind == .sessionSuperuser ? "superuser" : "staff"
                lines = ["return try await Hattori.SessionAuthentication.authenticate(request, cookie: \(SwiftLiteral.string(scheme.cookieName ?? SchemeSpec.defaultSessionCookie)), role: .\(role), csrf: \(csrf))"]
            }
            if let stub = scheme.stub, let implementation = api.implementations.first(where: { $0.methodName == stub }) {
                // A shared stub keeps the first scheme's parameter labels.
                let arguments: [String]
                switch implementation.kind {
                case .apiKey: arguments = ["key: \(scheme.kind == .bearer ? "token" : "key")"]
                case .bearer: arguments = ["token: \(scheme.kind == .apiKey ? "key" : "token")"]
                case .basic: arguments = ["username: username", "password: password"]
                default: arguments = []
                }
                lines.append("return try await authenticators.\(SwiftName.escaped(stub))(\((arguments + ["request: request"]).joined(separator: ", ")))")
            }
            let kindText: String
            switch scheme.kind {
            case .apiKey: kindText = "API key in \(scheme.apiKeyLocation?.rawValue ?? "query") `\(scheme.parameterName ?? "key")`"
            case .bearer: kindText = "HTTP bearer"
            case .basic: kindText = "HTTP basic"
            case .session: kindText = "session (any logged-in user)"
            case .sessionSuperuser: kindText = "session (superusers)"
            case .sessionStaff: kindText = "session (staff and superusers)"
            case .custom: kindText = "custom"
            }
            return SchemeView(
                typeName: scheme.typeName,
                nameLiteral: SwiftLiteral.string(scheme.specName),
                doc: SwiftLiteral.docComment(["\(scheme.specName): \(kindText).", scheme.description], indent: "    "),
                identityType: scheme.identityType.text,
                lines: lines,
                refusesWithOwnBody: scheme.forbidden != .detail,
                forbiddenHook: scheme.forbidden.hookMethod.map { [SwiftName.escaped($0)] } ?? [],
                forbiddenEmpty: scheme.forbidden == .empty,
                isLast: index == api.schemes.count - 1
            )
        }
    }

    // MARK: Refusal bodies

    /// The hooks of one scheme, 401 first: each builds the body the scheme declares for that status.
    /// The 401 hook only where some list's 401 is the scheme's, so that none is written for nothing.
    func refusalHooks(_ scheme: ResolvedScheme) -> [(status: Int, method: String, bodyType: String)] {
        [(401, scheme.answersUnauthorized ? scheme.unauthorized : .detail), (403, scheme.forbidden)].compactMap { status, answer in
            guard case .hook(let method, let body) = answer else { return nil }
            return (status, method, body.text)
        }
    }

    func refusalHookSignature(status: Int, method: String, bodyType: String) -> String {
        let refusal = status == 403 ? "_ refusal: Hattori.AuthorizationError, " : ""
        return "func \(SwiftName.escaped(method))(\(refusal)request: Hattori.AuthRequest) async throws -> \(bodyType)"
    }

    func refusalHookViews(_ scheme: ResolvedScheme) -> [RefusalHookView] {
        let hooks = refusalHooks(scheme)
        let name = "`\(scheme.specName.replacingOccurrences(of: "`", with: "'"))`"
        return hooks.enumerated().map { index, hook in
            let when = hook.status == 401
                ? "sent when no scheme of an operation accepts the request and \(name) is the first of them that documents errors"
                : scheme.csrf
                ? "sent when its check throws `AuthorizationError` or the CSRF check fails (`refusal.detail` says which)"
                : "sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave)"
            return RefusalHookView(
                protocolDoc: SwiftLiteral.docComment(["The body of the \(hook.status) that \(name) declares, \(when)."], indent: "    "),
                signature: refusalHookSignature(status: hook.status, method: hook.method, bodyType: hook.bodyType),
                status: "\(hook.status)",
                notImplementedLiteral: SwiftLiteral.string("\(hook.method) is not implemented yet"),
                isLast: index == hooks.count - 1
            )
        }
    }

    func exceptionSignature(_ exception: ResolvedException) -> String {
        "func handle(_ error: \(exception.typeName), context: OperationContext) async throws -> \(exception.bodyType?.text ?? "Swift.Void")"
    }

    func exceptionView(_ exception: ResolvedException) -> RequirementView {
        RequirementView(
            header: header,
            typeName: exception.typeName,
            protocolDoc: SwiftLiteral.docComment(["The body of the \(exception.status) answer to `\(exception.typeName)`."], indent: "    "),
            signature: exceptionSignature(exception),
            status: "\(exception.status)",
            hasBody: exception.bodyType != nil,
            doc: SwiftLiteral.docComment([exception.description], indent: "")
        )
    }

    func decodeExpression(_ field: ResolvedField, groupType: String) -> String {
        let accessor: String
        switch field.location {
        case .path: accessor = "path"
        case .query: accessor = field.isList ? "queryList" : "query"
        case .header: accessor = "header"
        case .cookie: accessor = "cookie"
        case .form: accessor = field.isList ? "formList" : "form"
        case .body: accessor = "body"
        }
        let name = SwiftLiteral.string(field.specName)
        // Enums are nested in their group struct (`Query.Status`); the decoder runs in `Input`.
        let scalarType = field.enumType.map { "\(groupType).\($0.typeName)" }
            ?? field.swiftType.element.text
        if field.location == .path {
            return "_input.path(\(name), as: \(scalarType).self)"
        }
        let element = scalarType
        let label = field.isList ? "of" : "as"
        var expression = "_input.\(accessor)(\(name), \(label): \(element).self, required: \(field.isRequired))"
        if let defaultExpression = defaultExpression(field) { expression += " ?? \(defaultExpression)" }
        return expression
    }

    func responseView(_ response: ResolvedResponse) -> ResponseView {
        let name = SwiftName.escaped(response.caseName)
        let doc = SwiftLiteral.docComment([response.description ?? "\(response.status)"], indent: "            ")
        if let bodyType = response.bodyType?.text {
            return ResponseView(
                doc: doc,
                caseDeclaration: "case \(name)(\(bodyType))",
                responseCase: "case .\(name)(let body): return Hattori.JSONResponse.make(status: .init(code: \(response.status)), body: body)"
            )
        }
        return ResponseView(
            doc: doc,
            caseDeclaration: "case \(name)",
            responseCase: "case .\(name): return Hattori.JSONResponse.empty(status: .init(code: \(response.status)))"
        )
    }
}
