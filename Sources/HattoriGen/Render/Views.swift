// View models handed to the Mustache templates. Every string in them is already valid,
// escaped Swift: templates only arrange them, so no spec text can reach the output raw.

struct FieldView {
    var name: String
    /// `@Hattori.Indirect ` for a field stored behind a reference, else empty.
    var attributes: String
    var fullType: String
    var doc: String
    var codingKeyCase: String
    var decodeLine: String
}

struct EnumView {
    struct Case { var line: String }
    var typeName: String
    var doc: String
    var cases: [Case]
}

struct SchemaView {
    var typeName: String
    var doc: String
    var fields: [FieldView]
    /// The fields in the order `encode(to:)` writes them: by JSON key's UTF-8 bytes, as `.sortedKeys` sorts,
    /// so that the runtime can write a model's JSON as it encodes.
    var encodedFields: [FieldView]
    var enums: [EnumView]
    var hasFields: Bool
    var isObject: Bool
    var topEnum: [EnumView]
    var initParameters: String
    var initArguments: String
    var guardLine: String
}

struct InputGroupView {
    var typeName: String
    var propertyName: String
    var doc: String
    var fields: [FieldView]
    var enums: [EnumView]
    var initParameters: String
}

struct BodyView {
    var type: String
    var doc: String
}

struct ResponseView {
    var doc: String
    var caseDeclaration: String
    var responseCase: String
}

struct RouteView {
    var method: String
    var pathLiteral: String
}

struct OperationView {
    var typeName: String
    var methodName: String
    var idLiteral: String
    var doc: String
    var protocolDoc: String
    var signature: String
    var groups: [InputGroupView]
    var body: [BodyView]
    var inputInitParameters: String
    var hasInputMembers: Bool
    var decodeLines: [String]
    var guardLine: String
    var initArguments: String
    var responses: [ResponseView]
    var handlerVariable: String
    var routes: [RouteView]
    var notImplementedLiteral: String
    var isLast: Bool
    var hasAuth: Bool
    var authSummary: String
    /// The identity type, or the scheme list's `Identity` enum when the schemes' types differ.
    var authType: String
    /// The arguments of `Hattori.OperationRoute.handler(...)`, one per line.
    var routeArgumentLines: [String]
}

struct SchemeListView {
    var typeName: String
    var doc: String
    var identityLines: [String]
    var authenticateLines: [String]
    /// The 401 when no scheme accepts; exactly one of the next three is set. The hook's method
    /// name (with the literal name of its scheme), when a scheme declares the body.
    var unauthorizedHook: [String]
    var unauthorizedSchemeLiteral: String
    /// No body: the scheme declares the 401 without one.
    var unauthorizedEmpty: Bool
    /// `{"detail":"Unauthorized"}`.
    var unauthorizedDefault: Bool
    var isLast: Bool
}

struct SchemeView {
    var typeName: String
    var nameLiteral: String
    var doc: String
    var identityType: String
    var lines: [String]
    /// The scheme declares its 403: the check's `AuthorizationError` becomes that answer, built by
    /// the hook named in `forbiddenHook`, or without a body (`forbiddenEmpty`).
    var refusesWithOwnBody: Bool
    var forbiddenHook: [String]
    var forbiddenEmpty: Bool
    var isLast: Bool
}

/// A stub that builds the body a scheme declares for the 401 or 403 the runtime sends for it.
struct RefusalHookView {
    var protocolDoc: String
    var signature: String
    var status: String
    var notImplementedLiteral: String
    var isLast: Bool
}

/// An authenticator stub or an exception handler: a protocol requirement the user implements.
struct RequirementView {
    var header: String
    var typeName: String
    var protocolDoc: String
    var signature: String
    var status: String
    var hasBody: Bool
    var doc: String
}

struct GroupView {
    var header: String
    var registerParameters: String
    var typeName: String
    var protocolName: String
    var doc: String
    /// The exception-answer closure the routes share, when the spec declares exceptions.
    var exceptionsLine: [String]
    var operations: [OperationView]
}
