import Foundation
import Hattori

/// The credentials the matrix sends for a scheme: the user's working one, a well-formed one with a
/// wrong secret, and malformed ones of the scheme's kind (each a way a parser could trip).
extension AuthMatrix.Scheme {
    /// `credential` sent where this scheme looks; nil when it is not of this scheme's kind, or is
    /// `.fresh` (to be made first, `freshProbe`).
    func probe(for credential: TestCredential, what: String? = nil) -> Probe? {
        let what = what ?? "the working credential of `\(name)`"
        switch (kind, credential) {
        case (.bearer, .bearer(let token)):
            return Probe(what: what, headers: [("Authorization", "Bearer \(token)")])
        case (.basic, .basic(let username, let password)):
            return Probe(what: what, headers: [("Authorization", "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())])
        case (.apiKey(let location, let name), .apiKey(let key)):
            return Self.apiKey(key, in: location, name: name, what: what)
        case (.custom, .request(let headers, let query, let cookies)):
            return Probe(what: what, headers: headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                         query: query.sorted { $0.key < $1.key }.map { Probe.queryItem($0.key, $0.value) },
                         cookies: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        default:
            return nil
        }
    }

    /// A new credential made by `make` (`TestCredential.fresh`), sent where this scheme looks.
    func freshProbe(_ make: @Sendable () async throws -> TestCredential) async throws -> Probe {
        let credential = try await make()
        guard var probe = probe(for: credential, what: "a fresh credential of `\(name)`") else {
            throw FreshCredentialError(description: "the fresh credential made for `\(name)` is not of its kind: it takes \(credentialExample)")
        }
        probe.fresh = [name]
        return probe
    }

    /// The kind of credential `TestCredentials` gives for this scheme, for messages.
    var credentialExample: String {
        switch kind {
        case .bearer: return ".bearer(\"…\")"
        case .basic: return ".basic(username: \"…\", password: \"…\")"
        case .apiKey: return ".apiKey(\"…\")"
        case .custom: return ".request(headers: […], query: […], cookies: […])"
        case .session: return "none (the matrix logs a user in itself)"
        }
    }

    /// Where it looks for its credential (an empty one there), for telling what a request sends
    /// it; nil for a custom scheme, which sees the whole request.
    var place: Probe? {
        switch kind {
        case .bearer, .basic: return Probe(what: "", headers: [("Authorization", "")])
        case .apiKey(let location, let name): return Self.apiKey("", in: location, name: name, what: "")
        case .session(let cookie, _): return Probe(what: "", cookies: ["\(cookie)="])
        case .custom: return nil
        }
    }

    /// Well-formed credentials that no authenticator should accept.
    var wrongProbes: [Probe] {
        let wrong = "wrong-\(UUID().uuidString)"
        switch kind {
        case .bearer:
            return [Probe(what: "a wrong bearer token for `\(name)`", headers: [("Authorization", "Bearer \(wrong)")])]
        case .basic:
            let encoded = Data("\(wrong):\(wrong)".utf8).base64EncodedString()
            return [Probe(what: "a wrong username and password for `\(name)`", headers: [("Authorization", "Basic \(encoded)")])]
        case .apiKey(let location, let parameter):
            return [Self.apiKey(wrong, in: location, name: parameter, what: "a wrong API key for `\(name)`")]
        case .session(let cookie, _):
            return [Probe(what: "an unknown session key for `\(name)`", cookies: ["\(cookie)=\(SessionKey.random())"])]
        case .custom:
            return []
        }
    }

    /// Credentials of this scheme's kind that are not credentials: each must be refused, never crash.
    var malformedProbes: [Probe] {
        let long = String(repeating: "x", count: Credentials.maximumLength + 1)
        func authorization(_ values: [String]) -> [Probe] {
            values.map { Probe(what: "`Authorization: \($0.prefix(40))` for `\(name)`", headers: [("Authorization", $0)]) }
        }
        func cookie(_ name: String) -> [Probe] {
            ["\(name)=", "\(name)", "\(name)=\"unterminated", ";;==;", "\(name)=\(long)"].map {
                Probe(what: "`Cookie: \($0.prefix(40))` for `\(self.name)`", cookies: [$0])
            }
        }
        switch kind {
        case .bearer:
            return authorization(["Bearer", "Token abc", "Basic Zm9vOmJhcg==", "Bearer\tx", "Bearer \(long)", "Bearer é\u{7F}"])
        case .basic:
            let noColon = Data("nocolon".utf8).base64EncodedString()
            let notUTF8 = Data([0xFF, 0xFE, 0x3A, 0xC3]).base64EncodedString()
            return authorization(["Basic", "Basic !!!not-base64", "Basic \(noColon)", "Basic \(notUTF8)", "Bearer abc", "Basic \(long)"])
        case .apiKey(.query, let parameter):
            let name = Probe.percentEncoded(parameter)
            return ["\(name)=", name, "\(name)=%FF%FE", "\(name)=%", "\(name)=\(long)"].map {
                Probe(what: "query `\($0.prefix(40))` for `\(self.name)`", query: [$0])
            }
        case .apiKey(.header, let parameter):
            return ["", " ", "é\u{7F}", long].map {
                Probe(what: "header `\(parameter): \($0.prefix(40))` for `\(name)`", headers: [(parameter, $0)])
            }
        case .apiKey(.cookie, let parameter):
            return cookie(parameter)
        case .session(let cookieName, _):
            return cookie(cookieName)
        case .custom:
            return [.junk(what: "junk everywhere for `\(name)`")]
        }
    }

    /// Why `credential` would not reach the server as given, or nil: cookie values are cut at
    /// `;`, `,`, quotes and spaces, header values lose their outer whitespace, a colon ends a
    /// basic username, and the CSRF cookie is the matrix's own.
    func untransmittable(_ credential: TestCredential) -> String? {
        func badCookie(_ name: String, _ value: String) -> String? {
            if name == CSRF.cookieName { return "the cookie \(name) is the CSRF token's" }
            return value.contains(where: { ";,\" \t\r\n".contains($0) }) ? "the cookie value of \(name) holds ; , \" or spaces" : nil
        }
        func badHeader(_ name: String, _ value: String) -> String? {
            value != value.trimmingCharacters(in: .whitespacesAndNewlines) ? "the \(name) header value has spaces around it" : nil
        }
        switch (kind, credential) {
        case (.basic, .basic(let username, _)) where username.contains(":"):
            return "a basic username cannot hold a colon"
        case (.apiKey(.cookie, let name), .apiKey(let key)):
            return badCookie(name, key)
        case (.apiKey(.header, let name), .apiKey(let key)):
            return badHeader(name, key)
        case (.custom, .request(let headers, _, let cookies)):
            return cookies.sorted { $0.key < $1.key }.lazy.compactMap { badCookie($0.key, $0.value) }.first
                ?? headers.sorted { $0.key < $1.key }.lazy.compactMap { badHeader($0.key, $0.value) }.first
        default:
            return nil
        }
    }

    static func apiKey(_ key: String, in location: Credentials.APIKeyLocation, name: String, what: String) -> Probe {
        switch location {
        case .query: return Probe(what: what, query: [Probe.queryItem(name, key)])
        case .header: return Probe(what: what, headers: [(name, key)])
        case .cookie: return Probe(what: what, cookies: ["\(name)=\(key)"])
        }
    }
}

/// A `.fresh` credential that made something its scheme cannot take.
struct FreshCredentialError: Error, CustomStringConvertible {
    var description: String
}
