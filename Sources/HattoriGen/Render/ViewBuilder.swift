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
        let accessor = field.isRequired ? "required" : "optional"
        var decodeLine = "let \(name) = \(decoder).\(accessor)(\(field.swiftType).self, .\(name))"
        if let defaultExpression = field.defaultExpression { decodeLine += " ?? \(defaultExpression)" }
        return FieldView(
            name: name,
            fullType: field.swiftType + (field.isOptional ? "?" : ""),
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
            var parameter = "\(escaped(field)): \(field.swiftType)"
            if field.isOptional {
                parameter += "? = nil"
            } else if let defaultExpression = field.defaultExpression {
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

    static let groupNames: [(ParameterLocation, typeName: String, property: String)] = [
        (.path, "Path", "path"), (.query, "Query", "query"), (.header, "Headers", "headers"),
        (.cookie, "Cookies", "cookies"), (.form, "Form", "form"),
    ]

    func signature(_ operation: ResolvedOperation) -> String {
        "func \(SwiftName.escaped(operation.methodName))(_ input: Operations.\(operation.typeName).Input, context: OperationContext) async throws -> Operations.\(operation.typeName).Output"
    }

    func routeLine(_ operation: ResolvedOperation) -> String {
        operation.httpMethods.map { "\($0) \(operation.fullPath)" }.joined(separator: ", ")
    }

    func groupView(_ group: ResolvedGroup) -> GroupView {
        GroupView(
            header: header,
            typeName: group.typeName,
            protocolName: group.protocolName,
            doc: SwiftLiteral.docComment([group.description], indent: ""),
            operations: group.operations.enumerated().map { index, operation in
                operationView(operation, isLast: index == group.operations.count - 1)
            }
        )
    }

    func operationView(_ operation: ResolvedOperation, isLast: Bool) -> OperationView {
        let fieldsByGroup = Self.groupNames.compactMap { location, typeName, property -> (String, String, [ResolvedField])? in
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
        var groupArguments: [String] = []
        for (typeName, property, fields) in fieldsByGroup {
            var arguments: [String] = []
            for field in fields {
                let local = localName(field)
                decodeLines.append("let \(local) = \(decodeExpression(field, groupType: typeName))")
                if field.isRequired { required.append(local) }
                arguments.append("\(SwiftName.argumentLabel(field.swiftName)): \(local)")
            }
            groupArguments.append("\(property): .init(\(arguments.joined(separator: ", ")))")
        }
        if let bodyType = operation.bodyType {
            decodeLines.append("let jsonBody = _input.jsonBody(\(bodyType).self, required: true)")
            required.append("jsonBody")
            groupArguments.append("body: jsonBody")
        }
        let inputParameters = fieldsByGroup.map { "\($0.1): \($0.0)" } + (operation.bodyType.map { ["body: \($0)"] } ?? [])
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
                [BodyView(type: $0, doc: SwiftLiteral.docComment([operation.bodyDescription ?? "The JSON request body."], indent: "            "))]
            } ?? [],
            inputInitParameters: inputParameters.joined(separator: ", "),
            hasInputMembers: !inputParameters.isEmpty,
            bodyKind: operation.bodyType != nil ? "json" : (operation.form.isEmpty ? "none" : "form"),
            decoderBinding: decodeLines.isEmpty ? "let" : "var",
            decodeLines: decodeLines,
            guardLine: guardLine(required, validity: "_input"),
            initArguments: groupArguments.joined(separator: ", "),
            responses: operation.responses.map(responseView),
            handlerVariable: operation.methodName + "Route",
            routes: operation.httpMethods.map {
                RouteView(method: "." + $0.lowercased(), pathLiteral: SwiftLiteral.string(operation.fullPath))
            },
            notImplementedLiteral: SwiftLiteral.string("\(operation.specName) is not implemented yet"),
            isLast: isLast
        )
    }

    /// `queryLimit`, `pathPetId`: unique per operation, never a keyword.
    func localName(_ field: ResolvedField) -> String {
        let prefix = field.location == .header ? "header" : field.location.rawValue
        return prefix + field.swiftName.prefix(1).uppercased() + field.swiftName.dropFirst()
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
            ?? (field.isList ? String(field.swiftType.dropFirst().dropLast()) : field.swiftType)
        if field.location == .path {
            return "_input.path(\(name), as: \(scalarType).self)"
        }
        let element = scalarType
        let label = field.isList ? "of" : "as"
        var expression = "_input.\(accessor)(\(name), \(label): \(element).self, required: \(field.isRequired))"
        if let defaultExpression = field.defaultExpression { expression += " ?? \(defaultExpression)" }
        return expression
    }

    func responseView(_ response: ResolvedResponse) -> ResponseView {
        let name = SwiftName.escaped(response.caseName)
        let doc = SwiftLiteral.docComment([response.description ?? "\(response.status)"], indent: "            ")
        if let bodyType = response.bodyType {
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
