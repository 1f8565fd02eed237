/// One answer an operation may give: a status, its body, where it comes from. The OpenAPI document
/// is built from these, and `AnswerCheck` refuses a status the document could not describe.
struct ResolvedAnswer: Sendable {
    enum Body: Sendable, Equatable {
        case none
        case type(TypeSpec)
        /// `{"detail": "…"}`: the runtime's refusals and failures, 401, 403, 413 and 503 (`AuthErrorResponse`).
        case detail
        /// `{"detail": [{"type", "loc", "msg"}]}`: every 422 (`ValidationErrorResponse`).
        case validationError
        /// A string or bytes of a media type that is not JSON (`text/csv`, `image/png`).
        case text(String)
        case bytes(String)
        /// JSON of a media type of its own (`application/problem+json`).
        case json(String, TypeSpec)
    }

    var status: Int
    /// An OpenAPI range (`4XX`) this answer stands for; `status` is then its class's first.
    var range: StatusClass? = nil
    /// Its models are written under their fields' aliases (the operation's `by_alias`).
    var byAlias = false
    var description: String?
    var body: Body
    /// What gives it, for messages: "operation 'login'", "the default 401 of scheme 'Bearer'".
    var source: String
    /// Where the spec declares it; nil for the runtime's own answers.
    var location: SourceLocation?
    /// The headers it carries: an operation's declared ones, and `Content-Disposition` for a download.
    var headers: [DocumentedHeader] = []
    /// The runtime's own answers (the default 401, the CSRF 403, 413, the default 422, 503) are the same
    /// on every operation: the document describes each once, under `components/responses` by this
    /// name, and refers to it wherever it is its status's only answer.
    var sharedComponent: String?
}

/// A response header as the document states it.
struct DocumentedHeader: Sendable, Equatable {
    var name: String
    var type: TypeSpec
    var isOptional: Bool
    var description: String?
}

extension ResolvedResponse {
    /// The body this response documents.
    var answerBody: ResolvedAnswer.Body {
        switch content {
        case .json(let mediaType) where mediaType != ResponseContent.defaultJSON:
            return bodySpec.map { .json(mediaType, $0) } ?? .none
        case .json: return bodySpec.map(ResolvedAnswer.Body.type) ?? .none
        case .text(let mediaType): return .text(mediaType)
        case .bytes(let mediaType): return .bytes(mediaType)
        }
    }

    /// Its declared headers, then the `Content-Disposition` a download's `filename` sends.
    var documentedHeaders: [DocumentedHeader] {
        headers.map { DocumentedHeader(name: $0.specName, type: $0.type, isOptional: $0.isOptional, description: $0.description) }
            + (filename.map { [DocumentedHeader(name: "Content-Disposition", type: .primitive(.string), isOptional: false,
                                                description: "attachment; filename=\"\($0)\"")] } ?? [])
    }
}

extension ResolvedAPI {
    /// Methods whose requests cookie-based schemes check for a CSRF token: the runtime's
    /// `CSRF.safeMethods` (GET, HEAD, OPTIONS, TRACE) are the others.
    static let csrfCheckedMethods: Set<String> = ["POST", "PUT", "PATCH", "DELETE"]

    /// Everything `operation` may answer on `method`, in the order the document merges them: its own
    /// responses; for each of its schemes a 401 (`AuthErrorResponse`) and, where it checks CSRF on an
    /// unsafe method, a 403, each replaced by what the scheme's `responses` declare for that status
    /// (`responses: {}` documents none); the exceptions the operation and its schemes throw; a 503
    /// where a session scheme needs the session store; a 413 where a body is read; a 422 where input
    /// is validated.
    static let unauthorized = ResolvedAnswer(status: 401, description: "Unauthorized", body: .detail,
                                             source: "a scheme's default 401", sharedComponent: "Unauthorized")
    static let csrfFailed = ResolvedAnswer(
        status: 403, description: "CSRF check failed: the `X-CSRFToken` header does not match the `csrftoken` cookie",
        body: .detail, source: "a scheme's CSRF 403", sharedComponent: "CSRFCheckFailed")
    static let contentTooLarge = ResolvedAnswer(status: 413, description: "The body is larger than the server's `--max-body-size`",
                                                body: .detail, source: "the body size limit", sharedComponent: "ContentTooLarge")
    static let validationFailed = ResolvedAnswer(status: 422, description: "Validation error: every invalid input is listed",
                                                 body: .validationError, source: "input validation", sharedComponent: "ValidationFailed")
    static let sessionsUnavailable = ResolvedAnswer(
        status: 503, description: "The session store cannot be reached (its database is down): try again shortly",
        body: .detail, source: "the session store", sharedComponent: "SessionsUnavailable")
    /// Every shared answer, in the order `components/responses` lists them.
    static let sharedAnswers = [unauthorized, csrfFailed, contentTooLarge, validationFailed, sessionsUnavailable]

