/// HTTP status codes: which are valid in a spec, and the Swift case name each becomes.
enum StatusCodes {
    static let validRange = 100...599

    static let caseNames: [Int: String] = [
        100: "continue", 101: "switchingProtocols", 200: "ok", 201: "created", 202: "accepted",
        203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent", 206: "partialContent",
        300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified",
        305: "useProxy", 307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest", 401: "unauthorized",
        402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 406: "notAcceptable",
        407: "proxyAuthenticationRequired", 408: "requestTimeout", 409: "conflict", 410: "gone", 411: "lengthRequired", 412: "preconditionFailed",
        413: "contentTooLarge", 414: "uriTooLong", 415: "unsupportedMediaType", 416: "rangeNotSatisfiable",
        417: "expectationFailed", 418: "imATeapot", 421: "misdirectedRequest", 422: "unprocessableContent",
        423: "locked", 424: "failedDependency", 425: "tooEarly", 426: "upgradeRequired", 428: "preconditionRequired",
        429: "tooManyRequests", 431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons",
        500: "internalServerError", 501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable",
        504: "gatewayTimeout", 505: "httpVersionNotSupported", 507: "insufficientStorage", 511: "networkAuthenticationRequired",
    ]

    static func caseName(_ status: Int) -> String { caseNames[status] ?? "status\(status)" }

    /// The output case of a class of statuses (`4XX`, `codes_4xx`): RFC 9110's name of the class.
    static func caseName(_ statusClass: StatusClass) -> String {
        ["informational", "success", "redirection", "clientError", "serverError"][statusClass.hundreds - 1]
    }

    /// The output case of a response (before a media type's suffix).
    static func caseName(_ response: ResponseSpec) -> String {
        response.statusClass.map(caseName) ?? caseName(response.status.value)
    }

    /// Statuses whose responses never carry a body.
    static let bodiless: Set<Int> = Set(100...199).union([204, 205, 304])
}

enum HTTPMethods {
    static let valid = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"]
}

extension StatusCodes {
    /// `404` → `Not Found`, from the case name table.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 203: return "Non-Authoritative Information"
        case 414: return "URI Too Long"
        case 418: return "I'm a teapot"
        case 505: return "HTTP Version Not Supported"
        default: break
        }
        guard let name = caseNames[status] else { return "Status \(status)" }
        var words: [String] = []
        for character in name {
            if character.isUppercase || words.isEmpty { words.append(String(character).uppercased()) } else { words[words.count - 1].append(character) }
        }
        return words.joined(separator: " ")
    }
}
