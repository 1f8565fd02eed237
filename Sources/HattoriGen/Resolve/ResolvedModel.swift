import FieldConstraints

// The API as the renderer and the OpenAPI document see it: semantic data, every name from the
// `NamePlan`, every type a `SwiftType`, every reference (a scheme, an exception, a list) the value
// itself rather than a name to look up again; each operation with its full path and effective auth.

struct ResolvedAPI: Sendable {
    var packageName: String
    /// `<Name>API`: gen's target.
    var libraryModule: String
    /// `<Name>`: the user's target, with the `@main` command `serverType`.
    var appModule: String
    var serverType: String
    var testModule: String
    var title: String
    var version: String
    var description: String?
    var prefix: String
    var servers: [ServerSpec]
    var schemas: [ResolvedSchema]
    var schemes: [ResolvedScheme]
    var exceptions: [ResolvedException]
    /// `validation_error`: the answer to invalid input in place of the default 422, its body built
    /// by a user hook (`typeName` is the runtime's `ValidationFailure`).
    var validationError: ResolvedException? = nil
    var implementations: [ResolvedImplementation]
    /// The cookie `login` sets: the session schemes' (validation makes them read one); nil without any.
    var sessionCookieName: String?
    /// The root group (operations declared at the top level) first, then routers depth-first.
    var groups: [ResolvedGroup]
    /// Each distinct list of schemes the operations use, in order of first use.
    var schemeLists: [ResolvedSchemeList]

    var operations: [ResolvedOperation] { groups.flatMap(\.operations) }
    /// Whether a scheme is a session scheme: the server keeps sessions (`--sessions`).
    var hasSessionSchemes: Bool { schemes.contains(where: \.isSession) }
}

/// A list of schemes tried in order (one scheme is a list of one). Operations with the same
/// list share its generated `authenticate`, in `SchemeLists.<typeName>`.
struct ResolvedSchemeList: Sendable {
    /// The schemes' type names joined by `Or` (`QueryKeyOrHeaderKey`), numbered if taken.
    var typeName: String
    var schemes: [ResolvedScheme]
    /// The 401 when none of them accepts: what the first scheme that documents its errors
    /// declares (the default body when none does).
    var unauthorized: RefusalAnswer = .detail
    /// That scheme, whose hook builds the body.
    var unauthorizedScheme: ResolvedScheme?

    /// The `WWW-Authenticate` challenges its 401 carries: each of its schemes' that names a realm, in order.
    var challenges: [String] { schemes.compactMap(\.challenge) }

    /// The identity type all its schemes share; nil when they differ, and the list declares an
    /// `Identity` enum with a case per scheme.
    var sharedIdentity: SwiftType? {
        let types = Set(schemes.map(\.identityType))
        return types.count == 1 ? types.first : nil
    }
}

/// How the runtime answers a refusal on a scheme's behalf: a 401 when no scheme of a list accepts,
/// a 403 when the scheme's check (or its CSRF check) refuses the caller.
enum RefusalAnswer: Sendable, Equatable {
    /// `{"detail": …}`: the scheme declares nothing for the status.
    case detail
    /// No body: the scheme declares the status without one.
    case empty
    /// The body the scheme declares, built by the stub `method` in `Authenticators`.
    case hook(method: String, body: SwiftType)

    /// The hook's stub method, if the answer has one.
    var hookMethod: String? {
        if case .hook(let method, _) = self { return method }
        return nil
    }
}

struct ResolvedEnum: Sendable {
    struct Case: Sendable {
        var rawValue: String
        var name: String
    }

    var typeName: String
    var cases: [Case]
}

/// A field's default, as a value of its Swift type.
enum ResolvedDefault: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case emptyList
    /// A case of the field's enum (its Swift name, unescaped).
    case enumCase(String)
    case uuid(String)
    /// The texts of `date`, `email` and `url` defaults, checked already.
    case calendarDate(String)
    case email(String)
    case url(String)
    /// The default of an `any` field, as a `JSONValue`.
    case json(DefaultValue)
}

struct ResolvedField: Sendable {
    var specName: String
    /// Its names in the generated code (`NamePlan`'s, held as they are).
    var names: NamePlan.Field
    /// The Swift type without optionality: `Swift.Int`, `[Pet]`, a nested enum.
    var swiftType: SwiftType
    var isOptional: Bool
    var defaultValue: ResolvedDefault?
    /// The default as the spec wrote it, for the OpenAPI document.
    var specDefault: DefaultValue?
    var description: String?
    var enumType: ResolvedEnum?
    /// The spec's type.
    var type: TypeSpec
    var location: ParameterLocation
    /// Only for schema fields: stored behind `@Hattori.Indirect` (see `ModelStorage`).
    var isIndirect = false
    /// Only for schema fields: the key it is read under, and written under with `by_alias`.
    var alias: String? = nil
    /// What its values must satisfy besides their type (nil when nothing), and the static
    /// constant generated code keeps them in.
    var constraints: Constraints?

