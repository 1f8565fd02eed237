import OpenAPIKit

/// Ninja's `HttpBasicAuth`: the username and password of `Authorization: Basic …`, checked by the
/// user's stub.
struct BasicKind: SchemeKindDescriptor {
    var takesKeys: Set<SchemeKindKey> { [.realm] }
    var credentialShape: String { "a username and password" }
    var credentialLabels: [String] { ["username", "password"] }
    var summary: String { "HTTP basic" }
    var credentialPlace: String { "`Authorization: Basic …`" }
    var credentialExample: String? { #".basic(username: "…", password: "…")"# }

    func stubPurpose(_ schemes: [ResolvedScheme]) -> String {
        "Checks the username and password of \(credentialPlace)."
    }

    /// RFC 7617 §2.1: the server reads credentials as UTF-8.
    func challenge(realm: String) -> String? { "Basic realm=\"\(realm)\", charset=\"UTF-8\"" }

    func securityScheme(description: String?) -> OpenAPI.SecurityScheme? {
        .http(scheme: "basic", description: description)
    }

    var templateValues: TemplateContext { ["isBasic": true] }
}
