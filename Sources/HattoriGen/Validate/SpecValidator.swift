import Foundation

/// Stage 2: checks everything that the YAML shape alone cannot — references, names, paths,
/// statuses, duplicates — and reports all problems at once, each at its source location.
public enum SpecValidator {
    public static func validate(_ spec: APISpec) throws(DiagnosticsError) {
        let found = diagnostics(for: spec)
        if !found.isEmpty { throw DiagnosticsError(found) }
    }

    public static func diagnostics(for spec: APISpec) -> [Diagnostic] {
        let diagnostics = DiagnosticCollector()
        ValidationPass(spec: spec, diagnostics: diagnostics).run()
        return diagnostics.diagnostics
    }

    /// Loads and validates spec text, reporting shape and meaning errors together.
    public static func loadAndValidate(text: String, file: String) throws(DiagnosticsError) -> APISpec {
        let (spec, loadDiagnostics) = try SpecLoader.loadPartially(text: text, file: file)
        let all = loadDiagnostics + (spec.map(diagnostics(for:)) ?? [])
        guard let spec, all.isEmpty else { throw DiagnosticsError(all) }
        return spec
    }
}

private final class ValidationPass {
    let spec: APISpec
    let diagnostics: DiagnosticCollector
    let schemaNames: Set<String>
    /// Enum schemas by name: they are scalars (usable as parameters) and take string defaults.
    let enumSchemas: [String: [String]]
    let schemeNames: Set<String>
    let exceptionNames: Set<String>
    /// Swift type name → where it was first declared, across schemas, schemes, exceptions and routers.
    var typeNames: [String: (what: String, location: SourceLocation)] = [:]
    var operationNames: [String: (specName: String, location: SourceLocation)] = [:]
    var operationTypeNames: [String: (specName: String, location: SourceLocation)] = [:]
    var routes: [String: (operation: String, location: SourceLocation)] = [:]

    init(spec: APISpec, diagnostics: DiagnosticCollector) {
        self.spec = spec
        self.diagnostics = diagnostics
        schemaNames = Set(spec.schemas.map(\.name.value)).union(spec.unloadedNames)
        enumSchemas = Dictionary(spec.schemas.compactMap { schema in
            schema.enumValues.map { (schema.name.value, $0.map(\.value)) }
        }, uniquingKeysWith: { first, _ in first })
        schemeNames = Set(spec.schemes.map(\.name.value)).union(spec.unloadedNames)
        exceptionNames = Set(spec.exceptions.map(\.name.value)).union(spec.unloadedNames)
    }

