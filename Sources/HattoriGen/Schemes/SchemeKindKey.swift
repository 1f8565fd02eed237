/// The keys of a scheme that only some kinds take. Each kind's descriptor says which it takes
/// (`takesKeys`); the validator refuses the others where they are written.
enum SchemeKindKey: String, CaseIterable, Sendable {
    case location = "in", param, cookie, realm

    /// Where `scheme` writes this key, if it does.
    func written(in scheme: SchemeSpec) -> SourceLocation? {
        switch self {
        // A kind that implies its location (`APIKeyQuery`) has one without writing `in`.
        case .location: scheme.apiKeyLocation?.location
        case .param: scheme.parameterName?.location
        case .cookie: scheme.cookieName?.location
        case .realm: scheme.realm?.location
        }
    }

    /// The error for this key written on a scheme of `kind`, and its hint.
    func misplaced(on kind: SchemeKind) -> (message: String, hint: String?) {
        switch self {
        case .location, .param:
            ("'\(rawValue)' applies to API key schemes only, not to \(kind.rawValue)", nil)
        case .cookie:
            ("'cookie' applies to session schemes only; an API key in a cookie names it with 'param'", nil)
        case .realm:
            ("'realm' applies to HTTP schemes (basic, bearer): it goes in their WWW-Authenticate challenge",
             "an API key, a session or a custom scheme has no standard challenge")
        }
    }
}
