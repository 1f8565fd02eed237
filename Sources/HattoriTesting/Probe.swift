import Foundation
import HTTPTypes
import Hattori

/// What one request of the matrix carries besides its method and path, and what it is, in words,
/// for the findings ("a wrong bearer token for `AuthBearer`").
struct Probe: Sendable {
    var what: String
    var headers: [(name: String, value: String)] = []
    /// Query items as sent, already percent-encoded (so that malformed encodings can be sent).
    var query: [String] = []
    /// `Cookie` header parts (`name=value`), as sent.
    var cookies: [String] = []
    /// Sends a matching `csrftoken` cookie and `X-CSRFToken` header: the double-submit check passes.
    var csrfToken = false
    /// The schemes whose working credential it carries made for it alone (a session the matrix
    /// created, a `.fresh` credential): admitted by them whatever else carries the same text.
    var fresh: Set<String> = []

    static let nothing = Probe(what: "no credentials")

    /// Junk in every place a credential goes: no scheme may admit it, no parser may trip on it.
    static func junk(what: String) -> Probe {
        Probe(what: what, headers: [("Authorization", "Bearer é\u{7F}"), ("X-API-Key", "")],
              query: ["%FF=%FE", "="], cookies: [";;==;", "sessionid=junk"])
    }

    /// The request parts of both: credentials for two schemes at once.
    func adding(_ other: Probe) -> Probe {
        Probe(what: "\(what) and \(other.what)", headers: headers + other.headers, query: query + other.query,
              cookies: cookies + other.cookies, csrfToken: csrfToken || other.csrfToken, fresh: fresh.union(other.fresh))
    }

    func withCSRFToken() -> Probe {
        var probe = self
        probe.csrfToken = true
        return probe
    }

    /// Whether it sends everything `other` sends, as `other` sends it.
    func contains(_ other: Probe) -> Bool {
        other.headers.allSatisfy { header in headers.contains { $0.name.lowercased() == header.name.lowercased() && $0.value == header.value } }
            && Set(other.query).isSubset(of: query) && Set(other.cookies).isSubset(of: cookies)
    }

    /// Whether both send something in the same place (one `Authorization` header, one cookie name…).
    func collides(with other: Probe) -> Bool {
        func names(_ probe: Probe) -> Set<String> {
            Set(probe.headers.map { "header:" + $0.name.lowercased() }
                + probe.query.map { "query:" + ($0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0) }
                + probe.cookies.map { "cookie:" + ($0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0) })
        }
        return !names(self).isDisjoint(with: names(other))
    }

    func uri(path: String) -> String {
        query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }

    var fields: HTTPFields {
        var fields = HTTPFields()
        for header in headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        let token = "auth-matrix-csrf-token"
        if csrfToken, let name = HTTPField.Name(CSRF.headerName) { fields.append(HTTPField(name: name, value: token)) }
        let cookies = cookies + (csrfToken ? ["\(CSRF.cookieName)=\(token)"] : [])
        if !cookies.isEmpty { fields.append(HTTPField(name: .cookie, value: cookies.joined(separator: "; "))) }
        return fields
    }

    static func queryItem(_ name: String, _ value: String) -> String {
        "\(percentEncoded(name))=\(percentEncoded(value))"
    }

    /// RFC 3986's unreserved characters: ASCII letters and digits, `-._~`.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
