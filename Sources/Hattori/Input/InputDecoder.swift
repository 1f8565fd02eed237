public import Hummingbird
import FieldConstraints
import HTTPTypes
import Foundation

/// Reads one operation's declared inputs from a request, collecting every problem so that a
/// single 422 names each bad field. Generated `Input(from:context:)` initialisers drive it:
///
///     var decoder = try await InputDecoder(request: request, context: context, body: .json)
///     let id = decoder.path("id", as: Swift.Int.self)
///     let limit = decoder.query("limit", as: Swift.Int.self, required: false) ?? 20
///     guard let id, decoder.isValid else { throw decoder.failure }
@_spi(Generated) public struct InputDecoder {
    /// How the request body is read.
    public enum BodyKind: Sendable {
        case none, json, form
    }

    private let request: Request
    private let parameters: Parameters
    /// The operation's request state, whose query string authenticators may have read already.
    private let shared: RequestState?
    private var issues: [ValidationIssue] = []
    private var bodyBytes: ByteBuffer?
    private var formFields = FormFields("")
    /// The files of a `multipart/form-data` body, by field name, in order.
    private var files: [(name: String, file: UploadedFile)] = []
    /// Read on the first query parameter asked for.
    private var queryFields: FormFields?

    /// Reads the body (a 413 past `maxBodySize` bytes): JSON, or form fields from
    /// `application/x-www-form-urlencoded` or, with files, `multipart/form-data`, as Django reads either.
    public init(request: Request, context: some RequestContext, body: BodyKind, maxBodySize: Int? = nil) async throws {
        try await self.init(request: request, parameters: context.parameters, shared: nil, body: body,
                            maxBodySize: maxBodySize ?? context.maxUploadSize)
    }

    /// The input of the operation `context` serves, its body read up to the configuration's
    /// `maxBodySize`; the query string is read once for its authenticators and its input alike.
    public init(_ context: OperationContext, body: BodyKind) async throws {
        try await self.init(request: context.request, parameters: context.requestContext.parameters, shared: context.state,
                            body: body, maxBodySize: context.configuration.maxBodySize)
    }

    private init(request: Request, parameters: Parameters, shared: RequestState?, body: BodyKind, maxBodySize: Int) async throws {
        self.request = request
        self.parameters = parameters
        self.shared = shared
        guard body != .none else { return }
        var request = request
        let buffer = try await request.collectBody(upTo: maxBodySize)
        guard body == .form else {
            bodyBytes = buffer
            return
        }
        if let boundary = request.headers[.contentType].flatMap(MultipartForm.boundary) {
            let form = MultipartForm(body: buffer, boundary: boundary)
            formFields = FormFields(pairs: form.fields)
            files = form.files
        } else {
            formFields = FormFields(String(buffer: buffer))
        }
    }

    public var isValid: Bool { issues.isEmpty }

    private var query: FormFields {
        mutating get {
            if let queryFields { return queryFields }
            let fields = shared?.query ?? FormFields(request.uri.query ?? "")
            queryFields = fields
            return fields
        }
    }

    public var failure: ValidationFailure { ValidationFailure(issues) }

    // Each reads one declared input; with `constraints`, a value that breaks one is an issue too.

    public mutating func path<T: ParameterValue>(_ name: String, as type: T.Type, checking constraints: Constraints? = nil) -> T? {
        let raw = parameters.get(name).map { $0.removingPercentEncoding ?? $0 }
        return checked(parse(raw, as: type, required: true, at: ["path", .key(name)]), constraints, at: ["path", .key(name)])
    }

    public mutating func query<T: ParameterValue>(_ name: String, as type: T.Type, required: Bool, checking constraints: Constraints? = nil) -> T? {
        checked(parse(query.get(name), as: type, required: required, at: ["query", .key(name)]), constraints, at: ["query", .key(name)])
    }

    public mutating func queryList<T: ParameterValue>(_ name: String, of type: T.Type, required: Bool, checking constraints: Constraints? = nil) -> [T]? {
        checked(parseList(query.getAll(name), as: type, required: required, at: ["query", .key(name)]), constraints, at: ["query", .key(name)])
    }

    public mutating func header<T: ParameterValue>(_ name: String, as type: T.Type, required: Bool, checking constraints: Constraints? = nil) -> T? {
        let raw = HTTPField.Name(name).flatMap { request.headers[$0] }
        return checked(parse(raw, as: type, required: required, at: ["header", .key(name)]), constraints, at: ["header", .key(name)])
    }

