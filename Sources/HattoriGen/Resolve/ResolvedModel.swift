// The API as the renderer and the OpenAPI document see it: semantic data, every name from the
// `NamePlan`, every type a `SwiftType`, every reference (a scheme, an exception, a list) the value
// itself rather than a name to look up again; each operation with its full path and effective auth.

public struct ResolvedAPI: Sendable {
    public var packageName: String
    public var libraryModule: String
    public var serverModule: String
    public var testModule: String
    public var title: String
    public var version: String
    public var description: String?
    public var prefix: String
    public var servers: [ServerSpec]
    public var schemas: [ResolvedSchema]
    public var schemes: [ResolvedScheme]
    public var exceptions: [ResolvedException]
    public var implementations: [ResolvedImplementation]
    /// The cookie `login` sets: the first session scheme's.
    public var sessionCookieName: String
    /// The root group (operations declared at the top level) first, then routers depth-first.
    public var groups: [ResolvedGroup]
    /// Each distinct list of schemes the operations use, in order of first use.
    public var schemeLists: [ResolvedSchemeList]

    public var operations: [ResolvedOperation] { groups.flatMap(\.operations) }
}

/// A list of schemes tried in order (one scheme is a list of one). Operations with the same
/// list share its generated `authenticate`, in `SchemeLists.<typeName>`.
public struct ResolvedSchemeList: Sendable {
    /// The schemes' type names joined by `Or` (`QueryKeyOrHeaderKey`), numbered if taken.
    public var typeName: String
    public var schemes: [ResolvedScheme]
    /// The 401 when none of them accepts: what the first scheme that documents its errors
    /// declares (the default body when none does).
    public var unauthorized: RefusalAnswer = .detail
    /// That scheme, whose hook builds the body.
    public var unauthorizedScheme: ResolvedScheme?

    /// The identity type all its schemes share; nil when they differ, and the list declares an
    /// `Identity` enum with a case per scheme.
    public var sharedIdentity: SwiftType? {
        let types = Set(schemes.map(\.identityType))
        return types.count == 1 ? types.first : nil
    }
}

/// How the runtime answers a refusal on a scheme's behalf: a 401 when no scheme of a list accepts,
/// a 403 when the scheme's check (or its CSRF check) refuses the caller.
public enum RefusalAnswer: Sendable, Equatable {
    /// `{"detail": …}`: the scheme declares nothing for the status.
    case detail
    /// No body: the scheme declares the status without one.
    case empty
    /// The body the scheme declares, built by the stub `method` in `Authenticators`.
    case hook(method: String, body: SwiftType)

    /// The hook's stub method, if the answer has one.
    public var hookMethod: String? {
        if case .hook(let method, _) = self { return method }
        return nil
    }
}

public struct ResolvedEnum: Sendable {
    public struct Case: Sendable {
        public var rawValue: String
        public var name: String
    }

    public var typeName: String
    public var cases: [Case]
}

/// A field's default, as a value of its Swift type.
public enum ResolvedDefault: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case emptyList
    /// A case of the field's enum (its Swift name, unescaped).
    case enumCase(String)
    case uuid(String)
    /// The default of an `any` field, as a `JSONValue`.
    case json(DefaultValue)
}

public struct ResolvedField: Sendable {
    public var specName: String
    public var swiftName: String
    /// The Swift type without optionality: `Swift.Int`, `[Pet]`, a nested enum.
    public var swiftType: SwiftType
    public var isOptional: Bool
    public var defaultValue: ResolvedDefault?
    /// The default as the spec wrote it, for the OpenAPI document.
    public var specDefault: DefaultValue?
    public var description: String?
    public var enumType: ResolvedEnum?
    /// The spec's type.
    public var type: TypeSpec
    public var location: ParameterLocation
    /// Only for parameters and form fields: the local the decoding code reads it into.
    public var localName: String
    /// Only for schema fields: stored behind `@Hattori.Indirect` (see `ModelStorage`).
    public var isIndirect = false

    /// Only for parameters: whether the value is a list (`?tag=a&tag=b`).
    public var isList: Bool { swiftType.isList }

