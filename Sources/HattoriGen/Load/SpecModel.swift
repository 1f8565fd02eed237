// The spec as written: every name and reference keeps its source location so that
// later stages can point at it. Nothing here is checked beyond its YAML shape.

/// The whole `api.yaml`.
public struct APISpec: Sendable {
    public var file: String
    public var name: Located<String>
    public var title: String?
    public var version: String
    public var description: String?
    public var prefix: Located<String>
    public var servers: [ServerSpec]
    public var auth: AuthSetting
    public var schemas: [SchemaSpec]
    public var schemes: [SchemeSpec]
    public var exceptions: [ExceptionSpec]
    public var operations: [OperationSpec]
    public var routers: [RouterSpec]
    /// Schemas, schemes and exceptions whose definitions had shape errors: known by name only.
    public var unloadedNames: Set<String> = []
}

public struct ServerSpec: Sendable {
    public var url: String
    public var description: String?
}

/// An `auth:` setting at any level. `inherit` is "not written"; `none` is an explicit `null`.
public enum AuthSetting: Sendable {
    case inherit
    case none(at: SourceLocation)
    case schemes([Located<String>], at: SourceLocation)
}

/// A type expression such as `int`, `Pet`, `[Pet]` or `date-time`.
public indirect enum TypeSpec: Sendable, Equatable {
    case primitive(PrimitiveType)
    case named(String)
    case array(TypeSpec)
}

public enum PrimitiveType: String, Sendable, CaseIterable {
    case string, int, number, bool, dateTime = "date-time", uuid, any
}

/// A literal default value for a field or parameter.
public enum DefaultValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case emptyArray
}

/// A typed slot: a schema field, a parameter or a form field.
public struct FieldSpec: Sendable {
    public var name: Located<String>
    public var type: Located<TypeSpec>
    public var optional: Bool
    public var defaultValue: Located<DefaultValue>?
    public var enumValues: [Located<String>]?
    public var description: String?
    /// Only for parameters: where the value comes from.
    public var location: ParameterLocation
}

public enum ParameterLocation: String, Sendable, CaseIterable {
    case path, query, header, cookie, form, body
}

/// A named object type (`fields:`) or a named string enum (`enum:`).
public struct SchemaSpec: Sendable {
    public var name: Located<String>
    public var description: String?
    public var fields: [FieldSpec]
    public var enumValues: [Located<String>]?
}

public enum SchemeKind: String, Sendable, CaseIterable {
    case apiKey = "apikey"
    case bearer
    case basic
    case session
    case sessionSuperuser = "session-superuser"
    case sessionStaff = "session-staff"
    case custom

    /// The guide's session classes: built in, no stub, the logged-in user as identity.
    public var isSession: Bool { [.session, .sessionSuperuser, .sessionStaff].contains(self) }
}

public enum APIKeyLocation: String, Sendable, CaseIterable {
    case query, header, cookie
}

public struct SchemeSpec: Sendable {
    /// Django's `SESSION_COOKIE_NAME` default: the cookie of session schemes that name none.
    public static let defaultSessionCookie = "sessionid"
    /// Ninja's `param_name` default: where an API key is sent when the scheme names no place.
    public static let defaultAPIKeyName = "key"

    public var name: Located<String>
    public var kind: Located<SchemeKind>
    public var apiKeyLocation: Located<APIKeyLocation>?
    public var parameterName: Located<String>?
    public var cookieName: Located<String>?
    public var csrf: Located<Bool>?
    public var identity: Located<TypeSpec>?
    public var implementation: Located<String>?
    /// `nil` when not written (the default 401); an empty list when written as `{}`.
    public var responses: [ResponseSpec]?
    public var throwsExceptions: [Located<String>]
    public var description: String?
}

public struct ExceptionSpec: Sendable {
    public var name: Located<String>
    public var status: Located<Int>
    public var body: Located<TypeSpec>?
    public var description: String?
}

public struct ResponseSpec: Sendable {
    public var status: Located<Int>
    /// `nil` means the response has no body.
    public var body: Located<TypeSpec>?
    public var description: String?
}

public struct OperationSpec: Sendable {
    public var name: Located<String>
    public var methods: [Located<String>]
    public var path: Located<String>
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var tags: [String]
    public var auth: AuthSetting
    public var parameters: [FieldSpec]
    public var form: [FieldSpec]
    public var body: Located<TypeSpec>?
    public var bodyDescription: String?
    public var responses: [ResponseSpec]
    public var throwsExceptions: [Located<String>]
}

public struct RouterSpec: Sendable {
    public var name: Located<String>
    public var prefix: Located<String>
    public var tags: [String]
    public var description: String?
    public var auth: AuthSetting
    public var operations: [OperationSpec]
    public var routers: [RouterSpec]
}