    var swiftName: String { names.member }
    /// Only for parameters and form fields: the local the decoding code reads it into.
    var localName: String { names.local }
    var constraintsConstant: String { names.constraintsConstant }

    /// Only for parameters: whether the value is a list (`?tag=a&tag=b`).
    var isList: Bool { swiftType.isList }

    /// Present in every valid input: neither optional nor defaulted.
    var isRequired: Bool { !isOptional && defaultValue == nil }
}

/// A union of object schemas: a Swift enum with one case per member.
struct ResolvedUnion: Sendable {
    struct Member: Sendable {
        /// The member schema's spec name (for the document) and its case.
        var specName: String
        var caseName: String
        var type: SwiftType
        /// Its value of the discriminator; nil without one.
        var tag: String?
    }

    var members: [Member]
    /// The field whose value names the member; nil: the members are tried in order.
    var discriminator: String?
}

/// What an operation's JSON bodies leave out (Django Ninja's `exclude_none`, `exclude_unset`,
/// `exclude_defaults`) and whether they use fields' aliases (`by_alias`), as its own, its router's
/// or the API's options say.
struct ResponseOptions: Sendable, Equatable {
    var excludeNone = false
    var excludeUnset = false
    var excludeDefaults = false
    var byAlias = false

    var isEmpty: Bool { self == ResponseOptions() }
    /// It leaves fields out (`exclude_*`), which models must then be written through `FieldEncoder` for.
    var excludes: Bool { excludeNone || excludeUnset || excludeDefaults }
}

struct ResolvedSchema: Sendable {
    var specName: String
    var names: NamePlan.Schema
    /// Some operation writes it (or a model that holds it) with response options, or a field of
    /// it has an alias: its fields are written through `Hattori.FieldEncoder`, which leaves out
    /// what the options say and picks names or aliases.
    var encodesWithOptions = false
    /// It, or a model it holds, has a field with an alias: the document describes it read (and
    /// written with `by_alias`) under the aliases, and written under the names.
    var containsAliases = false
    /// Some operation writes it with `exclude_unset`: it remembers which fields it was not given.
    var tracksUnset = false
    var description: String?
    var fields: [ResolvedField]
    /// Set for enum schemas, which have no fields.
    var enumType: ResolvedEnum?
    /// Set for unions (`oneOf:`), which have no fields.
    var union: ResolvedUnion?

    var typeName: String { names.typeName }
    var file: String { names.file }
}

struct ResolvedScheme: Sendable {
    var specName: String
    var names: NamePlan.Scheme
    /// Its kind, with where it finds its credential; what the stages ask of it is `kind.descriptor`'s.
    var kind: AuthKind
    var csrf: Bool
    /// Its `WWW-Authenticate` challenge (`Basic realm="…"`), when it names a realm.
    var challenge: String? = nil
    var identityType: SwiftType
    /// The error responses the spec declares (Ninja's `openapi_responses`); nil when not written,
    /// empty for `responses: {}`.
    var responses: [ResolvedResponse]?
    /// The 401 and 403 the runtime sends on this scheme's behalf.
    var unauthorized: RefusalAnswer
    var forbidden: RefusalAnswer
    /// Some list's 401 is this scheme's (see `ResolvedSchemeList.unauthorized`): only then is its
    /// 401 hook called, and generated.
    var answersUnauthorized = false
    var throwsExceptions: [ResolvedException]
    var description: String?

    var typeName: String { names.typeName }
    /// Its case in the `Identity` enum of a list that mixes identity types.
    var caseName: String { names.caseName }
    /// The stub it calls (shared by schemes with one `implementation`); nil for the session kinds.
    var stub: String? { names.stub }
    /// Where the hooks of its declared bodies are written.
    var hooksFile: String { names.hooksFile }

    /// `responses: {}` documents no errors at all (the runtime still sends them).
    var documentsErrors: Bool { responses?.isEmpty != true }

    var isSession: Bool { kind.isSession }
}

