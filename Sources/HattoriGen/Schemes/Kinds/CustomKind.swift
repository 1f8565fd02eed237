import OpenAPIKit

/// The guide's custom scheme: the user's stub decides from the whole request. OpenAPI has no way
/// to describe it, so the document leaves it out.
struct CustomKind: SchemeKindDescriptor {
    var credentialShape: String { "the whole request" }
    var credentialLabels: [String] { [] }
    var summary: String { "custom" }
    var credentialPlace: String { "the whole request" }
    var credentialExample: String? { #".request(headers: ["…": "…"], query: [:], cookies: [:])"# }

    func stubPurpose(_ schemes: [ResolvedScheme]) -> String {
        "Decides from the whole request (method, path, headers, query, cookies, client address)."
    }

    func securityScheme(description: String?) -> OpenAPI.SecurityScheme? { nil }

    var templateValues: TemplateContext { ["isCustom": true] }
}
