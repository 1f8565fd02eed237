import OpenAPIKit

/// The guide's `SessionAuth`, `SessionAuthIsStaff` and `SessionAuthSuperUser` (Ninja's
/// `django_auth` and the like): the session cookie `login` sets, checked by the runtime; no stub.
struct SessionKind: SchemeKindDescriptor {
    var cookie: String
    var role: SessionRole

    var takesKeys: Set<SchemeKindKey> { [.cookie] }
    var credentialShape: String { "a session user" }
    var credentialLabels: [String] { [] }
    var summary: String {
        switch role {
        case .user: "session (any logged-in user)"
        case .staff: "session (staff and superusers)"
        case .superuser: "session (superusers)"
        }
    }
    var credentialPlace: String { "cookie `\(cookie)`" }
    var readsCookie: Bool { true }
    var credentialExample: String? { nil }

    func stubPurpose(_ schemes: [ResolvedScheme]) -> String { "" }

    func securityScheme(description: String?) -> OpenAPI.SecurityScheme? {
        .apiKey(name: cookie, location: .cookie, description: description)
    }

    var templateValues: TemplateContext {
        ["session": [["cookieLiteral": SwiftLiteral.string(cookie), "role": role.rawValue] as TemplateContext]]
    }
}
