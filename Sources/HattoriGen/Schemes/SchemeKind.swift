// The list of scheme kinds, as the spec spells them (`SchemeKind`, read by Load and Validate) and
// as resolved with what they carry (`AuthKind`, read from Resolve on). Adding a kind starts here:
// CONTRIBUTING.md lists the other files it touches.

/// A scheme's kind as the spec names it; `AuthKind` is the kind resolved with what it carries.
enum SchemeKind: String, Sendable, CaseIterable {
    case apiKey = "apikey"
    case bearer
    case basic
    case session
    case sessionSuperuser = "session-superuser"
    case sessionStaff = "session-staff"
    case custom

    /// The guide's session classes: built in, no stub, the logged-in user as identity.
    var isSession: Bool { [.session, .sessionSuperuser, .sessionStaff].contains(self) }
}

enum APIKeyLocation: String, Sendable, CaseIterable {
    case query, header, cookie
}

/// Scheme kinds as written, including the Django Ninja class and helper names.
enum SchemeKindSpelling {
    static let spellings: [String: (SchemeKind, APIKeyLocation?)] = [
        "apikey": (.apiKey, nil), "bearer": (.bearer, nil), "basic": (.basic, nil), "session": (.session, nil),
        "session-superuser": (.sessionSuperuser, nil), "session-staff": (.sessionStaff, nil), "custom": (.custom, nil),
        "apikey-query": (.apiKey, .query), "apikey-header": (.apiKey, .header), "apikey-cookie": (.apiKey, .cookie),
        "APIKeyQuery": (.apiKey, .query), "APIKeyHeader": (.apiKey, .header), "APIKeyCookie": (.apiKey, .cookie),
        "HttpBearer": (.bearer, nil), "HttpBasicAuth": (.basic, nil),
        "SessionAuth": (.session, nil), "SessionAuthSuperUser": (.sessionSuperuser, nil),
        "SessionAuthIsStaff": (.sessionStaff, nil),
        "django_auth": (.session, nil), "django_auth_superuser": (.sessionSuperuser, nil),
        "django_auth_is_staff": (.sessionStaff, nil),
    ]
}

/// A scheme's kind with what it carries, resolved once from the spec with its defaults applied:
/// what every stage after Resolve reads. What a stage asks of a kind is its `descriptor`'s, so a new
/// kind is a case here and one file in `Kinds/` (CONTRIBUTING.md lists the rest).
enum AuthKind: Sendable, Equatable {
    case apiKey(location: APIKeyLocation, name: String)
    case bearer
    case basic
    case session(cookie: String, role: SessionRole)
    case custom

    /// The scheme's kind; the spec's defaults apply to what it leaves out (Ninja's `param_name` of
    /// `key`, Django's `sessionid` cookie). Validation requires an API key's `in`; a spec that still
    /// lacks it (checked before it is valid) reads as the query's.
    init(_ scheme: SchemeSpec) {
        switch scheme.kind.value {
        case .apiKey:
            self = .apiKey(location: scheme.apiKeyLocation?.value ?? .query,
                           name: scheme.parameterName?.value ?? SchemeSpec.defaultAPIKeyName)
        case .bearer: self = .bearer
        case .basic: self = .basic
        case .session: self = .session(cookie: scheme.sessionCookie, role: .user)
        case .sessionStaff: self = .session(cookie: scheme.sessionCookie, role: .staff)
        case .sessionSuperuser: self = .session(cookie: scheme.sessionCookie, role: .superuser)
        case .custom: self = .custom
        }
    }

    /// What the stages ask of this kind.
    var descriptor: any SchemeKindDescriptor {
        switch self {
        case .apiKey(let location, let name): APIKeyKind(location: location, name: name)
        case .bearer: BearerKind()
        case .basic: BasicKind()
        case .session(let cookie, let role): SessionKind(cookie: cookie, role: role)
        case .custom: CustomKind()
        }
    }

    /// What `schemes.mustache` and `auth-matrix.mustache` branch on: the descriptor's
    /// `templateValues` over every kind's keys, unset (a template asks for each, whatever the kind).
    var templateValues: TemplateContext {
        let unset: TemplateContext = ["apiKey": [TemplateContext](), "isBearer": false, "isBasic": false,
                                      "session": [TemplateContext](), "isCustom": false]
        return unset.merging(descriptor.templateValues) { $1 }
    }

    /// The guide's session classes: built in, no stub, the logged-in user as identity.
    var isSession: Bool {
        if case .session = self { return true }
        return false
    }

    /// The cookie a session scheme reads; nil for other kinds.
    var sessionCookie: String? {
        if case .session(let cookie, _) = self { return cookie }
        return nil
    }
}

/// Who a session scheme admits: any logged-in user, staff (and superusers), or superusers only.
/// Its raw value is the runtime's `SessionRole` case.
enum SessionRole: String, Sendable {
    case user, staff, superuser
}
