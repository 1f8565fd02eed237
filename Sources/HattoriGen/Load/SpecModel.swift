// The spec as written: every name and reference keeps its source location so that
// later stages can point at it. Nothing here is checked beyond its YAML shape.

/// Django Ninja's response options (`exclude_none`, `exclude_unset`, `exclude_defaults`, `by_alias`) as an
/// operation, a router or the API writes them; nil where not written.
struct ResponseOptionsSpec: Sendable {
    var excludeNone: Located<Bool>?
    var excludeUnset: Located<Bool>?
    var excludeDefaults: Located<Bool>?
    /// Write the fields that have an `alias` under it.
    var byAlias: Located<Bool>?

    static let keys = ["exclude_none", "exclude_unset", "exclude_defaults", "by_alias"]
}

/// The whole `api.yaml`.
struct APISpec: Sendable {
    var file: String
    var name: Located<String>
    var title: String?
    var version: String
    var description: String?
    var prefix: Located<String>
    var servers: [ServerSpec]
    var auth: AuthSetting
    var schemas: [SchemaSpec]
    var schemes: [SchemeSpec]
    var exceptions: [ExceptionSpec]
    /// `validation_error:`: the status and body every invalid input is answered with, instead of
    /// the default 422 (Ninja: `@api.exception_handler(ValidationError)`). Named `validation_error`.
    var validationError: ExceptionSpec? = nil
    var operations: [OperationSpec]
    var routers: [RouterSpec]
    /// The default of every operation's response options.
    var responseOptions = ResponseOptionsSpec()
    /// Schemas, schemes and exceptions whose definitions had shape errors: known by name only.
    var unloadedNames: Set<String> = []
}

struct ServerSpec: Sendable {
    var url: String
    var description: String?
}

/// An `auth:` setting at any level. `inherit` is "not written"; `none` is an explicit `null`.
enum AuthSetting: Sendable {
    case inherit
    case none(at: SourceLocation)
    case schemes([Located<String>], at: SourceLocation)
}

/// A type expression such as `int`, `Pet`, `[Pet]`, `{string: Pet}` or `date-time`.
indirect enum TypeSpec: Sendable, Equatable {
    case primitive(PrimitiveType)
    case named(String)
    case array(TypeSpec)
    /// An object with any keys, each holding a value of the type (`{string: T}`; pydantic `dict[str, T]`).
    case map(TypeSpec)
}

enum PrimitiveType: String, Sendable, CaseIterable {
    case string, int, number, bool, dateTime = "date-time", uuid, any
    /// A calendar day, an email address, an absolute URL. Newer than the others: a schema of one
    /// of these names (which earlier specs could declare) keeps the name.
    case date, email, url
    /// An uploaded file: form fields only (`multipart/form-data`).
    case file

    var yieldsToSchemas: Bool { [.date, .email, .url, .file].contains(self) }
}

/// A literal default value for a field or parameter.
enum DefaultValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case emptyArray
}

/// A typed slot: a schema field, a parameter or a form field.
struct FieldSpec: Sendable {
    var name: Located<String>
    var type: Located<TypeSpec>
    var optional: Bool
    var defaultValue: Located<DefaultValue>?
    var enumValues: [Located<String>]?
    var description: String?
    /// Only for parameters: where the value comes from.
    var location: ParameterLocation
    var constraints = ConstraintsSpec()
    /// Only for schema fields: the key the field is read under in JSON (pydantic's
    /// `Field(alias=…)`), and written under with `by_alias`.
    var alias: Located<String>? = nil
}

/// A number a constraint is written with, as written: `1` or `1.5`.
enum NumberLiteral: Sendable, Equatable {
    case int(Int)
    case number(Double)
}

/// A field's constraints, with pydantic's names: `gt`, `ge`, `lt`, `le`, `multiple_of` for numbers;
/// `min_length`, `max_length`, `pattern` for strings; `min_items`, `max_items` (or pydantic 2's
/// `min_length`, `max_length`) for lists.
struct ConstraintsSpec: Sendable {
    var gt: Located<NumberLiteral>?
    var ge: Located<NumberLiteral>?
    var lt: Located<NumberLiteral>?
    var le: Located<NumberLiteral>?
    var multipleOf: Located<NumberLiteral>?
    var minLength: Located<Int>?
    var maxLength: Located<Int>?
    var pattern: Located<String>?
    /// The keys written, with where: for messages about where they do not apply.
    var written: [(key: String, location: SourceLocation)] = []

    var isEmpty: Bool { written.isEmpty }

    /// The keys of the spec format, in the order the JSON Schema documents them.
    static let numberKeys = ["gt", "ge", "lt", "le", "multiple_of"]
    static let stringKeys = ["min_length", "max_length", "pattern"]
    static let listKeys = ["min_items", "max_items", "min_length", "max_length"]
    static let keys = numberKeys + stringKeys + ["min_items", "max_items"]
}

enum ParameterLocation: String, Sendable, CaseIterable {
    case path, query, header, cookie, form, body
}

/// A named object type (`fields:`), a named string enum (`enum:`), or a union of object
/// schemas (`oneOf:`, pydantic's `Union[Cat, Dog]`).
struct SchemaSpec: Sendable {
    var name: Located<String>
    var description: String?
    var fields: [FieldSpec]
    var enumValues: [Located<String>]?
    var union: UnionSpec? = nil
}

/// `oneOf: [Cat, Dog]`, with `discriminator: kind` when each member tells itself apart by a field
/// that holds one value (a one-value enum: pydantic's `Literal['cat']`).
struct UnionSpec: Sendable {
    var members: [Located<String>]
    var discriminator: Located<String>?
}