    func answers(of operation: ResolvedOperation, method: String) -> [ResolvedAnswer] {
        var answers = operation.responses.flatMap { response -> [ResolvedAnswer] in
            var answer = ResolvedAnswer(status: response.status, description: response.description, body: response.answerBody,
                                        source: "operation '\(operation.specName)'", location: response.location,
                                        headers: response.documentedHeaders)
            answer.byAlias = operation.responseOptions.byAlias
            guard let statusClass = response.statusClass else { return [answer] }
            // An OpenAPI range is documented as one; Django Ninja's set code by code, as Ninja does.
            guard statusClass.isNinjaSet else {
                var range = answer
                range.range = statusClass
                return [range]
            }
            return response.classCodes.map { code in
                var one = answer
                one.status = code
                one.description = response.description ?? StatusCodes.reasonPhrase(code)
                return one
            }
        }
        let schemes = operation.schemes
        let challenges = operation.auth?.challenges ?? []
        for scheme in schemes where scheme.documentsErrors {
            let declared = scheme.responses ?? []
            for response in declared {
                let answer = ResolvedAnswer(status: response.status, description: response.description,
                                            body: response.bodySpec.map(ResolvedAnswer.Body.type) ?? .none,
                                            source: "scheme '\(scheme.specName)'", location: response.location)
                answers.append(response.status == 401 ? answer.challenging(challenges) : answer)
            }
            if !declared.contains(where: { $0.status == 401 }) {
                answers.append(Self.unauthorized.from("the default 401 of scheme '\(scheme.specName)'").challenging(challenges))
            }
            if scheme.csrf, Self.csrfCheckedMethods.contains(method), !declared.contains(where: { $0.status == 403 }) {
                answers.append(Self.csrfFailed.from("the CSRF 403 of scheme '\(scheme.specName)'"))
            }
        }
        var seenExceptions: Set<String> = []
        for exception in operation.throwsExceptions + schemes.flatMap(\.throwsExceptions)
        where seenExceptions.insert(exception.specName).inserted {
            answers.append(ResolvedAnswer(status: exception.status, description: exception.description,
                                          body: exception.bodySpec.map(ResolvedAnswer.Body.type) ?? .none,
                                          source: "exception '\(exception.specName)'", location: exception.location))
        }
        // A scheme with `responses: {}` documents none of its errors, the store's among them.
        if schemes.contains(where: { $0.isSession && $0.documentsErrors }) {
            answers.append(Self.sessionsUnavailable)
        }
        if operation.readsBody {
            answers.append(Self.contentTooLarge)
        }
        if operation.validatesInput {
            if let custom = validationError {
                answers.append(ResolvedAnswer(status: custom.status, description: custom.description ?? "Validation error",
                                              body: custom.bodySpec.map(ResolvedAnswer.Body.type) ?? .none,
                                              source: "'validation_error'", location: custom.location))
            } else {
                answers.append(Self.validationFailed)
            }
        }
        return answers
    }
}

extension ResolvedAnswer {
    /// The same answer, given by `source`.
    func from(_ source: String) -> ResolvedAnswer {
        var answer = self
        answer.source = source
        return answer
    }

    /// The 401 of a list whose schemes name realms: it carries their `WWW-Authenticate` challenges,
    /// so it is no longer the shared default.
    func challenging(_ challenges: [String]) -> ResolvedAnswer {
        guard !challenges.isEmpty else { return self }
        var answer = self
        answer.sharedComponent = nil
        answer.headers.append(DocumentedHeader(
            name: "WWW-Authenticate", type: .primitive(.string), isOptional: false,
            description: "How to authenticate: " + challenges.map { "`\($0)`" }.joined(separator: ", ")))
        return answer
    }
}