    /// Present in every valid input: neither optional nor defaulted.
    public var isRequired: Bool { !isOptional && defaultValue == nil }
}

public struct ResolvedSchema: Sendable {
    public var specName: String
    public var typeName: String
    public var description: String?
    public var fields: [ResolvedField]
    /// Set for enum schemas, which have no fields.
    public var enumType: ResolvedEnum?
    public var file: String
}

public struct ResolvedScheme: Sendable {
    public var specName: String
    public var typeName: String
    public var kind: SchemeKind
    public var apiKeyLocation: APIKeyLocation?
    public var parameterName: String?
    public var cookieName: String?
    public var csrf: Bool
    public var identityType: SwiftType
    /// Its case in the `Identity` enum of a list that mixes identity types.
    public var caseName: String
    /// The stub it calls (shared by schemes with one `implementation`); nil for the session kinds.
    public var stub: String?
    /// The error responses the spec declares (Ninja's `openapi_responses`); nil when not written,
    /// empty for `responses: {}`.
    public var responses: [ResolvedResponse]?
    /// The 401 and 403 the runtime sends on this scheme's behalf.
    public var unauthorized: RefusalAnswer
    public var forbidden: RefusalAnswer
    /// Some list's 401 is this scheme's (see `ResolvedSchemeList.unauthorized`): only then is its
    /// 401 hook called, and generated.
    public var answersUnauthorized = false
    /// Where the hooks of its declared bodies are written.
    public var hooksFile: String
    public var throwsExceptions: [ResolvedException]
    public var description: String?

    /// `responses: {}` documents no errors at all (the runtime still sends them).
    public var documentsErrors: Bool { responses?.isEmpty != true }

    public var isSession: Bool { kind.isSession }
}

/// One authenticator stub the user fills in; schemes that name the same `implementation` share it.
public struct ResolvedImplementation: Sendable {
    public var methodName: String
    public var kind: SchemeKind
    public var identityType: SwiftType
    public var schemes: [ResolvedScheme]
    public var file: String
}

public struct ResolvedException: Sendable {
    public var specName: String
    public var typeName: String
    public var status: Int
    public var bodyType: SwiftType?
    public var bodySpec: TypeSpec?
    public var description: String?
    /// Where the spec gives its status.
    public var location: SourceLocation
    /// Its handler stub's file (when it has a body).
    public var handlerFile: String
}

public struct ResolvedResponse: Sendable {
    public var status: Int
    public var caseName: String
    public var bodyType: SwiftType?
    public var bodySpec: TypeSpec?
    public var description: String?
    /// Where the spec gives the status.
    public var location: SourceLocation
}

public struct ResolvedOperation: Sendable {
    public var specName: String
    public var methodName: String
    public var typeName: String
    /// The local its route is built into.
    public var routeVariable: String
    public var httpMethods: [String]
    public var fullPath: String
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var tags: [String]
    public var parameters: [ResolvedField]
    public var form: [ResolvedField]
    public var bodyType: SwiftType?
    public var bodySpec: TypeSpec?
    public var bodyDescription: String?
    public var responses: [ResolvedResponse]
    /// Effective auth, its schemes in the order tried; nil when public.
    public var auth: ResolvedSchemeList?
    public var throwsExceptions: [ResolvedException]

    /// It reads parameters, form fields or a body, so it may answer 422.
    public var validatesInput: Bool { !parameters.isEmpty || !form.isEmpty || bodyType != nil }

    /// The schemes of its effective auth, in order; empty when public.
    public var schemes: [ResolvedScheme] { auth?.schemes ?? [] }

    public func parameters(in location: ParameterLocation) -> [ResolvedField] {
        parameters.filter { $0.location == location }
    }
}

/// The operations of one router (or of the API itself), rendered into one file with one handler protocol.
public struct ResolvedGroup: Sendable {
    public var typeName: String
    public var protocolName: String
    public var registerFunction: String
    public var operationsFile: String
    public var handlersFile: String
    public var description: String?
    public var operations: [ResolvedOperation]
}