struct SchemeSpec: Sendable {
    /// Django's `SESSION_COOKIE_NAME` default: the cookie of session schemes that name none.
    static let defaultSessionCookie = "sessionid"
    /// Ninja's `param_name` default: where an API key is sent when the scheme names no place.
    static let defaultAPIKeyName = "key"

    var name: Located<String>
    var kind: Located<SchemeKind>
    var apiKeyLocation: Located<APIKeyLocation>?
    var parameterName: Located<String>?
    var cookieName: Located<String>?
    var csrf: Located<Bool>?
    /// `realm:` of an HTTP scheme (basic, bearer): its 401s carry `WWW-Authenticate` with it.
    var realm: Located<String>? = nil
    var identity: Located<TypeSpec>?
    var implementation: Located<String>?
    /// `nil` when not written (the default 401); an empty list when written as `{}`.
    var responses: [ResponseSpec]?
    var throwsExceptions: [Located<String>]
    var description: String?

    /// The cookie a session scheme reads: its own, or Django's default.
    var sessionCookie: String { cookieName?.value ?? Self.defaultSessionCookie }
}

struct ExceptionSpec: Sendable {
    var name: Located<String>
    var status: Located<Int>
    var body: Located<TypeSpec>?
    var description: String?
}

struct ResponseSpec: Sendable {
    /// The status; for a class of statuses (`statusClass`), the class's first (`400` for `4XX`).
    var status: Located<Int>
    /// `nil` means the response has no body (or, with a non-JSON `content`, that the media type
    /// says what it is: text or bytes).
    var body: Located<TypeSpec>?
    var description: String?
    /// The body's media type when it is not JSON (`content: text/csv`); operation responses only.
    var content: Located<String>? = nil
    /// `content:` written as a mapping, one body per media type (`application/json: Certificate`,
    /// `application/x-pkcs12: null`): the response is any one of them.
    var media: [MediaSpec] = []
    /// Where `content:` is written as a mapping, for messages about it.
    var contentLocation: SourceLocation? = nil
    /// The key stands for a class of statuses (`4XX`, `codes_4xx`), not one.
    var statusClass: StatusClass? = nil

    /// The key as the spec writes it: `404`, `4XX`, `codes_4xx`.
    var key: String { statusClass?.spelling ?? String(status.value) }

    /// Statuses in order, a class after every status of it and before the next: 400, 404, 4XX, 500.
    var sortKey: Int { StatusClass.order(status: status.value, statusClass) }
    /// The file name of a download (`Content-Disposition: attachment; filename="…"`).
    var filename: Located<String>? = nil
    /// The headers the response carries (`X-Total-Count: int`), each read as a field.
    var headers: [FieldSpec] = []
    /// Where `headers:` is written, for messages about the key itself.
    var headersLocation: SourceLocation? = nil
}

/// One media type of a response's `content:` mapping, with its body (a type for JSON; none for
/// text and bytes, which the media type makes a string or data).
struct MediaSpec: Sendable {
    var type: Located<String>
    var body: Located<TypeSpec>?
}

/// A class of statuses one response stands for: `4XX`, OpenAPI's range (every status of the class
/// the operation does not answer otherwise), or `codes_4xx`, Django Ninja's set of the class's
/// common statuses (`ninja.responses.codes_4xx`), documented one by one as Ninja documents it.
struct StatusClass: Sendable, Hashable {
    /// 1 to 5.
    var hundreds: Int
    var isNinjaSet: Bool

    /// Django Ninja 1.7.1's sets (`ninja/responses.py`).
    static let ninjaCodes: [Int: [Int]] = [
        1: Array(100...101), 2: Array(200...206), 3: Array(300...308),
        4: Array(400...412) + [416, 418, 425, 429, 451], 5: Array(500...504),
    ]

    /// Every status the class holds, before those the operation answers otherwise.
    var codes: [Int] { isNinjaSet ? Self.ninjaCodes[hundreds] ?? [] : Array(hundreds * 100...hundreds * 100 + 99) }

    /// Where a status, or a class, stands among the statuses: a class after each of its own (`4XX`
    /// after 499) and before the next class's (500).
    static func order(status: Int, _ statusClass: StatusClass?) -> Int {
        statusClass.map { ($0.hundreds * 100 + 99) * 2 + 1 } ?? status * 2
    }

    /// As the spec and OpenAPI write it: `4XX`, `codes_4xx`.
    var spelling: String { isNinjaSet ? "codes_\(hundreds)xx" : "\(hundreds)XX" }

    /// `4XX`, `4xx`, `codes_4xx`; nil for anything else.
    init?(parsing text: String) {
        let lowered = text.lowercased()
        let digits: Substring
        if lowered.hasPrefix("codes_") { digits = lowered.dropFirst(6); isNinjaSet = true } else { digits = Substring(lowered); isNinjaSet = false }
        guard digits.count == 3, digits.hasSuffix("xx"), let first = digits.first?.wholeNumberValue, (1...5).contains(first) else { return nil }
        hundreds = first
    }
}

struct OperationSpec: Sendable {
    var name: Located<String>
    var methods: [Located<String>]
    var path: Located<String>
    var summary: String?
    var description: String?
    var deprecated: Bool
    var tags: [String]
    var auth: AuthSetting
    var parameters: [FieldSpec]
    var form: [FieldSpec]
    var body: Located<TypeSpec>?
    var bodyDescription: String?
    var responses: [ResponseSpec]
    var throwsExceptions: [Located<String>]
    var responseOptions = ResponseOptionsSpec()
}

struct RouterSpec: Sendable {
    var name: Located<String>
    var prefix: Located<String>
    var tags: [String]
    var description: String?
    var auth: AuthSetting
    var operations: [OperationSpec]
    var routers: [RouterSpec]
    /// The response options of the operations it declares (not of its routers', as Ninja's Router).
    var responseOptions = ResponseOptionsSpec()
}
