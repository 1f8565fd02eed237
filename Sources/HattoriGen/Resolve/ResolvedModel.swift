// The API as the renderer sees it: every name is a Swift identifier, every type a Swift type
// expression, every operation has its full path and effective auth.

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

    /// The list an operation's effective auth names; nil for a public operation.
    public func schemeList(for auth: [String]) -> ResolvedSchemeList? {
        auth.isEmpty ? nil : schemeLists.first { $0.schemes == auth }
    }
}

/// A list of schemes tried in order (one scheme is a list of one). Operations with the same
/// list share its generated `authenticate`, in `SchemeLists.<typeName>`.
public struct ResolvedSchemeList: Equatable, Sendable {
    /// The schemes' type names joined by `Or` (`QueryKeyOrHeaderKey`), numbered if taken.
    public var typeName: String
    /// The schemes' spec names, in order.
    public var schemes: [String]
    /// The 401 when none of them accepts: what the first scheme that documents its errors
    /// declares (the default body when none does).
    public var unauthorized: RefusalAnswer = .detail
    /// The spec name of that scheme, for the runtime's log when its hook fails.
    public var unauthorizedScheme: String?

    /// Lists in order of first use; type names made unique in that order.
    static func collect(_ lists: [[String]], typeName: (String) -> String) -> [ResolvedSchemeList] {
        var result: [ResolvedSchemeList] = []
        var seen: Set<[String]> = []
        var taken: Set<String> = []
        for list in lists where !list.isEmpty && seen.insert(list).inserted {
            let base = list.map(typeName).joined(separator: "Or")
            var name = base
            var number = 2
            while !taken.insert(name).inserted {
                name = base + String(number)
                number += 1
            }
            result.append(ResolvedSchemeList(typeName: name, schemes: list))
        }
        return result
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

public struct ResolvedField: Sendable {
    public var specName: String
    public var swiftName: String
    /// The Swift type without optionality, e.g. `Swift.Int`, `[Pet]`, `Status`.
    public var swiftType: String
    public var isOptional: Bool
    /// A Swift expression, when the spec gives a default.
    public var defaultExpression: String?
    /// The default as the spec wrote it, for the OpenAPI document.
    public var defaultValue: DefaultValue?
    public var description: String?
    public var enumType: ResolvedEnum?
    public var type: TypeSpec
    public var location: ParameterLocation
    /// Only for parameters: whether the value is a list (`?tag=a&tag=b`).
    public var isList: Bool
    /// Only for schema fields: stored behind `@Hattori.Indirect` (see `ModelStorage`).
    public var isIndirect = false

    /// Present in every valid input: neither optional nor defaulted.
    public var isRequired: Bool { !isOptional && defaultExpression == nil }
}

public struct ResolvedSchema: Sendable {
    public var specName: String
    public var typeName: String
    public var description: String?
    public var fields: [ResolvedField]
    /// Set for enum schemas, which have no fields.
    public var enumType: ResolvedEnum?
}

/// How the runtime answers a refusal on a scheme's behalf: a 401 when no scheme of a list accepts,
/// a 403 when the scheme's check (or its CSRF check) refuses the caller.
public enum RefusalAnswer: Sendable, Equatable {
    /// `{"detail": …}`: the scheme declares nothing for the status.
    case detail
    /// No body: the scheme declares the status without one.
    case empty
    /// The body the scheme declares, built by the stub `method` in `Authenticators`.
    case hook(method: String, bodyType: String)

    /// The hook's stub method, if the answer has one.
    public var hookMethod: String? {
        if case .hook(let method, _) = self { return method }
        return nil
    }
}

public struct ResolvedScheme: Sendable {
    public var specName: String
    public var typeName: String
    public var kind: SchemeKind
    public var apiKeyLocation: APIKeyLocation?
    public var parameterName: String?
    public var cookieName: String?
    public var csrf: Bool
    public var identityType: String
    public var implementation: String
    /// The error responses the spec declares (Ninja's `openapi_responses`); nil when not written,
    /// empty for `responses: {}`.
    public var responses: [ResolvedResponse]?
    /// The 401 and 403 the runtime sends on this scheme's behalf.
    public var unauthorized: RefusalAnswer
    public var forbidden: RefusalAnswer
    /// Some list's 401 is this scheme's (see `ResolvedSchemeList.unauthorized`): only then is its
    /// 401 hook called, and generated.
    public var answersUnauthorized = false
    public var throwsExceptions: [String]
    public var description: String?

    /// `responses: {}` documents no errors at all (the runtime still sends them).
    public var documentsErrors: Bool { responses?.isEmpty != true }

    public var isSession: Bool { kind.isSession }
    /// Session schemes are built in (as Django Ninja's `django_auth`); every other scheme calls a user stub.
    public var hasStub: Bool { !isSession }
}

/// One authenticator stub the user fills in; schemes that name the same `implementation` share it.
public struct ResolvedImplementation: Sendable {
    public var methodName: String
    public var kind: SchemeKind
    public var identityType: String
    public var schemes: [ResolvedScheme]

    /// The credential's parameter label: `key`, `token`, `username`/`password`, or none for custom.
    public var credentialParameters: [(label: String, type: String)] {
        switch kind {
        case .apiKey: return [("key", "Swift.String")]
        case .bearer: return [("token", "Swift.String")]
        case .basic: return [("username", "Swift.String"), ("password", "Swift.String")]
        case .custom, .session, .sessionSuperuser, .sessionStaff: return []
        }
    }
}

public struct ResolvedException: Sendable {
    public var specName: String
    public var typeName: String
    public var status: Int
    public var bodyType: String?
    public var bodySpec: TypeSpec?
    public var description: String?
    /// Where the spec gives its status.
    public var location: SourceLocation
}

public struct ResolvedResponse: Sendable {
    public var status: Int
    public var caseName: String
    public var bodyType: String?
    public var bodySpec: TypeSpec?
    public var description: String?
    /// Where the spec gives the status.
    public var location: SourceLocation
}

public struct ResolvedOperation: Sendable {
    public var specName: String
    public var methodName: String
    public var typeName: String
    public var httpMethods: [String]
    public var fullPath: String
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var tags: [String]
    public var parameters: [ResolvedField]
    public var form: [ResolvedField]
    public var bodyType: String?
    public var bodySpec: TypeSpec?
    public var bodyDescription: String?
    public var responses: [ResolvedResponse]
    /// Effective auth, in the order tried; empty means public.
    public var auth: [String]
    public var throwsExceptions: [String]

    /// It reads parameters, form fields or a body, so it may answer 422.
    public var validatesInput: Bool { !parameters.isEmpty || !form.isEmpty || bodyType != nil }

    public func parameters(in location: ParameterLocation) -> [ResolvedField] {
        parameters.filter { $0.location == location }
    }
}

/// The operations of one router (or of the API itself), rendered into one file with one handler protocol.
public struct ResolvedGroup: Sendable {
    public var specPath: [String]
    public var typeName: String
    public var description: String?
    public var operations: [ResolvedOperation]

    public var protocolName: String { typeName + "API" }
}
