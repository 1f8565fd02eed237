import OpenAPIKit

extension OpenAPIBuilder {
    /// One documented body for a status, with a key that tells equal bodies apart from different ones.
    struct Body {
        var key: String
        var schema: JSONSchema
    }

    /// What one status may answer: its description and every distinct body some source gives it.
    struct StatusEntry {
        var description: String
        var bodies: [Body] = []
        var hasEmptyAnswer = false

        mutating func add(_ body: Body?) {
            guard let body else {
                hasEmptyAnswer = true
                return
            }
            if !bodies.contains(where: { $0.key == body.key }) { bodies.append(body) }
        }
    }

    func body(_ type: TypeSpec?) -> Body? {
        type.map { Body(key: TypeExpression.describe($0), schema: schemas.schema($0)) }
    }

    /// The operation's own responses, its schemes' error responses (a 401 `AuthErrorResponse`
    /// unless a scheme says otherwise; `{}` documents none), the exceptions its handler and
    /// schemes may throw, and 422 where input is validated. Statuses documented by several
    /// sources with different bodies get a `oneOf` of them.
    func responses(_ operation: ResolvedOperation, schemes: [ResolvedScheme]) -> OpenAPI.Response.Map {
        var entries: [Int: StatusEntry] = [:]
        func add(_ status: Int, _ description: String?, _ body: Body?) {
            var entry = entries[status] ?? StatusEntry(description: description ?? StatusCodes.reasonPhrase(status))
            entry.add(body)
            entries[status] = entry
        }
        for response in operation.responses {
            add(response.status, response.description, self.body(response.bodySpec))
        }
        for scheme in schemes {
            guard let responses = scheme.responses else {
                add(401, "Unauthorized", Body(key: ComponentNames.authError, schema: schemas.reference(ComponentNames.authError)))
                continue
            }
            for response in responses { add(response.status, response.description, self.body(response.bodySpec)) }
        }
        let thrown = operation.throwsExceptions + schemes.flatMap(\.throwsExceptions)
        var seenExceptions: Set<String> = []
        for name in thrown where seenExceptions.insert(name).inserted {
            guard let exception = api.exceptions.first(where: { $0.specName == name }) else { continue }
            add(exception.status, exception.description, self.body(exception.bodySpec))
        }
        if validatesInput(operation) {
            add(422, "Validation error: every invalid input is listed",
                Body(key: ComponentNames.validationError, schema: schemas.reference(ComponentNames.validationError)))
        }
        var map = OpenAPI.Response.Map()
        for status in entries.keys.sorted() {
            guard let entry = entries[status] else { continue }
            var content: OpenAPI.Content.Map = [:]
            switch entry.bodies.count {
            case 0: break
            case 1: content[.json] = .b(OpenAPI.Content(schema: entry.bodies[0].schema))
            default: content[.json] = .b(OpenAPI.Content(schema: .one(of: entry.bodies.map(\.schema))))
            }
            map[.status(code: status)] = .b(OpenAPI.Response(description: entry.description, content: content))
        }
        return map
    }
}
