/// Operations, their paths, methods and parameters, and routers.
extension ValidationPass {
    func checkOperation(_ operation: OperationSpec, pathPrefix: [String]) {
        let what = "operation '\(operation.name.value)'"
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
        checkFields(operation.form, owner: "\(what) form", allowsFiles: true)
        checkAliases(operation.form, owner: "\(what) form", schema: nil)
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
        checkResponses(operation.responses, owner: what, isOperation: true)
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

    func checkRouters(_ routers: [RouterSpec], pathPrefix: [String]) {
        for router in routers {
            let what = "router '\(router.name.value)'"
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
            checkRouters(router.routers, pathPrefix: prefix)
        }
    }
}