    func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.error(message, at: location, hint: hint)
    }

    func run() {
        checkPackageName()
        checkPrefix()
        checkDuplicates(spec.schemas.map(\.name), what: "schema")
        checkDuplicates(spec.schemes.map(\.name), what: "auth scheme")
        checkDuplicates(spec.exceptions.map(\.name), what: "exception")
        for schema in spec.schemas { checkSchema(schema) }
        for scheme in spec.schemes { checkScheme(scheme) }
        checkSharedImplementations()
        checkRefusalHooks()
        checkSessionCookies()
        for exception in spec.exceptions { checkException(exception) }
        checkAuth(spec.auth, owner: "the API")
        // The generated server serves its OpenAPI document and Swagger UI itself.
        let docsPrefix = spec.prefix.value.hasSuffix("/") ? spec.prefix.value : spec.prefix.value + "/"
        for leaf in ["openapi.json", "docs"] {
            routes["GET \(PathTemplate.shape(docsPrefix + leaf))"] = ("the generated OpenAPI docs", spec.prefix.location)
        }
        if !spec.operations.isEmpty { claimTypeName(Located("RootAPI", at: spec.name.location), what: "the top-level operations' protocol") }
        for operation in spec.operations { checkOperation(operation, pathPrefix: [spec.prefix.value]) }
        checkRouters(spec.routers, parentTypeName: "", pathPrefix: [spec.prefix.value])
    }

    // MARK: API

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
        let lowered = name.value.lowercased()
        let clashes = [lowered, lowered + "api", lowered + "server", lowered + "tests"]
            .filter(NameRules.dependencyPackageNames.contains)
        if !clashes.isEmpty {
            error("the package name '\(name.value)' clashes with a dependency of the generated package", at: name.location,
                  hint: "SwiftPM cannot resolve two packages or modules with one name; choose another, e.g. '\(name.value)Service'")
        }
    }

    func checkPrefix() {
        let prefix = spec.prefix
        if prefix.value.isEmpty { return }
        let template = PathTemplate(prefix.value)
        if let problem = template.problem {
            error("the prefix '\(prefix.value)' \(problem)", at: prefix.location)
        } else if !template.parameters.isEmpty {
            error("the prefix '\(prefix.value)' cannot contain parameters", at: prefix.location)
        }
    }

    func checkDuplicates(_ names: [Located<String>], what: String) {
        var seen: [String: SourceLocation] = [:]
        for name in names {
            if let first = seen[name.value] {
                error("duplicate \(what) '\(name.value)'", at: name.location, hint: "first declared at \(first)")
            } else {
                seen[name.value] = name.location
            }
        }
    }

    /// Registers a generated type name, reporting names that cannot be mapped or that collide.
    @discardableResult
    func claimTypeName(_ name: Located<String>, what: String, namespace: String = "") -> String? {
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
        // Schemas may be referred to as `<Module>.<Schema>`, which a schema named like the module breaks.
        if what == "schema", [spec.name.value + "API", spec.name.value + "Server"].contains(typeName) {
            error("\(what) '\(name.value)' would be named like the generated module '\(typeName)'", at: name.location,
                  hint: "rename it; Swift could not tell the type from the module")
            return nil
        }
        if let first = typeNames[key] {
            error("\(what) '\(name.value)' and \(first.what) both become the Swift type '\(typeName)'", at: name.location,
                  hint: "rename one of them (the other is at \(first.location))")
            return nil
        }
        typeNames[key] = ("\(what) '\(name.value)'", name.location)
        return typeName
    }

    // MARK: Types and fields

    func checkTypeReference(_ type: Located<TypeSpec>, allowAny: Bool = true) {
        switch type.value {
        case .named(let name):
            if !schemaNames.contains(name) {
                error("unknown schema '\(name)'", at: type.location,
                      hint: Suggestions.didYouMean(name, in: schemaNames)
                          ?? (schemaNames.isEmpty ? "declare it under 'schemas:'" : "declared schemas: \(schemaNames.sorted().joined(separator: ", "))"))
            }
        case .array(let element):
            checkTypeReference(Located(element, at: type.location), allowAny: allowAny)
        case .primitive:
            break
        }
    }

    func checkFields(_ fields: [FieldSpec], owner: String) {
        var members: [String: String] = [:]
        for field in fields {
            guard let member = NameRules.memberName(field.name.value) else {
                error("\(owner): name '\(field.name.value)' cannot become a Swift identifier", at: field.name.location,
                      hint: "use at least one letter or digit")
                continue
            }
            let groupKey = "\(field.location.rawValue).\(member)"
            if let other = members[groupKey] {
                error("\(owner): '\(field.name.value)' and '\(other)' both become the Swift name '\(member)'",
                      at: field.name.location, hint: "rename one of them")
            } else {
                members[groupKey] = field.name.value
            }
            checkField(field, owner: owner)
        }
    }

    func checkField(_ field: FieldSpec, owner: String) {
        let what = "\(owner): '\(field.name.value)'"
        checkTypeReference(field.type)
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
    }

    func checkDefault(_ value: Located<DefaultValue>, type: TypeSpec, enumValues: [String]?, what: String) {
        let fits: Bool
        switch (value.value, type) {
        case (.string(let text), .primitive(.string)): fits = enumValues.map { $0.contains(text) } ?? true
        case (.string(let text), .primitive(.uuid)): fits = UUID(uuidString: text) != nil
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

    func checkSchema(_ schema: SchemaSpec) {
        if ComponentNames.builtIn.contains(schema.name.value) {
            error("the schema name '\(schema.name.value)' is reserved for the OpenAPI document's built-in component", at: schema.name.location,
                  hint: "rename it; gen documents auth errors and 422s with its own '\(schema.name.value)'")
        }
        claimTypeName(schema.name, what: "schema")
        checkFields(schema.fields, owner: "schema '\(schema.name.value)'")
        if let values = schema.enumValues { checkDuplicates(values, what: "value of enum '\(schema.name.value)'") }
    }

    // MARK: Schemes and exceptions

    func checkScheme(_ scheme: SchemeSpec) {
        let what = "scheme '\(scheme.name.value)'"
        claimTypeName(scheme.name, what: "auth scheme", namespace: "Schemes")
        let kind = scheme.kind.value
        let isSession = kind.isSession
        if kind == .apiKey, scheme.apiKeyLocation == nil {
            error("\(what) is an API key but does not say where it is sent", at: scheme.kind.location,
                  hint: "add 'in: query', 'in: header' or 'in: cookie' (or write kind: APIKeyQuery …)")
        }
        if kind != .apiKey, let location = scheme.apiKeyLocation {
            error("'in' applies to API key schemes only, not to \(kind.rawValue)", at: location.location)
        }
        if kind != .apiKey, let param = scheme.parameterName {
            error("'param' applies to API key schemes only, not to \(kind.rawValue)", at: param.location)
        }
        if let param = scheme.parameterName, param.value.isEmpty || !HTTPToken.isValid(param.value) {
            error("'\(param.value)' cannot be an API key name", at: param.location, hint: "use letters, digits and '-', '_', '.'")
        }
        if !isSession, let cookie = scheme.cookieName {
            error("'cookie' applies to session schemes only; an API key in a cookie names it with 'param'", at: cookie.location)
        }
        if let cookie = scheme.cookieName, !HTTPToken.isValid(cookie.value) {
            error("'\(cookie.value)' cannot be a cookie name", at: cookie.location)
        }
        let usesCookie = isSession || (kind == .apiKey && scheme.apiKeyLocation?.value == .cookie)
        if !usesCookie, let csrf = scheme.csrf {
            error("'csrf' applies to cookie-based schemes only", at: csrf.location,
                  hint: "CSRF protects credentials the browser sends by itself: cookies")
        }
        if let identity = scheme.identity {
            if isSession {
                error("the identity of a session scheme is the logged-in user; 'identity' cannot be set", at: identity.location)
            }
            checkTypeReference(identity)
        }
        if let implementation = scheme.implementation {
            if let method = NameRules.memberName(implementation.value) {
                if let problem = NameRules.fileNameProblem(method) {
                    error("implementation name \(NameRules.quoted(implementation.value)) is too long: \(problem)",
                          at: implementation.location, hint: "choose a shorter name")
                }
            } else {
                error("implementation name '\(implementation.value)' cannot become a Swift identifier", at: implementation.location)
            }
        }
        if isSession, let implementation = scheme.implementation {
            error("session schemes are built in and have no stub; 'implementation' cannot be set", at: implementation.location)
        }
        checkResponses(scheme.responses ?? [], owner: what)
        checkExceptionReferences(scheme.throwsExceptions)
    }

    /// `login` sets one session cookie, so every session scheme must read the same one.
    func checkSessionCookies() {
        let sessions = spec.schemes.filter(\.kind.value.isSession)
        guard let first = sessions.first else { return }
        let cookie = first.cookieName?.value ?? "sessionid"
        for scheme in sessions.dropFirst() where (scheme.cookieName?.value ?? "sessionid") != cookie {
            error("session scheme '\(scheme.name.value)' reads cookie '\(scheme.cookieName?.value ?? "sessionid")' but '\(first.name.value)' reads '\(cookie)'",
                  at: scheme.cookieName?.location ?? scheme.name.location, hint: "all session schemes share the one session cookie that login sets")
        }
    }

    /// The credential a stub receives, by kind; schemes sharing an implementation must agree on it.
    func credentialShape(_ kind: SchemeKind) -> String {
        switch kind {
        case .apiKey, .bearer: return "a key or token string"
        case .basic: return "a username and password"
        case .session, .sessionSuperuser, .sessionStaff: return "a session user"
        case .custom: return "the whole request"
        }
    }

    /// Schemes whose stubs end up with one Swift name share that stub, so they must agree on
    /// what it receives and returns.
    func checkSharedImplementations() {
        var first: [String: SchemeSpec] = [:]
        for scheme in spec.schemes where !scheme.kind.value.isSession {
            let implementation = scheme.implementation ?? scheme.name
            guard let method = NameRules.memberName(implementation.value) else { continue }
            guard let other = first[method] else {
                first[method] = scheme
                continue
            }
            if credentialShape(other.kind.value) != credentialShape(scheme.kind.value) {
                error("scheme '\(scheme.name.value)' shares implementation '\(implementation.value)' with '\(other.name.value)', but receives \(credentialShape(scheme.kind.value)) where that one receives \(credentialShape(other.kind.value))",
                      at: implementation.location, hint: "give one of them its own implementation")
            }
            if (scheme.identity?.value ?? .primitive(.string)) != (other.identity?.value ?? .primitive(.string)) {
                error("scheme '\(scheme.name.value)' shares implementation '\(implementation.value)' with '\(other.name.value)' but declares another identity type",
                      at: scheme.identity?.location ?? implementation.location, hint: "shared stubs return one identity type")
            }
        }
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

    func checkException(_ exception: ExceptionSpec) {
        claimTypeName(exception.name, what: "exception")
        if !(400...599).contains(exception.status.value) {
            error("exception '\(exception.name.value)' has status \(exception.status.value); exceptions answer with an error status",
                  at: exception.status.location, hint: "use a status from 400 to 599")
        }
        if let body = exception.body { checkTypeReference(body) }
    }

    func checkExceptionReferences(_ names: [Located<String>]) {
        for name in names where !exceptionNames.contains(name.value) {
            error("unknown exception '\(name.value)'", at: name.location,
                  hint: Suggestions.didYouMean(name.value, in: exceptionNames) ?? "declare it under 'exceptions:'")
        }
    }

    func checkAuth(_ auth: AuthSetting, owner: String) {
        guard case .schemes(let names, let location) = auth else { return }
        if names.isEmpty {
            error("\(owner) has an empty auth list", at: location, hint: "write 'auth: null' to make it public")
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name.value).inserted {
            error("the auth list of \(owner) names '\(name.value)' twice", at: name.location)
        }
        for name in names where !schemeNames.contains(name.value) {
            error("unknown auth scheme '\(name.value)'", at: name.location,
                  hint: Suggestions.didYouMean(name.value, in: schemeNames)
                      ?? (schemeNames.isEmpty ? "declare it under 'schemes:'" : "declared schemes: \(schemeNames.sorted().joined(separator: ", "))"))
        }
    }

    // MARK: Operations and routers

    func checkResponses(_ responses: [ResponseSpec], owner: String) {
        var seen: Set<Int> = []
        for response in responses {
            let status = response.status
            if !StatusCodes.validRange.contains(status.value) {
                error("\(status.value) is not an HTTP status code", at: status.location, hint: "use a status from 100 to 599")
                continue
            }
            if !seen.insert(status.value).inserted {
                error("\(owner) declares status \(status.value) twice", at: status.location)
            }
            if let body = response.body {
                checkTypeReference(body)
                if StatusCodes.bodiless.contains(status.value) {
                    error("status \(status.value) cannot have a body", at: body.location, hint: "write '\(status.value): null'")
                }
            }
        }
    }

    func checkOperation(_ operation: OperationSpec, pathPrefix: [String]) {
        let what = "operation '\(operation.name.value)'"
        if let method = NameRules.memberName(operation.name.value), let typeName = NameRules.typeName(operation.name.value) {
            if let first = operationTypeNames[typeName], first.specName != operation.name.value, operationNames[method] == nil {
                error("operations '\(operation.name.value)' and '\(first.specName)' both become the Swift type 'Operations.\(typeName)'",
                      at: operation.name.location, hint: "rename one of them")
            }
            operationTypeNames[typeName] = operationTypeNames[typeName] ?? (operation.name.value, operation.name.location)
            if let first = operationNames[method] {
                error(first.specName == operation.name.value
                      ? "duplicate operation name '\(operation.name.value)'"
                      : "operations '\(operation.name.value)' and '\(first.specName)' both become the Swift name '\(method)'",
                      at: operation.name.location, hint: "operation names are operationIds and must be unique (first at \(first.location))")
            } else {
                operationNames[method] = (operation.name.value, operation.name.location)
            }
        } else {
            error("operation name '\(operation.name.value)' cannot become a Swift identifier", at: operation.name.location,
                  hint: "use at least one letter or digit")
        }
        // Methods
        var methods: [String] = []
        if operation.methods.isEmpty, !operation.path.value.isEmpty {
            error("\(what) has no HTTP method", at: operation.name.location, hint: "add 'method: GET'")
        }
        for method in operation.methods {
            let upper = method.value.uppercased()
            guard HTTPMethods.valid.contains(upper) else {
                error("'\(method.value)' is not an HTTP method", at: method.location,
                      hint: Suggestions.didYouMean(upper, in: HTTPMethods.valid) ?? "use one of \(HTTPMethods.valid.joined(separator: ", "))")
                continue
            }
            if methods.contains(upper) { error("\(what) lists \(upper) twice", at: method.location) }
            methods.append(upper)
        }
        // Path and its parameters
        let template = PathTemplate(operation.path.value)
        if let problem = template.problem {
            error("the path '\(operation.path.value)' of \(what) \(problem)", at: operation.path.location)
        }
        let declaredPath = operation.parameters.filter { $0.location == .path }
        for name in template.parameters where !declaredPath.contains(where: { $0.name.value == name }) {
            error("path parameter '{\(name)}' of \(what) is not declared", at: operation.path.location,
                  hint: "add under 'params:' → '\(name): {in: path, type: string}'")
        }
        for parameter in declaredPath where !template.parameters.contains(parameter.name.value) {
            error("parameter '\(parameter.name.value)' of \(what) is declared 'in: path' but the path has no '{\(parameter.name.value)}'",
                  at: parameter.name.location, hint: "add '{\(parameter.name.value)}' to '\(operation.path.value)' or move the parameter to the query")
        }
        checkFields(operation.parameters, owner: what)
        checkFields(operation.form, owner: "\(what) form")
        for parameter in operation.parameters + operation.form { checkParameterType(parameter, owner: what) }
        if let body = operation.body {
            checkTypeReference(body)
            if !operation.form.isEmpty {
                error("\(what) has both 'form' and 'body'", at: body.location, hint: "a request has one body: form fields or JSON")
            }
        }
        if operation.responses.isEmpty, !operation.path.value.isEmpty {
            error("\(what) declares no responses", at: operation.name.location, hint: "add 'responses: {200: MySchema}'")
        }
        checkResponses(operation.responses, owner: what)
        checkAuth(operation.auth, owner: what)
        checkExceptionReferences(operation.throwsExceptions)
        // Route uniqueness across the whole API
        if template.problem == nil {
            let full = PathTemplate.join(pathPrefix + [operation.path.value])
            for method in methods {
                let key = "\(method) \(PathTemplate.shape(full))"
                if let first = routes[key] {
                    error("\(method) \(full) is already served by operation '\(first.operation)'", at: operation.path.location,
                          hint: "first declared at \(first.location)")
                } else {
                    routes[key] = (operation.name.value, operation.path.location)
                }
            }
        }
    }

    func checkParameterType(_ parameter: FieldSpec, owner: String) {
        let what = "parameter '\(parameter.name.value)' of \(owner)"
        func isScalar(_ type: TypeSpec) -> Bool {
            switch type {
            case .primitive: return true
            case .named(let name): return enumSchemas[name] != nil
            case .array: return false
            }
        }
        switch parameter.type.value {
        case let type where isScalar(type):
            break
        case .array(let element) where isScalar(element):
            if ![.query, .form].contains(parameter.location) {
                error("\(what) is a list; only query parameters and form fields can repeat", at: parameter.type.location)
            }
        default:
            error("\(what) has type \(TypeExpression.describe(parameter.type.value)); parameters carry strings, numbers, booleans, dates, UUIDs and enums",
                  at: parameter.type.location, hint: "send objects in a JSON 'body:'")
        }
        if parameter.location == .path {
            if parameter.optional || parameter.defaultValue != nil {
                error("path \(what) cannot be optional or have a default", at: parameter.name.location,
                      hint: "every path segment is always present")
            }
        }
        if parameter.location == .header || parameter.location == .cookie, !HTTPToken.isValid(parameter.name.value) {
            error("'\(parameter.name.value)' cannot be a \(parameter.location.rawValue) name", at: parameter.name.location,
                  hint: "use letters, digits and !#$%&'*+-.^_`|~")
        }
    }

    func checkRouters(_ routers: [RouterSpec], parentTypeName: String, pathPrefix: [String]) {
        for router in routers {
            let what = "router '\(router.name.value)'"
            var typeName: String?
            if let own = NameRules.typeName(router.name.value) {
                let composed = parentTypeName + own
                typeName = composed
                claimTypeName(Located(composed + "API", at: router.name.location), what: what)
                if composed == "Root" {
                    error("the router name 'root' is reserved for operations declared at the top level", at: router.name.location,
                          hint: "rename the router")
                }
            } else {
                error("router name '\(router.name.value)' cannot become a Swift identifier", at: router.name.location,
                      hint: "use at least one letter or digit")
            }
            let template = PathTemplate(router.prefix.value)
            if let problem = template.problem {
                error("the prefix '\(router.prefix.value)' of \(what) \(problem)", at: router.prefix.location)
            } else if !template.parameters.isEmpty {
                error("the prefix of \(what) cannot contain parameters", at: router.prefix.location,
                      hint: "put '{parameters}' in each operation's path")
            }
            checkAuth(router.auth, owner: what)
            let prefix = pathPrefix + [router.prefix.value]
            for operation in router.operations { checkOperation(operation, pathPrefix: prefix) }
            checkRouters(router.routers, parentTypeName: typeName ?? parentTypeName, pathPrefix: prefix)
        }
    }
}

/// RFC 9110 tokens: what header, cookie and API key names may contain.
enum HTTPToken {
    static let allowed = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy(allowed.contains)
    }
}
