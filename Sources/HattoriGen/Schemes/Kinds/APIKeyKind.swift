import OpenAPIKit

/// Ninja's `APIKeyQuery`, `APIKeyHeader` and `APIKeyCookie`: a key in a query parameter, a header
/// or a cookie, checked by the user's stub.
struct APIKeyKind: SchemeKindDescriptor {
    var location: APIKeyLocation
    var name: String

    var takesKeys: Set<SchemeKindKey> { [.location, .param] }
    var credentialShape: String { "a key or token string" }
    var credentialLabels: [String] { ["key"] }
    var summary: String { "API key in \(credentialPlace)" }
    var credentialPlace: String { "\(location.rawValue) `\(name)`" }
    var readsCookie: Bool { location == .cookie }
    var credentialExample: String? { #".apiKey("…")"# }

    func stubPurpose(_ schemes: [ResolvedScheme]) -> String {
        "Checks the API key sent in \(schemes.map(\.kind.descriptor.credentialPlace).joined(separator: " or "))."
    }

    func securityScheme(description: String?) -> OpenAPI.SecurityScheme? {
        let place: OpenAPI.SecurityScheme.Location
        switch location {
        case .query: place = .query
        case .header: place = .header
        case .cookie: place = .cookie
        }
        return .apiKey(name: name, location: place, description: description)
    }

    var templateValues: TemplateContext {
        ["apiKey": [["location": location.rawValue, "paramLiteral": SwiftLiteral.string(name)] as TemplateContext]]
    }
}