    public mutating func cookie<T: ParameterValue>(_ name: String, as type: T.Type, required: Bool, checking constraints: Constraints? = nil) -> T? {
        checked(parse(request.cookies[name]?.value, as: type, required: required, at: ["cookie", .key(name)]), constraints, at: ["cookie", .key(name)])
    }

    public mutating func form<T: ParameterValue>(_ name: String, as type: T.Type, required: Bool, checking constraints: Constraints? = nil) -> T? {
        checked(parse(formFields.get(name), as: type, required: required, at: ["form", .key(name)]), constraints, at: ["form", .key(name)])
    }

    public mutating func formList<T: ParameterValue>(_ name: String, of type: T.Type, required: Bool, checking constraints: Constraints? = nil) -> [T]? {
        checked(parseList(formFields.getAll(name), as: type, required: required, at: ["form", .key(name)]), constraints, at: ["form", .key(name)])
    }

    /// `value`, or nil with an issue when it breaks one of `constraints`.
    private mutating func checked<T>(_ value: T?, _ constraints: Constraints?, at loc: [LocationElement]) -> T? {
        guard let value, let constraints, let constrained = value as? any ConstrainedValue else { return value }
        if let issue = constraints.issue(for: constrained, at: loc) {
            issues.append(issue)
            return nil
        }
        return value
    }

    /// A `file` form field: the last file sent under `name` (`["file", name]` in a 422, as Ninja's `File`).
    /// (Spelt like the other accessors, so generated code reads every form field alike.)
    public mutating func file(_ name: String, as type: UploadedFile.Type, required: Bool) -> UploadedFile? {
        guard !sentAsText(name) else { return nil }
        return present(files.last(where: { $0.name == name })?.file, required: required, at: ["file", .key(name)])
    }

    /// A `[file]` form field: every file sent under `name`, in order.
    public mutating func fileList(_ name: String, of type: UploadedFile.Type, required: Bool) -> [UploadedFile]? {
        guard !sentAsText(name) else { return nil }
        let sent = files.filter { $0.name == name }.map(\.file)
        return present(sent.isEmpty ? nil : sent, required: required, at: ["file", .key(name)])
    }

    /// Whether a file field came as text (a part without a file name, or a urlencoded value):
    /// an issue in the words of Ninja's `UploadedFile` validator, not a silently missing file.
    private mutating func sentAsText(_ name: String) -> Bool {
        guard formFields.get(name) != nil else { return false }
        let reason = "Expected UploadFile, received: <class 'str'>"
        issues.append(ValidationIssue(type: "value_error", loc: ["file", .key(name)], msg: "Value error, " + reason,
                                      ctx: ["error": .string(reason)]))
        return true
    }

    /// The JSON body; an empty body counts as missing.
    public mutating func jsonBody<T: Decodable>(_ type: T.Type, required: Bool) -> T? {
        let sent = bodyBytes.flatMap { $0.readableBytes > 0 ? $0 : nil }
        guard let bytes = present(sent, required: required, at: ["body"]) else { return nil }
        do {
            return try HattoriRequestDecoder().decode(type, from: bytes)
        } catch {
            issues += DecodingIssues.issues(from: error, fallbackPath: []).map { $0.prefixed(by: ["body"]) }
            return nil
        }
    }

    private mutating func parse<T: ParameterValue>(_ raw: String?, as type: T.Type, required: Bool,
                                                   at loc: [LocationElement]) -> T? {
        guard let raw = present(raw, required: required, at: loc) else { return nil }
        guard let value = T(parameter: Substring(raw)) else {
            let (expectation, context) = T.issue(for: Substring(raw))
            issues.append(ValidationIssue(type: expectation.type, loc: loc, msg: expectation.message, ctx: context))
            return nil
        }
        return value
    }

    private mutating func parseList<T: ParameterValue>(_ raws: [String], as type: T.Type, required: Bool,
                                                       at loc: [LocationElement]) -> [T]? {
        guard present(raws.isEmpty ? nil : raws, required: required, at: loc) != nil else { return nil }
        var values: [T] = []
        for (index, raw) in raws.enumerated() {
            if let value = T(parameter: Substring(raw)) {
                values.append(value)
            } else {
                let (expectation, context) = T.issue(for: Substring(raw))
                issues.append(ValidationIssue(type: expectation.type, loc: loc + [.index(index)], msg: expectation.message, ctx: context))
            }
        }
        return values
    }

    /// `value`; where it is absent, nil, with a `missing` issue at `loc` if the input is required.
    private mutating func present<Value>(_ value: Value?, required: Bool, at loc: [LocationElement]) -> Value? {
        if value == nil, required { issues.append(.missing(at: loc)) }
        return value
    }
}
