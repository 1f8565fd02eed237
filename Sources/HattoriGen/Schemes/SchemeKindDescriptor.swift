import OpenAPIKit

/// What the stages ask of a scheme's kind, one type per kind in `Kinds/`: the credential its stub
/// receives (Validate, Render), how it is documented (Render, OpenAPI), the CSRF and challenge
/// defaults (Resolve), and how the auth matrix sends it credentials (Render of the tests).
protocol SchemeKindDescriptor: Sendable {
    /// What its stub receives, for messages ("a username and password"); schemes that share a stub
    /// must receive the same.
    var credentialShape: String { get }
    /// The argument labels of its stub, before `request:` (`key`, `token`, `username` and
    /// `password`); none for a kind whose stub sees the whole request, or that has no stub.
    var credentialLabels: [String] { get }
    /// The names of the values its generated `authenticate` reads and passes to the stub, one per
    /// label: a shared stub keeps the first scheme's labels, so these can differ from them.
    var credentialValues: [String] { get }
    /// The kind for a scheme's doc comment ("HTTP bearer", "API key in header `X-Key`").
    var summary: String { get }
    /// Where it looks for its credential, for a stub's doc ("header `X-Key`").
    var credentialPlace: String { get }
    /// The doc of a stub that `schemes` of this kind share (the first's kind), saying what it checks.
    func stubPurpose(_ schemes: [ResolvedScheme]) -> String
    /// The scheme keys that only some kinds take which this kind takes (`in` and `param` for an
    /// API key); the validator refuses the others.
    var takesKeys: Set<SchemeKindKey> { get }
    /// Whether the browser sends its credential by itself (a cookie): then CSRF is checked by default.
    var readsCookie: Bool { get }
    /// Its 401's `WWW-Authenticate` challenge for `realm`; nil for kinds without a standard one.
    func challenge(realm: String) -> String?
    /// Its OpenAPI security scheme; nil when OpenAPI cannot describe it (a custom scheme).
    func securityScheme(description: String?) -> OpenAPI.SecurityScheme?
    /// How `TestCredentials` gives its working credential, for the generated file's comment; nil
    /// when the auth matrix makes one itself (sessions).
    var credentialExample: String? { get }
    /// The values `schemes.mustache` and `auth-matrix.mustache` branch on: one of `apiKey`
    /// (`location`, `paramLiteral`), `isBearer`, `isBasic`, `session` (`cookieLiteral`, `role`) and
    /// `isCustom` (`AuthKind.templateValues` sets the others' to nothing).
    var templateValues: TemplateContext { get }
}

extension SchemeKindDescriptor {
    var credentialValues: [String] { credentialLabels }
    var takesKeys: Set<SchemeKindKey> { [] }
    var readsCookie: Bool { false }
    func challenge(realm: String) -> String? { nil }
}
