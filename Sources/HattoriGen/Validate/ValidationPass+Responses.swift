/// Responses: statuses, media types, bodies and headers.
extension ValidationPass {
    func checkResponses(_ responses: [ResponseSpec], owner: String, isOperation: Bool) {
        var seen: Set<Int> = []
        var seenClasses: [Int: String] = [:]
        for response in responses {
            let status = response.status
            if let statusClass = response.statusClass {
                if !isOperation {
                    error("\(owner) declares the class \(statusClass.spelling): a scheme answers one status for each refusal",
                          at: status.location, hint: "write the statuses it answers, e.g. 401")
                    continue
                }
                if let first = seenClasses[statusClass.hundreds] {
                    error("\(owner) declares the statuses \(statusClass.hundreds)xx twice (\(first) and \(statusClass.spelling))", at: status.location,
                          hint: "keep one of them")
                }
                seenClasses[statusClass.hundreds] = seenClasses[statusClass.hundreds] ?? statusClass.spelling
            } else {
                if !StatusCodes.validRange.contains(status.value) {
                    error("\(status.value) is not an HTTP status code", at: status.location, hint: "use a status from 100 to 599")
                    continue
                }
                if !seen.insert(status.value).inserted {
                    error("\(owner) declares status \(status.value) twice", at: status.location)
                }
            }
            let key = response.statusClass?.spelling ?? String(status.value)
            // 1xx never carry a body; a class of another holds bodiless statuses too (204), which
            // the server leaves out of the class when it has a body.
            let bodiless = response.statusClass.map { $0.hundreds == 1 } ?? StatusCodes.bodiless.contains(status.value)
            if let body = response.body {
                checkTypeReference(body)
                if bodiless {
                    error("status \(key) cannot have a body", at: body.location, hint: "write '\(key): null'")
                }
            }
            let what = "response \(key) of \(owner)"
            if !isOperation {
                for (key, location) in [("content", response.content?.location ?? response.contentLocation),
                                        ("filename", response.filename?.location), ("headers", response.headersLocation)] {
                    if let location {
                        error("'\(key)' of \(what): a scheme's refusals are JSON, without headers of their own", at: location,
                              hint: "declare media types and headers on operation responses")
                    }
                }
                continue
            }
            checkContent(of: response, bodiless: bodiless, what: what)
            checkHeaders(response.headers, of: response, what: what)
        }
    }

    /// `content:` names a media type, or maps several to their bodies; a JSON one needs a body type,
    /// a text or bytes one none (text is a string, anything else bytes) and may name a download's
    /// `filename`.
    func checkContent(of response: ResponseSpec, bodiless: Bool, what: String) {
        let status = response.statusClass?.spelling ?? String(response.status.value)
        var kinds: [MediaType.BodyKind] = []
        if let content = response.content {
            kinds.append(checkMedia(content, body: response.body, bodiless: bodiless, what: what, bodyKey: "'body'", status: status))
        } else if !response.media.isEmpty {
            if let body = response.body {
                error("\(what) gives its bodies by media type under 'content'; 'body' says nothing more", at: body.location,
                      hint: "move the type under its media type in 'content'")
            }
            var seen: [String: String] = [:]
            for media in response.media {
                if let first = seen[media.type.value.lowercased()] {
                    error("\(what) declares the media type '\(media.type.value)' twice (as '\(first)')", at: media.type.location)
                }
                seen[media.type.value.lowercased()] = seen[media.type.value.lowercased()] ?? media.type.value
                if let body = media.body { checkTypeReference(body) }
                kinds.append(checkMedia(media.type, body: media.body, bodiless: bodiless, what: what, bodyKey: "body type", status: status))
            }
        } else if let location = response.contentLocation {
            error("'content' of \(what) maps no media type", at: location, hint: "content: {application/json: MySchema, text/csv: null}")
        }
        if let filename = response.filename {
            if !kinds.contains(where: { $0 != .json }) {
                error("'filename' of \(what) names a download; a JSON response is not one", at: filename.location,
                      hint: "add 'content: text/csv' (or the download's media type)")
            } else if !MediaType.isValidFilename(filename.value) {
                error("'\(filename.value)' cannot be a download's file name", at: filename.location,
                      hint: "use printable ASCII without quotes, backslashes or slashes")
            }
        }
    }

    /// One media type of a response and its body; the kind of body it gives.
    func checkMedia(_ type: Located<String>, body: Located<TypeSpec>?, bodiless: Bool, what: String, bodyKey: String,
                    status: String) -> MediaType.BodyKind {
        let kind = MediaType.bodyKind(type.value)
        guard MediaType.isValid(type.value) else {
            error("'\(type.value)' is not a media type", at: type.location, hint: "write type/subtype, e.g. text/csv or image/png")
            return kind
        }
        if bodiless {
            error("status \(status) cannot have a body", at: type.location, hint: "remove 'content'")
        } else if kind == .json, body == nil {
            error("\(what) is \(type.value) but has no \(bodyKey)", at: type.location,
                  hint: bodyKey == "'body'" ? "add 'body: MySchema'" : "write '\(type.value): MySchema'")
        } else if kind != .json, let body {
            error("\(what) is \(type.value): its body is \(kind == .text ? "text (a String)" : "bytes (Data)"), not a \(TypeExpression.describe(body.value))",
                  at: body.location, hint: bodyKey == "'body'" ? "remove 'body'; 'body' types JSON responses" : "write null: the media type says what it is")
        }
        return kind
    }

    /// Header names are tokens, once each (ignoring case), not set by the server itself; values are scalars.
    func checkHeaders(_ headers: [FieldSpec], of response: ResponseSpec, what: String) {
        var seen: [String: String] = [:]
        for header in headers {
            let name = header.name.value
            let lowered = name.lowercased()
            if !HTTPToken.isValid(name) {
                error("'\(name)' cannot be a header name", at: header.name.location, hint: "use letters, digits and !#$%&'*+-.^_`|~")
            } else if let first = seen[lowered] {
                error("\(what) declares header '\(name)' twice (as '\(first)'); header names ignore case", at: header.name.location)
            } else if MediaType.reservedHeaders.contains(lowered) {
                error("\(what) cannot declare '\(name)': the server sets it", at: header.name.location,
                      hint: lowered == "content-type" ? "give the response 'content: <media type>'" : "remove it")
            } else if lowered == "content-disposition", response.filename != nil {
                error("\(what) has a 'filename', which sets '\(name)'", at: header.name.location, hint: "keep one of them")
            }
            seen[lowered] = seen[lowered] ?? name
            let type = header.type.value
            if case .named(let schema) = type, !schemaNames.contains(schema) {
                checkTypeReference(header.type)
            } else if !isScalar(type) || type == .primitive(.any) || type == .primitive(.file) {
                error("header '\(name)' of \(what) has type \(TypeExpression.describe(header.type.value)); headers carry strings, numbers, booleans, dates, UUIDs, emails, URLs and enums",
                      at: header.type.location, hint: "send structured values in the body")
            }
        }
    }
}