/// One authenticator stub the user fills in; schemes that name the same `implementation` share it.
struct ResolvedImplementation: Sendable {
    var methodName: String
    /// The first scheme's kind: the stub receives its credential.
    var kind: AuthKind
    var identityType: SwiftType
    var schemes: [ResolvedScheme]
    var file: String
}

struct ResolvedException: Sendable {
    var specName: String
    var names: NamePlan.Exception
    var status: Int
    var bodyType: SwiftType?
    var bodySpec: TypeSpec?
    var description: String?
    /// Where the spec gives its status.
    var location: SourceLocation

    var typeName: String { names.typeName }
    /// Its handler stub's file (when it has a body).
    var handlerFile: String { names.handlerFile }
}

struct ResolvedResponse: Sendable {
    var status: Int
    var caseName: String
    var bodyType: SwiftType?
    var bodySpec: TypeSpec?
    var description: String?
    /// Where the spec gives the status.
    var location: SourceLocation
    /// What the body is sent as: JSON (typed by `bodySpec`), text or bytes of a media type.
    var content: ResponseContent = .json(ResponseContent.defaultJSON)
    /// The class of statuses it stands for (`4XX`, `codes_4xx`); nil for one status.
    var statusClass: StatusClass? = nil
    /// For a class: the statuses it may answer with, those of the class that nothing else of the
    /// operation answers (nor, with a body, the bodiless 204, 205 and 304); set once the
    /// operation's other answers are known (`Resolver.restrictClasses`).
    var classCodes: [Int] = []
    /// For a class: the constant of `Output` that holds `classCodes`.
    var classStatusesConstant: String? = nil
    /// A download's file name, sent as `Content-Disposition: attachment; filename="…"`.
    var filename: String? = nil
    /// Declared headers (`location` `.header`), and the `Output` struct that carries them.
    var headers: [ResolvedField] = []
    var headersTypeName: String? = nil
}

/// The media type of a response body.
enum ResponseContent: Sendable, Equatable {
    /// JSON typed by the body's schema, sent with this media type (`application/json`,
    /// `application/problem+json`).
    case json(String)
    /// `Swift.String`, sent as UTF-8 with this media type (`text/plain`, `text/csv`).
    case text(String)
    /// `Foundation.Data`, sent as it is with this media type (`image/png`).
    case bytes(String)

    static let defaultJSON = "application/json"

    var mediaType: String {
        switch self {
        case .json(let type), .text(let type), .bytes(let type): return type
        }
    }
}

struct ResolvedOperation: Sendable {
    var specName: String
    var names: NamePlan.Operation
    var httpMethods: [String]
    var fullPath: String
    var summary: String?
    var description: String?
    var deprecated: Bool
    var tags: [String]
    var parameters: [ResolvedField]
    var form: [ResolvedField]
    var bodyType: SwiftType?
    var bodySpec: TypeSpec?
    var bodyDescription: String?
    var responses: [ResolvedResponse]
    /// Effective auth, its schemes in the order tried; nil when public.
    var auth: ResolvedSchemeList?
    var throwsExceptions: [ResolvedException]
    /// What its JSON bodies leave out: its own options, else its router's, else the API's.
    var responseOptions = ResponseOptions()

    var methodName: String { names.methodName }
    var typeName: String { names.typeName }
    /// The local its route is built into.
    var routeVariable: String { names.routeVariable }

    /// It reads parameters, form fields or a body, so it may answer 422.
    var validatesInput: Bool { !parameters.isEmpty || !form.isEmpty || bodyType != nil }

    /// It reads a request body (JSON or form fields), so it may answer 413.
    var readsBody: Bool { !form.isEmpty || bodyType != nil }

    /// Some form field is an uploaded file: the request is `multipart/form-data`.
    var uploadsFiles: Bool { form.contains { $0.type == .primitive(.file) || $0.type == .array(.primitive(.file)) } }

    /// The schemes of its effective auth, in order; empty when public.
    var schemes: [ResolvedScheme] { auth?.schemes ?? [] }

    func parameters(in location: ParameterLocation) -> [ResolvedField] {
        parameters.filter { $0.location == location }
    }
}

/// The operations of one router (or of the API itself), rendered into one file with one handler protocol.
struct ResolvedGroup: Sendable {
    var names: NamePlan.Group
    var description: String?
    var operations: [ResolvedOperation]

    var typeName: String { names.typeName }
    var protocolName: String { names.protocolName }
    var registerFunction: String { names.registerFunction }
    var operationsFile: String { names.operationsFile }
    var handlersFile: String { names.handlersFile }
}
