import Foundation

/// Builds the `NamePlan` of a spec: maps every spec name to its Swift name by `NameRules`, composes
/// the names made of several (router protocols, scheme lists, files), and reports each name that
/// cannot be made, is too long for a file, or collides with another once mapped.
enum NamingPass {
    static func plan(_ spec: APISpec) -> (names: NamePlan, diagnostics: [Diagnostic]) {
        var pass = Pass(spec: spec)
        let names = pass.run()
        return (names, pass.diagnostics.diagnostics)
    }
}

private struct Pass {
    let spec: APISpec
    let diagnostics = DiagnosticCollector()
    let library: String
    let app: String
    /// Swift type name → who took it first, per namespace ("" or "Schemes").
    var typeNames: [String: (what: String, location: SourceLocation)] = [:]
    var operationMethods: [String: (specName: String, location: SourceLocation)] = [:]
    var operationTypes: [String: (specName: String, location: SourceLocation)] = [:]
    /// Lowercased file paths → the path and who writes it: macOS cannot hold two that differ only in case.
    var files: [String: (path: String, what: String, isFixed: Bool)] = [:]
    /// Lowercased `<target>/<file name>` → the path and who writes it: one module cannot compile
    /// two files of one name, whatever their folders.
    var fileNames: [String: (path: String, what: String, isFixed: Bool)] = [:]

    init(spec: APISpec) {
        self.spec = spec
        library = spec.name.value + "API"
        app = spec.name.value
    }

