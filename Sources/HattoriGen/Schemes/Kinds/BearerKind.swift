import OpenAPIKit

/// Ninja's `HttpBearer`: the token of `Authorization: Bearer <token>`, checked by the user's stub.
struct BearerKind: SchemeKindDescriptor {
    var takesKeys: Set<SchemeKindKey> { [.realm] }
    var credentialShape: String { "a key or token string" }
    var credentialLabels: [String] { ["token"] }
    var summary: String { "HTTP bearer" }
    var credentialPlace: String { "`Authorization: Bearer <token>`" }
    var credentialExample: String? { #".bearer("…")"# }

    func stubPurpose(_ schemes: [ResolvedScheme]) -> String {
        "Checks the token of \(credentialPlace)."
    }

    /// RFC 6750 §3.
    func challenge(realm: String) -> String? { "Bearer realm=\"\(realm)\"" }

    func securityScheme(description: String?) -> OpenAPI.SecurityScheme? {
        .http(scheme: "bearer", description: description)
    }

    var templateValues: TemplateContext { ["isBearer": true] }
}
