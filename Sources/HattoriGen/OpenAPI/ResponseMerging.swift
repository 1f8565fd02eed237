import OpenAPIKit

extension OpenAPIBuilder {
    /// One documented body for a status.
    struct Body {
        var schema: JSONSchema
        var shape: BodyShape
        /// The schema admits no properties but its own (the built-in `AuthErrorResponse`).
        var isExact = false
    }

    /// What one status may answer: its description and every structurally distinct body some source gives it.
    struct StatusEntry {
        var description: String
        var bodies: [Body] = []

        mutating func add(_ body: Body?) {
            guard let body else { return }
            if !bodies.contains(where: { $0.shape == body.shape }) { bodies.append(body) }
        }

        /// One body as it is; several as a `oneOf`, unless one body the server sends could match two of
        /// them, where `oneOf` would be false and `anyOf` says what is true.
        var schema: JSONSchema? {
            guard bodies.count > 1 else { return bodies.first?.schema }
            let overlapping = bodies.indices.contains { i in
                bodies.indices.contains { j in
                    i != j && BodyShape.body(bodies[i].shape, mayMatch: bodies[j].shape, exact: bodies[j].isExact)
                }
            }
            let alternatives = bodies.map(\.schema)
            return overlapping ? .any(of: alternatives) : .one(of: alternatives)
        }
    }

    func body(_ type: TypeSpec?) -> Body? {
        type.map { Body(schema: schemas.schema($0), shape: shapes.shape($0)) }
    }

    /// `{"detail": …}`: what the runtime sends for a refusal a scheme declares nothing for.
    var authErrorBody: Body {
        Body(schema: schemas.reference(ComponentNames.authError), shape: .object(["detail": .required(.string(values: nil))]),
             isExact: true)
    }

    /// `{"detail": [{"type", "loc", "msg"}]}`: every 422.
    var validationErrorBody: Body {
        let issue = BodyShape.object(["type": .required(.string(values: nil)), "loc": .required(.array(.any)),
                                      "msg": .required(.string(values: nil))])
        return Body(schema: schemas.reference(ComponentNames.validationError), shape: .object(["detail": .required(.array(issue))]))
    }

    /// Methods whose requests cookie-based schemes check for a CSRF token.
    static let unsafeMethods: Set<String> = ["POST", "PUT", "PATCH", "DELETE"]

    /// The responses of one method of an operation: its own, its schemes' error responses, the
    /// exceptions its handler and schemes may throw, and 422 where input is validated. Statuses
    /// documented by several sources with different bodies get a `oneOf` of them.
    ///
    /// A scheme documents a 401 (`AuthErrorResponse`) and, where it checks CSRF on an unsafe
    /// method, a 403; what its `responses` declare replaces those statuses and adds others;
    /// `responses: {}` documents none.
    func responses(_ operation: ResolvedOperation, method: String, schemes: [ResolvedScheme]) -> OpenAPI.Response.Map {
        var entries: [Int: StatusEntry] = [:]
        func add(_ status: Int, _ description: String?, _ body: Body?) {
            var entry = entries[status] ?? StatusEntry(description: description ?? StatusCodes.reasonPhrase(status))
            entry.add(body)
            entries[status] = entry
        }
        for response in operation.responses {
            add(response.status, response.description, self.body(response.bodySpec))
        }
        for scheme in schemes where scheme.documentsErrors {
            let declared = scheme.responses ?? []
            for response in declared { add(response.status, response.description, self.body(response.bodySpec)) }
            if !declared.contains(where: { $0.status == 401 }) {
                add(401, "Unauthorized", authErrorBody)
            }
            if scheme.csrf, Self.unsafeMethods.contains(method), !declared.contains(where: { $0.status == 403 }) {
                add(403, "CSRF check failed: the `X-CSRFToken` header does not match the `csrftoken` cookie", authErrorBody)
            }
        }
        let thrown = operation.throwsExceptions + schemes.flatMap(\.throwsExceptions)
        var seenExceptions: Set<String> = []
        for name in thrown where seenExceptions.insert(name).inserted {
            guard let exception = api.exceptions.first(where: { $0.specName == name }) else { continue }
            add(exception.status, exception.description, self.body(exception.bodySpec))
        }
        if validatesInput(operation) {
            add(422, "Validation error: every invalid input is listed", validationErrorBody)
        }
        var map = OpenAPI.Response.Map()
        for status in entries.keys.sorted() {
            guard let entry = entries[status] else { continue }
            let content: OpenAPI.Content.Map = entry.schema.map { [.json: .b(OpenAPI.Content(schema: $0))] } ?? [:]
            map[.status(code: status)] = .b(OpenAPI.Response(description: entry.description, content: content))
        }
        return map
    }
}
