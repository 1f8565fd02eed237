import OpenAPIKit

extension OpenAPIBuilder {
    /// One documented body for a status.
    struct Body {
        var schema: JSONSchema
        /// Its shape, asked for only when the status has a second body to compare it with:
        /// expanding a model's shape walks every model it holds, and most statuses have one body.
        var shape: () -> BodyShape
        /// The schema admits no properties but its own (the built-in `AuthErrorResponse`).
        var isExact = false
    }

    /// What one status may answer: its description and every structurally distinct body some source gives it.
    struct StatusEntry {
        var description: String
        /// The first body, while it is the only one: its shape is not needed.
        private var only: Body?
        /// Every distinct body, with its shape, once there is more than one.
        private var shaped: [(body: Body, shape: BodyShape)] = []

        /// Bodies of other media types (`text/csv`, `image/png`), in the order first given.
        private(set) var media: [(type: String, schema: JSONSchema)] = []
        /// Declared headers, each with how many of the status's answers carry it.
        private(set) var headers: [(header: DocumentedHeader, count: Int)] = []
        /// How many answers give this status: a header all of them send is required.
        private(set) var answers = 0
        /// The `components/responses` entry every answer of this status shares, if they all share one.
        private(set) var sharedComponent: String?

        init(description: String) {
            self.description = description
        }

        /// One answer's body of a media type other than JSON, and its headers.
        mutating func add(mediaType: String, schema: JSONSchema) {
            if !media.contains(where: { $0.type == mediaType }) { media.append((mediaType, schema)) }
        }

        /// Counts one answer: its shared component and its headers.
        mutating func count(_ answer: ResolvedAnswer) {
            sharedComponent = answers == 0 || sharedComponent == answer.sharedComponent ? answer.sharedComponent : nil
            answers += 1
            let declared = answer.headers
            for header in declared {
                if let index = headers.firstIndex(where: { $0.header.name.lowercased() == header.name.lowercased() }) {
                    headers[index].count += 1
                } else {
                    headers.append((header, 1))
                }
            }
        }

        mutating func add(_ body: Body?) {
            guard let body else { return }
            guard only != nil || !shaped.isEmpty else { return only = body }
            if let only {
                shaped = [(only, only.shape())]
                self.only = nil
            }
            let shape = body.shape()
            if !shaped.contains(where: { $0.shape == shape }) { shaped.append((body, shape)) }
        }

        /// One body as it is; several as a `oneOf`, unless one body the server sends could match two of
        /// them, where `oneOf` would be false and `anyOf` says what is true.
        var schema: JSONSchema? {
            if let only { return only.schema }
            guard shaped.count > 1 else { return shaped.first?.body.schema }
            let overlapping = shaped.indices.contains { i in
                shaped.indices.contains { j in
                    i != j && BodyShape.body(shaped[i].shape, mayMatch: shaped[j].shape, exact: shaped[j].body.isExact)
                }
            }
            let alternatives = shaped.map(\.body.schema)
            return overlapping ? .any(of: alternatives) : .one(of: alternatives)
        }
    }

    func body(_ answer: ResolvedAnswer.Body, form: WireForm = .byName) -> Body? {
        switch answer {
        case .none:
            return nil
        case .type(let type):
            return Body(schema: schemas.schema(type, form: form), shape: { [shapes] in shapes.shape(type, form: form) })
        case .detail:
            // Exactly what the runtime sends, so that a scheme's own body with more fields is told apart.
            return Body(schema: schemas.reference(ComponentNames.authError),
                        shape: { .object(["detail": .required(.string(format: nil, values: nil))]) }, isExact: true)
        case .text, .bytes, .json:
            return nil  // not plain JSON: `responses` documents it under its media type
        case .validationError:
            let text = BodyShape.string(format: nil, values: nil)
            let issue = BodyShape.object(["type": .required(text), "loc": .required(.array(.any)), "msg": .required(text)])
            return Body(schema: schemas.reference(ComponentNames.validationError), shape: { .object(["detail": .required(.array(issue))]) })
        }
    }

    /// The responses of one method of an operation (see `ResolvedAPI.answers(of:method:)`). Statuses
    /// several answers give different bodies get a `oneOf` of them; structurally equal bodies are one.
    /// A status whose answers all share a component refers to it (see `sharedResponses`).
    func responses(_ answers: [ResolvedAnswer], sharing: Bool = true) -> OpenAPI.Response.Map {
        // By status, a range (`4XX`) after the statuses of its class.
        var entries: [Int: StatusEntry] = [:]
        var keys: [Int: OpenAPI.Response.StatusCode] = [:]
        for answer in answers {
            let order = StatusClass.order(status: answer.status, answer.range)
            var entry = entries[order] ?? StatusEntry(description: answer.description ?? answer.range.map {
                "Any other \($0.hundreds)xx status" } ?? StatusCodes.reasonPhrase(answer.status))
            switch answer.body {
            case .text(let mediaType): entry.add(mediaType: mediaType, schema: .string)
            case .bytes(let mediaType): entry.add(mediaType: mediaType, schema: .string(format: .other("binary")))
            case .json(let mediaType, let type): entry.add(mediaType: mediaType, schema: schemas.schema(type, form: answer.byAlias ? .byAlias : .byName))
            default: entry.add(body(answer.body, form: answer.byAlias ? .byAlias : .byName))
            }
            entry.count(answer)
            entries[order] = entry
            keys[order] = answer.range.map { .range(Self.range($0.hundreds)) } ?? .status(code: answer.status)
        }
        var map = OpenAPI.Response.Map()
        for order in entries.keys.sorted() {
            guard let entry = entries[order], let status = keys[order] else { continue }
            if sharing, let component = entry.sharedComponent {
                map[status] = .a(.component(named: component))
                continue
            }
            var content: OpenAPI.Content.Map = entry.schema.map { [.json: .b(OpenAPI.Content(schema: $0))] } ?? [:]
            for (type, schema) in entry.media {
                content[OpenAPI.ContentType(rawValue: type) ?? .other(type)] = .b(OpenAPI.Content(schema: schema))
            }
            var headers = OpenAPI.Header.Map()
            for (header, count) in entry.headers {
                headers[header.name] = .b(OpenAPI.Header(schema: schemas.schema(header.type), description: header.description,
                                                         required: !header.isOptional && count == entry.answers))
            }
            map[status] = .b(OpenAPI.Response(description: entry.description, headers: headers.isEmpty ? nil : headers,
                                               content: content))
        }
        return map
    }

    /// OpenAPI's range of a class of statuses: `1XX` to `5XX`.
    static func range(_ hundreds: Int) -> OpenAPI.Response.StatusCode.Range {
        [.information, .success, .redirect, .clientError, .serverError][hundreds - 1]
    }
}

extension OpenAPIBuilder {
    /// `components/responses`: the shared answers (`ResolvedAnswer.sharedComponent`) named in `referred`.
    func sharedResponses(_ referred: Set<String>) -> OpenAPI.ComponentReferenceDictionary<OpenAPI.Response> {
        var components = OpenAPI.ComponentReferenceDictionary<OpenAPI.Response>()
        for answer in ResolvedAPI.sharedAnswers {
            guard let name = answer.sharedComponent, referred.contains(name),
                  let response = responses([answer], sharing: false).first?.value else { continue }
            components[key(name)] = response
        }
        return components
    }
}