    func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.error(message, at: location, hint: hint)
    }

    mutating func run() -> NamePlan {
        checkPackageName()
        // The files of the package itself, so that a spec name cannot take theirs.
        var fixedFiles = [(GeneratedNames.authenticatorsFile(app), "the `Authenticators` struct"),
                          (GeneratedNames.handlersFile(app), "the `Handlers` struct"),
                          (GeneratedNames.appFile(app), "the server's `@main`"),
                          (GeneratedNames.serverFile(library), "the API's router"),
                          (GeneratedNames.documentFile(library), "the OpenAPI document")]
        if !spec.schemes.isEmpty { fixedFiles.append((GeneratedNames.schemesFile(library), "the auth schemes")) }
        if !spec.exceptions.isEmpty || spec.validationError != nil { fixedFiles.append((GeneratedNames.exceptionsFile(library), "the exceptions")) }
        for (file, what) in fixedFiles { claimFile(file, for: what, at: spec.name.location, isFixed: true) }
        var schemas: [String: NamePlan.Schema] = [:]
        let schemaTypeNames = Set(spec.schemas.compactMap { NameRules.typeName($0.name.value) })
        for schema in spec.schemas {
            let typeName = claimTypeName(schema.name, what: "schema") ?? NameRules.typeName(schema.name.value) ?? schema.name.value
            let file = GeneratedNames.modelFile(library, type: typeName)
            claimFile(file, for: "schema '\(schema.name.value)'", at: schema.name.location)
            let fields = Self.byName(schema.fields, fieldNames(schema.fields, owner: "schema '\(schema.name.value)'",
                                                               reservedEnumNames: schemaTypeNames))
            if schemas[schema.name.value] == nil {
                schemas[schema.name.value] = NamePlan.Schema(
                    typeName: typeName, enumCases: schema.enumValues.map { NameRules.enumCases($0.map(\.value)) } ?? [],
                    fields: fields, file: file,
                    unionCases: schema.union.map { NameRules.enumCases($0.members.map(\.value)) } ?? [])
            }
        }
        var schemes: [String: NamePlan.Scheme] = [:]
        var stubFiles: [String: String] = [:]
        for scheme in spec.schemes {
            let typeName = claimTypeName(scheme.name, what: "auth scheme", namespace: "Schemes")
                ?? NameRules.typeName(scheme.name.value) ?? scheme.name.value
            let stub = scheme.kind.value.isSession ? nil : stubName(scheme)
            if let stub, stubFiles[stub] == nil {
                let file = GeneratedNames.stubFile(app, stub: stub)
                stubFiles[stub] = file
                claimFile(file, for: "the stub of scheme '\(scheme.name.value)'", at: (scheme.implementation ?? scheme.name).location)
            }
            let hooksFile = GeneratedNames.hooksFile(app, scheme: typeName)
            if scheme.responses?.contains(where: { $0.body != nil && [401, 403].contains($0.status.value) }) == true {
                claimFile(hooksFile, for: "the response stubs of scheme '\(scheme.name.value)'", at: scheme.name.location)
            }
            if schemes[scheme.name.value] == nil {
                schemes[scheme.name.value] = NamePlan.Scheme(
                    typeName: typeName, caseName: NameRules.memberName(scheme.name.value) ?? typeName, stub: stub,
                    unauthorizedHook: NameRules.refusalHookName(scheme: scheme.name.value, status: 401) ?? typeName + "Unauthorized",
                    forbiddenHook: NameRules.refusalHookName(scheme: scheme.name.value, status: 403) ?? typeName + "Forbidden",
                    hooksFile: hooksFile)
            }
        }
        checkRefusalHooks()
        var exceptions: [String: NamePlan.Exception] = [:]
        for exception in spec.exceptions {
            let typeName = claimTypeName(exception.name, what: "exception") ?? NameRules.typeName(exception.name.value) ?? exception.name.value
            let file = GeneratedNames.exceptionHandlerFile(app, exception: typeName)
            if exception.body != nil { claimFile(file, for: "the handler of exception '\(exception.name.value)'", at: exception.name.location) }
            if exceptions[exception.name.value] == nil { exceptions[exception.name.value] = NamePlan.Exception(typeName: typeName, handlerFile: file) }
        }
        if let answer = spec.validationError, answer.body != nil {
            claimFile(GeneratedNames.validationErrorHandlerFile(app), for: "the handler of 'validation_error'", at: answer.name.location)
        }
        let operationEnumNames = schemaTypeNames.union(GeneratedNames.nestedTypes)
        var groups: [[String]: NamePlan.Group] = [:]
        var operations: [String: NamePlan.Operation] = [:]
        func addGroup(_ path: [String], typeName: String, at location: SourceLocation) {
            let group = NamePlan.Group(
                typeName: typeName, protocolName: protocolName(ofGroup: typeName), registerFunction: "register" + typeName,
                operationsFile: GeneratedNames.operationsFile(library, group: typeName),
                handlersFile: GeneratedNames.groupHandlersFile(app, group: typeName))
            let what = path.isEmpty ? "the top-level operations" : "router '\(path.joined(separator: "."))'"
            claimFile(group.operationsFile, for: what, at: location)
            claimFile(group.handlersFile, for: what, at: location)
            groups[path] = group
        }
        func addOperations(_ list: [OperationSpec]) {
            for operation in list {
                if let named = operationNames(operation, reservedEnumNames: operationEnumNames), operations[operation.name.value] == nil {
                    operations[operation.name.value] = named
                }
            }
        }
        if !spec.operations.isEmpty {
            claimTypeName(Located(protocolName(ofGroup: GeneratedNames.rootGroup), at: spec.name.location), what: "the top-level operations",
                          protocolOf: true)
            addGroup([], typeName: GeneratedNames.rootGroup, at: spec.name.location)
        }
        addOperations(spec.operations)
        func visit(_ routers: [RouterSpec], path: [String], parentTypeName: String) {
            for router in routers {
                let what = "router '\(router.name.value)'"
                var typeName = parentTypeName
                if let own = NameRules.typeName(router.name.value) {
                    typeName = parentTypeName + own
                    claimTypeName(Located(protocolName(ofGroup: typeName), at: router.name.location), what: what, protocolOf: true)
                    if typeName == GeneratedNames.rootGroup {
                        error("the router name 'root' is reserved for operations declared at the top level", at: router.name.location,
                              hint: "rename the router")
                    }
                } else {
                    error("router name '\(router.name.value)' cannot become a Swift identifier", at: router.name.location,
                          hint: "use at least one letter or digit")
                }
                let routerPath = path + [router.name.value]
                if !router.operations.isEmpty, groups[routerPath] == nil {
                    addGroup(routerPath, typeName: typeName, at: router.name.location)
                }
                addOperations(router.operations)
                visit(router.routers, path: routerPath, parentTypeName: typeName)
            }
        }
        visit(spec.routers, path: [], parentTypeName: "")

        // Scheme lists, in order of first use; each name is its schemes' joined by `Or`, numbered when taken.
        var schemeLists: [[String]: String] = [:]
        var taken: Set<String> = []
        for placement in EffectiveAuth.placements(in: spec) where !placement.auth.isEmpty && schemeLists[placement.auth] == nil {
            let base = placement.auth.map { schemes[$0]?.typeName ?? NameRules.typeName($0) ?? $0 }.joined(separator: "Or")
            var name = base
            var number = 2
            while !taken.insert(name).inserted {
                name = base + String(number)
                number += 1
            }
            schemeLists[placement.auth] = name
        }
        let shadowing = Set(operations.values.map(\.typeName)).union(schemes.values.map(\.typeName)).union(schemeLists.values)
            .union(operations.values.flatMap { $0.responseHeaders.values.map(\.typeName) }).union(GeneratedNames.nestedTypes)
        return NamePlan(
            package: NamePlan.Package(name: spec.name.value, library: library, app: app, serverType: spec.name.value + "Server",
                                      tests: spec.name.value + "Tests"),
            schemas: schemas, schemes: schemes, exceptions: exceptions, groups: groups, operations: operations,
            schemeLists: schemeLists, stubFiles: stubFiles, shadowing: shadowing)
    }

    // MARK: Package and types

    func checkPackageName() {
        let name = spec.name
        if name.value.isEmpty { return }  // the loader reported it missing
        if let problem = NameRules.fileNameProblem(name.value) {
            error("the package name \(NameRules.quoted(name.value)) is too long: \(problem)", at: name.location,
                  hint: "choose a shorter name")
            return
        }
        guard name.value.range(of: #"^[A-Za-z][A-Za-z0-9_]*$"#, options: .regularExpression) != nil else {
            error("'\(name.value)' cannot be a Swift package and module name", at: name.location,
                  hint: "use letters, digits and underscores, starting with a letter, e.g. '\(SwiftName.upperCamel(name.value) ?? "MyAPI")'")
            return
        }
        // The user's target is a module named like the package: `import <name>` must parse.
        if SwiftName.keywords.contains(name.value) || SwiftName.unescapable.contains(name.value) {
            error("'\(name.value)' is a Swift keyword: it cannot name the package's module", at: name.location,
                  hint: "choose another name, e.g. '\(name.value.prefix(1).uppercased() + name.value.dropFirst())API'")
            return
        }
        let lowered = name.value.lowercased()
        let clashes = [lowered, lowered + "api", lowered + "tests"]
            .filter(NameRules.dependencyPackageNames.contains)
        if !clashes.isEmpty {
            error("the package name '\(name.value)' clashes with a dependency of the generated package", at: name.location,
                  hint: "SwiftPM cannot resolve two packages or modules with one name; choose another, e.g. '\(name.value)Service'")
        }
    }

    /// Registers a generated type name, reporting names that cannot be mapped or that collide.
    /// `protocolOf`: the name is the handler protocol of `what` (a router), not its own.
    @discardableResult
    mutating func claimTypeName(_ name: Located<String>, what: String, namespace: String = "", protocolOf: Bool = false) -> String? {
        let subject = protocolOf ? "the handler protocol '\(name.value)' of \(what)" : "\(what) '\(name.value)'"
        guard let typeName = NameRules.typeName(name.value) else {
            error("\(what) name '\(name.value)' cannot become a Swift identifier", at: name.location,
                  hint: "use at least one letter or digit")
            return nil
        }
        if let problem = NameRules.fileNameProblem(typeName) {
            error("\(what) name \(NameRules.quoted(name.value)) is too long: \(problem)", at: name.location,
                  hint: "choose a shorter name")
            return nil
        }
        let key = namespace + "." + typeName
        if let clash = moduleClash(typeName, namespace: namespace) {
            error("\(subject) would become the Swift type '\(typeName)', the name of \(clash)", at: name.location,
                  hint: "Swift could not tell the two apart: rename it, e.g. '\(NameRules.alternative(to: name.value, suffix: "Info"))'")
            return nil
        }
        if let first = typeNames[key] {
            error("\(subject) and \(first.what) both become the Swift type '\(typeName)'", at: name.location,
                  hint: "rename one of them (the other is at \(first.location))")
            return nil
        }
        typeNames[key] = (subject, name.location)
        return typeName
    }

    /// The handler protocol of a group (`<Group>API`); `<Group>RouterAPI` for a router named like
    /// the package, whose protocol would otherwise take the generated module's name.
    func protocolName(ofGroup typeName: String) -> String {
        typeName + "API" == library ? typeName + "RouterAPI" : typeName + "API"
    }

    /// What a type named `typeName` would be taken for: generated code writes `<Module>.<Schema>`
    /// where a nested type hides a schema, which a type named like the module breaks (in whatever
    /// namespace it stands); and the user's target declares the server command, which would hide a
    /// top-level type of that name there.
    func moduleClash(_ typeName: String, namespace: String) -> String? {
        if typeName == library { return "the generated module" }
        if namespace.isEmpty && typeName == spec.name.value + "Server" { return "the server command" }
        return nil
    }

    /// Registers a file gen writes; two that differ only in case are one file on macOS, and two of
    /// one name in one target (`Sources/<target>/…`) do not compile, whatever their folders.
    /// `isFixed`: a file every such package has, whose name no spec name can change.
    mutating func claimFile(_ path: String, for what: String, at location: SourceLocation, isFixed: Bool = false) {
        let key = path.lowercased()
        if key.hasSuffix("/main.swift") {
            error("\(what) would be written to '\(path)': SwiftPM builds a module with a file named main.swift as a program",
                  at: location, hint: what.hasPrefix("the stub") ? "rename the scheme (or its implementation), e.g. to 'main_auth'"
                                                                 : "rename it, e.g. to 'main_routes'")
            return
        }
        if let first = files[key] {
            guard first.what != what else { return }
            let relation = first.path == path ? "which is already the file of" : "which differs only in case from the file of"
            error("\(what) would be written to '\(path)', \(relation) \(first.what)", at: location,
                  hint: first.isFixed ? "that file is the package's own; rename \(what.hasPrefix("the stub") ? "the scheme" : "it")"
                                      : "rename one of them: a file holds one thing, and macOS's file system does not tell case apart")
            return
        }
        files[key] = (path, what, isFixed)
        let parts = path.split(separator: "/")
        guard parts.count > 2, parts[0] == "Sources", let name = parts.last else { return }
        let nameKey = "\(parts[1])/\(name)".lowercased()
        if let first = fileNames[nameKey], first.what != what {
            error("\(what) would be written to '\(path)', which has the file name of \(first.what) ('\(first.path)')", at: location,
                  hint: first.isFixed ? "that file is the package's own; rename \(what.hasPrefix("the stub") ? "the scheme" : "it")"
                                      : "rename one of them: Swift cannot compile two files of one name in one module")
            return
        }
        fileNames[nameKey] = (path, what, isFixed)
    }

    // MARK: Fields

    /// The names of one schema's fields, one operation's parameters, or its form fields, one per
    /// field in order (nil for a name that cannot become an identifier).
    func fieldNames(_ fields: [FieldSpec], owner: String, reservedEnumNames: Set<String>,
                    responseHeaders: Bool = false) -> [NamePlan.Field?] {
        var members: [String: String] = [:]
        var result: [NamePlan.Field?] = []
        for field in fields {
            guard let member = NameRules.memberName(field.name.value) else {
                error("\(owner): name '\(field.name.value)' cannot become a Swift identifier", at: field.name.location,
                      hint: "use at least one letter or digit")
                result.append(nil)
                continue
            }
            let groupKey = "\(field.location.rawValue).\(member)"
            // Two spellings of one response header are the validator's to report (header names ignore case).
            if let other = members[groupKey], !responseHeaders || other.lowercased() != field.name.value.lowercased() {
                error("\(owner): '\(field.name.value)' and '\(other)' both become the Swift name '\(member)'",
                      at: field.name.location, hint: "rename one of them")
            } else {
                members[groupKey] = field.name.value
            }
            var enumType: String?
            if field.enumValues != nil {
                var name = NameRules.typeName(field.name.value) ?? "Value"
                if reservedEnumNames.contains(name) { name += "Enum" }
                enumType = name
            }
            let prefix = field.location == .header ? "header" : field.location.rawValue
            let local = prefix + member.prefix(1).uppercased() + member.dropFirst()
            result.append(NamePlan.Field(
                member: member, local: local, constraintsConstant: "_\(field.location == .body ? member : local)Constraints", enumType: enumType,
                enumCases: field.enumValues.map { NameRules.enumCases($0.map(\.value)) } ?? []))
        }
        return result
    }

    /// Fields by spec name (the first of a repeated one; validation reports the repeat).
    static func byName(_ fields: [FieldSpec], _ names: [NamePlan.Field?]) -> [String: NamePlan.Field] {
        var result: [String: NamePlan.Field] = [:]
        for (field, name) in zip(fields, names) where result[field.name.value] == nil { result[field.name.value] = name }
        return result
    }

    // MARK: Schemes

    func stubName(_ scheme: SchemeSpec) -> String? {
        guard let implementation = scheme.implementation else { return NameRules.memberName(scheme.name.value) }
        guard let method = NameRules.memberName(implementation.value) else {
            error("implementation name '\(implementation.value)' cannot become a Swift identifier", at: implementation.location)
            return nil
        }
        if let problem = NameRules.fileNameProblem(method) {
            error("implementation name \(NameRules.quoted(implementation.value)) is too long: \(problem)",
                  at: implementation.location, hint: "choose a shorter name")
        }
        return method
    }

    /// A scheme's declared 401/403 body is built by a stub named after the scheme; it shares
    /// `Authenticators` with the authentication stubs, so no two of them may have one name.
    func checkRefusalHooks() {
        var taken: [String: String] = [:]
        for scheme in spec.schemes where !scheme.kind.value.isSession {
            if let method = NameRules.memberName((scheme.implementation ?? scheme.name).value) {
                taken[method] = taken[method] ?? "the stub of scheme '\(scheme.name.value)'"
            }
        }
        for scheme in spec.schemes {
            for response in scheme.responses ?? [] where response.body != nil {
                guard let hook = NameRules.refusalHookName(scheme: scheme.name.value, status: response.status.value) else { continue }
                if let other = taken[hook] {
                    error("the \(response.status.value) body of scheme '\(scheme.name.value)' is built by the stub '\(hook)', which is also \(other)",
                          at: response.status.location, hint: "rename one of the schemes (or give the other an 'implementation')")
                } else {
                    taken[hook] = "the \(response.status.value) body stub of scheme '\(scheme.name.value)'"
                }
            }
        }
    }

    // MARK: Operations

    mutating func operationNames(_ operation: OperationSpec, reservedEnumNames: Set<String>) -> NamePlan.Operation? {
        let what = "operation '\(operation.name.value)'"
        var fields: [ParameterLocation: [String: NamePlan.Field]] = [:]
        // Parameters first (all locations checked together: a name may repeat across them), then the form.
        let parameters = fieldNames(operation.parameters, owner: what, reservedEnumNames: reservedEnumNames)
        for location in Set(operation.parameters.map(\.location)) {
            let pairs = zip(operation.parameters, parameters).filter { $0.0.location == location }
            fields[location] = Self.byName(pairs.map(\.0), pairs.map(\.1))
        }
        fields[.form] = Self.byName(operation.form, fieldNames(operation.form, owner: "\(what) form", reservedEnumNames: reservedEnumNames))
        guard let method = NameRules.memberName(operation.name.value), let typeName = NameRules.typeName(operation.name.value) else {
            error("operation name '\(operation.name.value)' cannot become a Swift identifier", at: operation.name.location,
                  hint: "use at least one letter or digit")
            return nil
        }
        if let clash = moduleClash(typeName, namespace: "Operations") {
            error("\(what) would become the Swift type 'Operations.\(typeName)', the name of \(clash)", at: operation.name.location,
                  hint: "Swift could not tell the two apart: rename it, e.g. '\(NameRules.alternative(to: operation.name.value, suffix: "Op"))'")
        }
        if let first = operationTypes[typeName], first.specName != operation.name.value, operationMethods[method] == nil {
            error("operations '\(operation.name.value)' and '\(first.specName)' both become the Swift type 'Operations.\(typeName)'",
                  at: operation.name.location, hint: "rename one of them")
        }
        operationTypes[typeName] = operationTypes[typeName] ?? (operation.name.value, operation.name.location)
        if let first = operationMethods[method] {
            error(first.specName == operation.name.value
                  ? "duplicate operation name '\(operation.name.value)'"
                  : "operations '\(operation.name.value)' and '\(first.specName)' both become the Swift name '\(method)'",
                  at: operation.name.location, hint: "operation names are operationIds and must be unique (first at \(first.location))")
        } else {
            operationMethods[method] = (operation.name.value, operation.name.location)
        }
        var responseHeaders: [String: NamePlan.ResponseHeaders] = [:]
        var mediaCases: [String: [String]] = [:]
        var classConstants: [String: String] = [:]
        for response in operation.responses {
            let key = response.key
            let caseName = StatusCodes.caseName(response)
            if response.media.count > 1 {
                mediaCases[key] = NameRules.mediaCases(caseName, mediaTypes: response.media.map(\.type.value))
            }
            if response.statusClass != nil { classConstants[key] = "_\(caseName)Statuses" }
            guard !response.headers.isEmpty else { continue }
            let caseType = SwiftName.upperCamel(caseName) ?? "Status\(key)"
            // Nested in Output, beside the body types it must not shadow.
            var headersType = caseType + "Headers"
            if reservedEnumNames.contains(headersType) { headersType = caseType + "ResponseHeaders" }
            let names = fieldNames(response.headers, owner: "response \(key) of \(what)", reservedEnumNames: [], responseHeaders: true)
            responseHeaders[key] = NamePlan.ResponseHeaders(typeName: headersType, fields: Self.byName(response.headers, names))
        }
        return NamePlan.Operation(methodName: method, typeName: typeName, routeVariable: method + "Route", fields: fields,
                                  responseHeaders: responseHeaders, mediaCases: mediaCases, classConstants: classConstants)
    }
}
