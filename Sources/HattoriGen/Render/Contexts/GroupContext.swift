extension ContextValues {
    /// `operations.mustache` and `group-handlers.mustache`, one router's operations: `typeName`,
    /// `protocolName`, `registerFunction`, `doc`, `operations` (see `operation`).
    static func group(_ group: ResolvedGroup) -> TemplateContext {
        [
            "typeName": group.typeName,
            "protocolName": group.protocolName,
            "registerFunction": group.registerFunction,
            "doc": doc([group.description]),
            "operations": group.operations.map(operation),
        ]
    }

    /// One operation:
    /// - `typeName`, `methodName` (escaped), `idLiteral`, `routeVariable`;
    /// - `doc` (its enum's), `protocolDoc` (its handler requirement's), `notImplementedLiteral`;
    /// - `hasAuth`, `authType` (the identity type), `authSummary` (its schemes, for the doc),
    ///   `schemeList` (none, or the name of its `SchemeLists` entry);
    /// - `groups` (`typeName`, `property`, `doc`, `fields`, `enums`) and `body` (none, or one
    ///   `type` with `doc`): the input; `inputs` (`label`, `type`) and `hasInputs`: the members of `Input`;
    /// - `decodes` (`local`, `accessor`, `keyLiteral`, `elementType`, `isPath`, `isList`, `isRequired`,
    ///   `default`, `constraints`): each parameter read from the request; `allConstraints` (each
    ///   constrained parameter's `constraints`) and `hasConstraints`; `initArguments` (`label`, and one of
    ///   `isAuth`, `isGroup` with `fields` of `label` and `local`, or `isBody`);
    /// - `responses` (see `output`): the output's cases;
    /// - `bodyKind` (`none`, `json` or `form`) and `routes` (`method`, `pathLiteral`): its routes;
    /// - `statusClasses` (see `statusClass`); `responseOptions` (the labels of `ResponseOptions` it
    ///   sets) and `hasResponseOptions`.
    static func operation(_ operation: ResolvedOperation) -> TemplateContext {
        let present = GeneratedNames.inputGroups.compactMap { location, typeName, property -> (typeName: String, property: String, fields: [ResolvedField])? in
            let fields = location == .form ? operation.form : operation.parameters(in: location)
            return fields.isEmpty ? nil : (typeName, property, fields)
        }
        let groups: [TemplateContext] = present.map { typeName, property, fields in
            let what = property == "headers" ? "header" : property == "cookies" ? "cookie" : property
            return [
                "typeName": typeName,
                "property": property,
                "doc": doc(["The \(what) parameters."]),
                "fields": fields.map(field),
                "enums": fields.compactMap { field in field.enumType.map { enumeration($0, doc: field.description) } },
            ]
        }
        let body: [TemplateContext] = operation.bodyType.map {
            [["type": $0.text, "doc": doc([operation.bodyDescription ?? "The JSON request body."])]]
        } ?? []
        let hasAuth = operation.auth != nil
        var inputs: [TemplateContext] = hasAuth ? [["label": "auth", "type": "Auth"]] : []
        inputs += present.map { ["label": $0.property, "type": $0.typeName] }
        if let bodyType = operation.bodyType { inputs.append(["label": "body", "type": bodyType.text]) }
        let allConstraints: [TemplateContext] = present.flatMap { group in group.fields.flatMap(constraints) }
        let decodes: [TemplateContext] = present.flatMap { typeName, _, fields in
            fields.map { field in
                // Enums are nested in their group struct (`Query.Status`); the decoder runs in `Input`.
                let element = field.enumType.map { "\(typeName).\($0.typeName)" } ?? field.swiftType.element.text
                return [
                    "local": field.localName,
                    "accessor": accessor(field),
                    "keyLiteral": SwiftLiteral.string(field.specName),
                    "elementType": element,
                    "constraints": constraints(field),
                    "isPath": field.location == .path,
                    "isList": field.isList,
                    "isRequired": field.isRequired,
                    "default": defaultValue(field.defaultValue),
                ]
            }
        }
        var initArguments: [TemplateContext] = []
        let argument: TemplateContext = ["isAuth": false, "isGroup": false, "isBody": false, "fields": [TemplateContext]()]
        if hasAuth { initArguments.append(argument.merging(["label": "auth", "isAuth": true]) { $1 }) }
        for (_, property, fields) in present {
            initArguments.append(argument.merging([
                "label": property, "isGroup": true,
                "fields": fields.map { ["label": SwiftName.argumentLabel($0.swiftName), "local": $0.localName] },
            ]) { $1 })
        }
        if operation.bodyType != nil { initArguments.append(argument.merging(["label": "body", "isBody": true]) { $1 }) }
        let routeLine = "`" + operation.httpMethods.map { "\($0) \(operation.fullPath)" }.joined(separator: ", ") + "`"
        let deprecation = operation.deprecated ? "- Warning: Deprecated." : nil
        return handlerSignature(operation).merging([
            "idLiteral": SwiftLiteral.string(operation.specName),
            "routeVariable": operation.routeVariable,
            "doc": doc([operation.summary ?? routeLine, operation.description, deprecation]),
            "protocolDoc": doc([operation.summary, operation.description, routeLine, deprecation]),
            "notImplementedLiteral": SwiftLiteral.string("\(operation.specName) is not implemented yet"),
            "hasAuth": hasAuth,
            "authType": operation.auth.map { $0.sharedIdentity?.text ?? "SchemeLists.\($0.typeName).Identity" } ?? "Swift.Never",
            "authSummary": operation.schemes.map { "`\($0.specName.replacingOccurrences(of: "`", with: "'"))`" }.joined(separator: ", "),
            "schemeList": operation.auth.map { [$0.typeName] } ?? [],
            "groups": groups,
            "body": body,
            "inputs": inputs,
            "hasInputs": !inputs.isEmpty,
            "decodes": decodes,
            "allConstraints": allConstraints,
            "hasConstraints": !allConstraints.isEmpty,
            "initArguments": initArguments,
            "responses": operation.responses.map(output),
            // Only the responses that declare headers: most have none, and a second walk over every
            // response costs the render more than building this list (BENCHMARKS.md, issue 14).
            // One struct for the media types of one status.
            "headerStructs": headerStructs(operation.responses),
            "statusClasses": unique(operation.responses.compactMap(statusClass), by: "constant"),
            "responseOptions": responseOptionLabels(operation.responseOptions),
            "hasResponseOptions": !operation.responseOptions.isEmpty,
            "bodyKind": operation.bodyType != nil ? "json" : (operation.form.isEmpty ? "none" : "form"),
            "routes": operation.httpMethods.map { ["method": $0.lowercased(), "pathLiteral": SwiftLiteral.string(operation.fullPath)] },
        ]) { $1 }
    }

    /// The constant of a class of statuses, if the response is one: `constant`, `caseName`,
    /// `spelling`; `isRange` (`4XX`) with `lower`, `upper`, `excluded` (the statuses of the class
    /// something else answers) and `hasExcluded`, or `codes` (Django Ninja's set, as restricted).
    static func statusClass(_ response: ResolvedResponse) -> TemplateContext? {
        guard let statusClass = response.statusClass, let constant = response.classStatusesConstant else { return nil }
        let allowed = Set(response.classCodes)
        let excluded = statusClass.codes.filter { !allowed.contains($0) }.map { "\($0)" }
        return [
            "constant": constant, "caseName": StatusCodes.caseName(statusClass), "spelling": statusClass.spelling,
            "isRange": !statusClass.isNinjaSet, "lower": "\(statusClass.hundreds * 100)", "upper": "\(statusClass.hundreds * 100 + 99)",
            "excluded": excluded, "hasExcluded": !excluded.isEmpty, "codes": response.classCodes.map { "\($0)" },
        ]
    }

    /// The labels of `Hattori.ResponseOptions`' init that an operation's options set.
    static func responseOptionLabels(_ options: ResponseOptions) -> [String] {
        [("excludeNone", options.excludeNone), ("excludeUnset", options.excludeUnset), ("excludeDefaults", options.excludeDefaults),
         ("byAlias", options.byAlias)].filter(\.1).map(\.0)
    }

    /// Each context once, the first of those with the same `key`.
    static func unique(_ contexts: [TemplateContext], by key: String) -> [TemplateContext] {
        var seen: Set<String> = []
        return contexts.filter { seen.insert($0[key] as? String ?? "").inserted }
    }

    /// The structs of the responses' declared headers, one per status that declares some (its media
    /// types share it): `typeName`, `cases` (the output cases that carry it, in words: `` `ok` ``,
    /// `` `okJson` and `okPdf` ``) with `plural`, `fields` (each with `keyLiteral`).
    static func headerStructs(_ responses: [ResolvedResponse]) -> [TemplateContext] {
        var order: [String] = []
        var byType: [String: (cases: [String], fields: [ResolvedField])] = [:]
        for response in responses {
            guard let typeName = response.headersTypeName else { continue }
            if byType[typeName] == nil { order.append(typeName) }
            byType[typeName, default: ([], response.headers)].cases.append("`\(response.caseName)`")
        }
        return order.compactMap { typeName in
            byType[typeName].map {
                ["typeName": typeName, "cases": $0.cases.joined(separator: " and "), "plural": $0.cases.count > 1, "fields": $0.fields.map(field)]
            }
        }
    }

    /// One case of `Output`: `name` (escaped), `status`, `doc`; `hasBody` with `bodyType`, and
    /// `plainBody` (a body and no headers); `hasHeaders` with `headersType`; `mediaTypeLiteral` and
    /// `filename` (a list: none or the literal) for text and bytes; `jsonMediaType` (none, or the
    /// literal of a JSON media type other than `application/json`); `isClass` with `classConstant`
    /// for a class of statuses (the case carries its `status:`); `responder`, the partial that
    /// answers with it (`_output-json`, `_output-json-headers`, `_output-text`, `_output-bytes` or
    /// `_output-empty`): one lookup where flags for each kind would cost one each, on every response.
    static func output(_ response: ResolvedResponse) -> TemplateContext {
        let hasHeaders = response.headersTypeName != nil
        let hasBody = response.bodyType != nil
        let responder: String
        var jsonMediaType: [String] = []
        switch response.content {
        case _ where !hasBody: responder = "_output-empty"
        case .json(let mediaType):
            responder = hasHeaders ? "_output-json-headers" : "_output-json"
            if mediaType != ResponseContent.defaultJSON { jsonMediaType = [SwiftLiteral.string(mediaType)] }
        case .text: responder = "_output-text"
        case .bytes: responder = "_output-bytes"
        }
        return [
            "name": SwiftName.escaped(response.caseName),
            "status": "\(response.status)",
            "hasBody": hasBody,
            "plainBody": hasBody && !hasHeaders,
            "bodyType": response.bodyType?.text ?? "",
            "responder": responder,
            "mediaTypeLiteral": SwiftLiteral.string(response.content.mediaType),
            "filename": response.filename.map { [SwiftLiteral.string($0)] } ?? [],
            "hasHeaders": hasHeaders,
            "headersType": response.headersTypeName ?? "",
            "jsonMediaType": jsonMediaType,
            "isClass": response.statusClass != nil,
            "classConstant": response.classStatusesConstant ?? "",
            "doc": doc([response.description ?? response.statusClass?.spelling ?? "\(response.status)"]),
        ]
    }

    /// What `_handler-signature` needs: `typeName`, `methodName` (escaped).
    static func handlerSignature(_ operation: ResolvedOperation) -> TemplateContext {
        ["typeName": operation.typeName, "methodName": SwiftName.escaped(operation.methodName)]
    }

    /// The `Hattori.InputDecoder` method that reads a parameter.
    static func accessor(_ field: ResolvedField) -> String {
        switch field.location {
        case .path: return "path"
        case .query: return field.isList ? "queryList" : "query"
        case .header: return "header"
        case .cookie: return "cookie"
        case .form, .body:  // `.body` is a schema field's: never a parameter
            let isFile = field.type == .primitive(.file) || field.type == .array(.primitive(.file))
            return (isFile ? "file" : "form") + (field.isList ? "List" : "")
        }
    }
}
