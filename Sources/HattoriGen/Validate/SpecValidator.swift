import FieldConstraints
import Foundation

/// A spec that passed validation, with the names `NamingPass` gave it: what Resolve takes.
struct ValidatedSpec: Sendable {
    var spec: APISpec
    var names: NamePlan
}

/// Stage 2: checks everything that the YAML shape alone cannot — references, names (through
/// `NamingPass`), paths, statuses, duplicates — and reports all problems at once, each at its
/// source location.
enum SpecValidator {
    static func validate(_ spec: APISpec) throws(DiagnosticsError) -> ValidatedSpec {
        let (names, found) = check(spec)
        if !found.isEmpty { throw DiagnosticsError(found) }
        return ValidatedSpec(spec: spec, names: names)
    }

    static func diagnostics(for spec: APISpec) -> [Diagnostic] {
        check(spec).diagnostics
    }

    static func check(_ spec: APISpec) -> (names: NamePlan, diagnostics: [Diagnostic]) {
        let (names, naming) = NamingPass.plan(spec)
        let diagnostics = DiagnosticCollector()
        ValidationPass(spec: spec, names: names, diagnostics: diagnostics).run()
        return (names, naming + diagnostics.diagnostics)
    }

    /// Loads and validates spec text, reporting shape and meaning errors together.
    static func loadAndValidate(text: String, file: String) throws(DiagnosticsError) -> ValidatedSpec {
        let (spec, loadDiagnostics) = try SpecLoader.loadPartially(text: text, file: file)
        let checked = spec.map(check)
        let all = loadDiagnostics + (checked?.diagnostics ?? [])
        guard let spec, let checked, all.isEmpty else { throw DiagnosticsError(all) }
        return ValidatedSpec(spec: spec, names: checked.names)
    }
}

private final class ValidationPass {
    let spec: APISpec
    let names: NamePlan
    let diagnostics: DiagnosticCollector
    let schemaNames: Set<String>
    /// Enum schemas by name: they are scalars (usable as parameters) and take string defaults.
    let enumSchemas: [String: [String]]
    let schemeNames: Set<String>
    let exceptionNames: Set<String>
    /// `Member.field` for each field a union's discriminator names.
    let discriminatedFields: Set<String>
    var routes: [String: (operation: String, location: SourceLocation)] = [:]

    init(spec: APISpec, names: NamePlan, diagnostics: DiagnosticCollector) {
        self.spec = spec
        self.names = names
        self.diagnostics = diagnostics
        schemaNames = Set(spec.schemas.map(\.name.value)).union(spec.unloadedNames)
        enumSchemas = Dictionary(spec.schemas.compactMap { schema in
            schema.enumValues.map { (schema.name.value, $0.map(\.value)) }
        }, uniquingKeysWith: { first, _ in first })
        schemeNames = Set(spec.schemes.map(\.name.value)).union(spec.unloadedNames)
        exceptionNames = Set(spec.exceptions.map(\.name.value)).union(spec.unloadedNames)
        discriminatedFields = Set(spec.schemas.flatMap { schema -> [String] in
            guard let union = schema.union, let discriminator = union.discriminator else { return [] }
            return union.members.map { "\($0.value).\(discriminator.value)" }
        })
    }

    func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.error(message, at: location, hint: hint)
    }

    func run() {
        checkPrefix()
        checkDuplicates(spec.schemas.map(\.name), what: "schema")
        checkDuplicates(spec.schemes.map(\.name), what: "auth scheme")
        checkDuplicates(spec.exceptions.map(\.name), what: "exception")
        for schema in spec.schemas { checkSchema(schema) }
        for scheme in spec.schemes { checkScheme(scheme) }
        checkSharedImplementations()
        checkSessionCookies()
        for exception in spec.exceptions { checkException(exception) }
        if let answer = spec.validationError { checkValidationError(answer) }
        checkAuth(spec.auth, owner: "the API")
        // The generated server serves its OpenAPI document and Swagger UI itself.
        let docsPrefix = spec.prefix.value.hasSuffix("/") ? spec.prefix.value : spec.prefix.value + "/"
        for leaf in ["openapi.json", "docs"] {
            routes["GET \(PathTemplate.shape(docsPrefix + leaf))"] = ("the generated OpenAPI docs", spec.prefix.location)
        }
        for operation in spec.operations { checkOperation(operation, pathPrefix: [spec.prefix.value]) }
        checkRouters(spec.routers, pathPrefix: [spec.prefix.value])
    }

    // MARK: API

    func checkPrefix() {
        let prefix = spec.prefix
        if prefix.value.isEmpty { return }
        let template = PathTemplate(prefix.value)
        if let problem = template.problem {
            error("the prefix '\(prefix.value)' \(problem)", at: prefix.location)
        } else if !template.parameters.isEmpty {
            error("the prefix '\(prefix.value)' cannot contain parameters", at: prefix.location)
        }
    }

    /// `owner`, when given, ends the message: "duplicate member 'Cat' of union 'Pet'".
    func checkDuplicates(_ names: [Located<String>], what: String, of owner: String? = nil) {
        var seen: [String: SourceLocation] = [:]
        for name in names {
            if let first = seen[name.value] {
                error("duplicate \(what) '\(name.value)'" + (owner.map { " of \($0)" } ?? ""), at: name.location,
                      hint: "first declared at \(first)")
            } else {
                seen[name.value] = name.location
            }
        }
    }

    // MARK: Types and fields

    /// `allowsFiles`: only form fields may be (lists of) uploaded files.
    func checkTypeReference(_ type: Located<TypeSpec>, allowAny: Bool = true, allowsFiles: Bool = false) {
        switch type.value {
        case .named(let name):
            if !schemaNames.contains(name) {
                error("unknown schema '\(name)'", at: type.location,
                      hint: Suggestions.didYouMean(name, in: schemaNames)
                          ?? (schemaNames.isEmpty ? "declare it under 'schemas:'" : "declared schemas: \(schemaNames.sorted().joined(separator: ", "))"))
            }
        case .array(let element):
            checkTypeReference(Located(element, at: type.location), allowAny: allowAny, allowsFiles: allowsFiles)
        case .map(let element):
            checkTypeReference(Located(element, at: type.location), allowAny: allowAny)
        case .primitive(.file) where !allowsFiles:
            error("'file' is the type of uploaded files, which only form fields carry", at: type.location,
                  hint: "declare it under the operation's 'form:' (a multipart/form-data request)")
        case .primitive:
            break
        }
    }

    func checkFields(_ fields: [FieldSpec], owner: String, allowsFiles: Bool = false) {
        for field in fields { checkField(field, owner: owner, allowsFiles: allowsFiles) }
    }

    /// A schema's fields are read under their aliases (or names), each key once; a field a union
    /// tells its members apart by keeps its name. Other fields (form fields) have no alias.
    func checkAliases(_ fields: [FieldSpec], owner: String, schema: String?) {
        let isSchema = schema != nil
        var keys: [String: String] = [:]
        for field in fields {
            if let alias = field.alias {
                guard let schema else {
                    error("\(owner): '\(field.name.value)' has an 'alias'; only schema fields have one", at: alias.location,
                          hint: "name the field as it is sent")
                    continue
                }
                if alias.value.isEmpty { error("the alias of \(owner): '\(field.name.value)' is empty", at: alias.location) }
                if discriminatedFields.contains("\(schema).\(field.name.value)") {
                    error("\(owner): '\(field.name.value)' tells a union's members apart and cannot have an alias", at: alias.location,
                          hint: "remove the alias")
                }
            }
            let key = field.alias?.value ?? field.name.value
            if isSchema, let first = keys[key] {
                error("\(owner): '\(field.name.value)' is read under '\(key)', as '\(first)' is", at: (field.alias ?? field.name).location,
                      hint: "give each field its own key")
            }
            keys[key] = keys[key] ?? field.name.value
        }
    }

    func checkField(_ field: FieldSpec, owner: String, allowsFiles: Bool = false) {
        let what = "\(owner): '\(field.name.value)'"
        checkTypeReference(field.type, allowsFiles: allowsFiles)
        if let values = field.enumValues {
            if field.type.value != .primitive(.string) && field.type.value != .array(.primitive(.string)) {
                error("\(what) has 'enum' but its type is \(TypeExpression.describe(field.type.value))", at: field.type.location,
                      hint: "enums are string values; use 'type: string' or leave 'type' out")
            }
            checkDuplicates(values, what: "enum value")
        }
        if let defaultValue = field.defaultValue {
            if field.optional {
                error("\(what) has a default and is optional", at: defaultValue.location,
                      hint: "a field with a default may already be left out; remove 'optional' or the '?'")
            }
            var enumValues = field.enumValues?.map(\.value)
            if case .named(let name) = field.type.value { enumValues = enumSchemas[name] }
            let type: TypeSpec = enumValues != nil && field.enumValues == nil ? .primitive(.string) : field.type.value
            checkDefault(defaultValue, type: type, enumValues: enumValues, what: what)
        }
        var isEnum = field.enumValues != nil
        if case .named(let name) = field.type.value { isEnum = enumSchemas[name] != nil }
        if case .array = field.type.value { isEnum = false }  // a list's constraints count its items
        for diagnostic in ConstraintCheck.diagnostics(field, what: what, isEnum: isEnum) {
            error(diagnostic.message, at: diagnostic.location, hint: diagnostic.hint)
        }
    }

    func checkDefault(_ value: Located<DefaultValue>, type: TypeSpec, enumValues: [String]?, what: String) {
        let fits: Bool
        switch (value.value, type) {
        case (.string(let text), .primitive(.string)): fits = enumValues.map { $0.contains(text) } ?? true
        case (.string(let text), .primitive(.uuid)): fits = UUID(uuidString: text) != nil
        case (.string(let text), .primitive(.date)): fits = (try? DateSyntax.parse(Substring(text)).get()) != nil
        case (.string(let text), .primitive(.email)): fits = EmailSyntax.check(text) == nil
        case (.string(let text), .primitive(.url)): fits = (try? URLSyntax.parse(text).get()) != nil
        case (.int, .primitive(.int)), (.int, .primitive(.number)), (.bool, .primitive(.bool)), (.emptyArray, .array),
             (_, .primitive(.any)):
            fits = true
        case (.number(let number), .primitive(.number)): fits = number.isFinite
        default: fits = false
        }
        if !fits {
            let expected = enumValues.map { "one of \($0.map { "'\($0)'" }.joined(separator: ", "))" }
                ?? "a value of type \(TypeExpression.describe(type))"
            error("the default of \(what) is not \(expected)", at: value.location)
        }
    }

    func checkSchema(_ schema: SchemaSpec) {
        if ComponentNames.builtIn.contains(schema.name.value) {
            error("the schema name '\(schema.name.value)' is reserved for the OpenAPI document's built-in component", at: schema.name.location,
                  hint: "rename it; gen documents auth errors and 422s with its own '\(schema.name.value)'")
        }
        checkFields(schema.fields, owner: "schema '\(schema.name.value)'")
        checkAliases(schema.fields, owner: "schema '\(schema.name.value)'", schema: schema.name.value)
        let aliasForm = ComponentNames.aliasForm(schema.name.value)
        if schemaNames.contains(aliasForm), holdsAliases(schema.name.value) {
            error("schema '\(schema.name.value)' holds fields with aliases, so the document also describes it as '\(aliasForm)', the name of another schema",
                  at: schema.name.location, hint: "rename '\(aliasForm)'")
        }
        if let values = schema.enumValues { checkDuplicates(values, what: "value", of: "enum '\(schema.name.value)'") }
        if let union = schema.union { checkUnion(union, of: schema) }
    }

    /// Whether schema `name`, or a model it holds, has a field with an alias.
    func holdsAliases(_ name: String) -> Bool {
        var seen: Set<String> = []
        func holds(_ type: TypeSpec) -> Bool {
            switch type {
            case .primitive: return false
            case .array(let element): return holds(element)
            case .map(let value): return holds(value)
            case .named(let name):
                guard seen.insert(name).inserted, let schema = spec.schemas.first(where: { $0.name.value == name }) else { return false }
                return schema.fields.contains { $0.alias != nil || holds($0.type.value) }
                    || (schema.union?.members ?? []).contains { holds(.named($0.value)) }
            }
        }
        return holds(.named(name))
    }

    /// A union's members are object schemas, two or more, each once; with a discriminator, each
    /// member holds it as a required one-value enum (pydantic's `Literal`), and no two the same value.
    func checkUnion(_ union: UnionSpec, of schema: SchemaSpec) {
        let what = "union '\(schema.name.value)'"
        checkDuplicates(union.members, what: "member", of: what)
        if union.members.count < 2 {
            error("\(what) has \(union.members.count) member; a union needs two or more", at: schema.name.location,
                  hint: "use the member's schema itself where there is one")
        }
        var tags: [String: String] = [:]
        for member in union.members {
            guard let target = spec.schemas.first(where: { $0.name.value == member.value }) else {
                if !spec.unloadedNames.contains(member.value) {
                    error("unknown schema '\(member.value)' in \(what)", at: member.location,
                          hint: Suggestions.didYouMean(member.value, in: schemaNames) ?? "declare it under 'schemas:'")
                }
                continue
            }
            guard target.enumValues == nil, target.union == nil else {
                error("'\(member.value)' cannot be a member of \(what): members are object schemas (with 'fields')", at: member.location)
                continue
            }
            guard let discriminator = union.discriminator else { continue }
            guard let field = target.fields.first(where: { $0.name.value == discriminator.value }), let values = field.enumValues,
                  values.count == 1, !field.optional, field.defaultValue == nil
            else {
                error("member '\(member.value)' of \(what) has no required field '\(discriminator.value)' with one value",
                      at: member.location,
                      hint: "give '\(member.value)' the field '\(discriminator.value): {enum: [\(member.value.lowercased())]}' (pydantic's Literal)")
                continue
            }
            if let other = tags[values[0].value] {
                error("members '\(other)' and '\(member.value)' of \(what) both have '\(discriminator.value)' '\(values[0].value)'",
                      at: values[0].location, hint: "each member's value tells it apart: make them differ")
            }
            tags[values[0].value] = member.value
        }
    }

    // MARK: Schemes and exceptions

    func checkScheme(_ scheme: SchemeSpec) {
        let what = "scheme '\(scheme.name.value)'"
        let kind = scheme.kind.value
        let isSession = kind.isSession
        if kind == .apiKey, scheme.apiKeyLocation == nil {
            error("\(what) is an API key but does not say where it is sent", at: scheme.kind.location,
                  hint: "add 'in: query', 'in: header' or 'in: cookie' (or write kind: APIKeyQuery …)")
        }
        if kind != .apiKey, let location = scheme.apiKeyLocation {
            error("'in' applies to API key schemes only, not to \(kind.rawValue)", at: location.location)
        }
        if kind != .apiKey, let param = scheme.parameterName {
            error("'param' applies to API key schemes only, not to \(kind.rawValue)", at: param.location)
        }
        if let param = scheme.parameterName, param.value.isEmpty || !HTTPToken.isValid(param.value) {
            error("'\(param.value)' cannot be an API key name", at: param.location, hint: "use letters, digits and '-', '_', '.'")
        }
        if !isSession, let cookie = scheme.cookieName {
            error("'cookie' applies to session schemes only; an API key in a cookie names it with 'param'", at: cookie.location)
        }
        if let cookie = scheme.cookieName, !HTTPToken.isValid(cookie.value) {
            error("'\(cookie.value)' cannot be a cookie name", at: cookie.location)
        }
        let usesCookie = isSession || (kind == .apiKey && scheme.apiKeyLocation?.value == .cookie)
        if !usesCookie, let csrf = scheme.csrf {
            error("'csrf' applies to cookie-based schemes only", at: csrf.location,
                  hint: "CSRF protects credentials the browser sends by itself: cookies")
        }
        if let identity = scheme.identity {
            if isSession {
                error("the identity of a session scheme is the logged-in user; 'identity' cannot be set", at: identity.location)
            }
            checkTypeReference(identity)
        }
        if isSession, let implementation = scheme.implementation {
            error("session schemes are built in and have no stub; 'implementation' cannot be set", at: implementation.location)
        }
        if let realm = scheme.realm {
            if kind != .basic && kind != .bearer {
                error("'realm' applies to HTTP schemes (basic, bearer): it goes in their WWW-Authenticate challenge", at: realm.location,
                      hint: "an API key, a session or a custom scheme has no standard challenge")
            } else if !Challenge.isValidRealm(realm.value) {
                error("'\(realm.value)' cannot be a realm", at: realm.location,
                      hint: "use printable ASCII without quotes or backslashes, e.g. 'events'")
            }
        }
        checkResponses(scheme.responses ?? [], owner: what, isOperation: false)
        checkExceptionReferences(scheme.throwsExceptions)
    }

    /// `login` sets one session cookie, so every session scheme must read the same one.
    func checkSessionCookies() {
        let sessions = spec.schemes.filter(\.kind.value.isSession)
        guard let first = sessions.first else { return }
        let cookie = first.sessionCookie
        for scheme in sessions.dropFirst() where scheme.sessionCookie != cookie {
            error("session scheme '\(scheme.name.value)' reads cookie '\(scheme.sessionCookie)' but '\(first.name.value)' reads '\(cookie)'",
                  at: scheme.cookieName?.location ?? scheme.name.location, hint: "all session schemes share the one session cookie that login sets")
        }
    }

    /// The credential a stub receives, by kind; schemes sharing an implementation must agree on it.
    func credentialShape(_ kind: SchemeKind) -> String {
        switch kind {
        case .apiKey, .bearer: return "a key or token string"
        case .basic: return "a username and password"
        case .session, .sessionSuperuser, .sessionStaff: return "a session user"
        case .custom: return "the whole request"
        }
    }

    /// Schemes whose stubs end up with one Swift name share that stub, so they must agree on
    /// what it receives and returns.
    func checkSharedImplementations() {
        var first: [String: SchemeSpec] = [:]
        for scheme in spec.schemes where !scheme.kind.value.isSession {
            let implementation = scheme.implementation ?? scheme.name
            guard let method = names.schemes[scheme.name.value]?.stub else { continue }
            guard let other = first[method] else {
                first[method] = scheme
                continue
            }
            if credentialShape(other.kind.value) != credentialShape(scheme.kind.value) {
                error("scheme '\(scheme.name.value)' shares implementation '\(implementation.value)' with '\(other.name.value)', but receives \(credentialShape(scheme.kind.value)) where that one receives \(credentialShape(other.kind.value))",
                      at: implementation.location, hint: "give one of them its own implementation")
            }
            if (scheme.identity?.value ?? .primitive(.string)) != (other.identity?.value ?? .primitive(.string)) {
                error("scheme '\(scheme.name.value)' shares implementation '\(implementation.value)' with '\(other.name.value)' but declares another identity type",
                      at: scheme.identity?.location ?? implementation.location, hint: "shared stubs return one identity type")
            }
        }
    }

    /// An error status with a body: the user's hook turns the issues into it.
    func checkValidationError(_ answer: ExceptionSpec) {
        if !(400...499).contains(answer.status.value) {
            error("'validation_error' has status \(answer.status.value); invalid input is the client's error", at: answer.status.location,
                  hint: "use a status from 400 to 499 (Django Ninja answers 422)")
        }
        if let body = answer.body {
            checkTypeReference(body)
        } else {
            error("'validation_error' has no 'body'", at: answer.name.location,
                  hint: "name the schema the hook builds from the issues: 'body: ErrorModel' (or drop 'validation_error' for the default 422)")
        }
    }

    func checkException(_ exception: ExceptionSpec) {
        if !(400...599).contains(exception.status.value) {
            error("exception '\(exception.name.value)' has status \(exception.status.value); exceptions answer with an error status",
                  at: exception.status.location, hint: "use a status from 400 to 599")
        }
        if let body = exception.body { checkTypeReference(body) }
    }

    func checkExceptionReferences(_ names: [Located<String>]) {
        for name in names where !exceptionNames.contains(name.value) {
            error("unknown exception '\(name.value)'", at: name.location,
                  hint: Suggestions.didYouMean(name.value, in: exceptionNames) ?? "declare it under 'exceptions:'")
        }
    }

    func checkAuth(_ auth: AuthSetting, owner: String) {
        guard case .schemes(let names, let location) = auth else { return }
        if names.isEmpty {
            error("\(owner) has an empty auth list", at: location, hint: "write 'auth: null' to make it public")
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name.value).inserted {
            error("the auth list of \(owner) names '\(name.value)' twice", at: name.location)
        }
        for name in names where !schemeNames.contains(name.value) {
            error("unknown auth scheme '\(name.value)'", at: name.location,
                  hint: Suggestions.didYouMean(name.value, in: schemeNames)
                      ?? (schemeNames.isEmpty ? "declare it under 'schemes:'" : "declared schemes: \(schemeNames.sorted().joined(separator: ", "))"))
        }
    }

    // MARK: Operations and routers

    func checkResponses(_ responses: [ResponseSpec], owner: String, isOperation: Bool) {
        var seen: Set<Int> = []
        var seenClasses: [Int: String] = [:]
        for response in responses {
            let status = response.status
            if let statusClass = response.statusClass {
                if !isOperation {
                    error("\(owner) declares the class \(statusClass.spelling): a scheme answers one status for each refusal",
                          at: status.location, hint: "write the statuses it answers, e.g. 401")
                    continue
                }
                if let first = seenClasses[statusClass.hundreds] {
                    error("\(owner) declares the statuses \(statusClass.hundreds)xx twice (\(first) and \(statusClass.spelling))", at: status.location,
                          hint: "keep one of them")
                }
                seenClasses[statusClass.hundreds] = seenClasses[statusClass.hundreds] ?? statusClass.spelling
            } else {
                if !StatusCodes.validRange.contains(status.value) {
                    error("\(status.value) is not an HTTP status code", at: status.location, hint: "use a status from 100 to 599")
                    continue
                }
                if !seen.insert(status.value).inserted {
                    error("\(owner) declares status \(status.value) twice", at: status.location)
                }
            }
            let key = response.statusClass?.spelling ?? String(status.value)
            // 1xx never carry a body; a class of another holds bodiless statuses too (204), which
            // the server leaves out of the class when it has a body.
            let bodiless = response.statusClass.map { $0.hundreds == 1 } ?? StatusCodes.bodiless.contains(status.value)
            if let body = response.body {
                checkTypeReference(body)
                if bodiless {
                    error("status \(key) cannot have a body", at: body.location, hint: "write '\(key): null'")
                }
            }
            let what = "response \(key) of \(owner)"
            if !isOperation {
                for (key, location) in [("content", response.content?.location ?? response.contentLocation),
                                        ("filename", response.filename?.location), ("headers", response.headersLocation)] {
                    if let location {
                        error("'\(key)' of \(what): a scheme's refusals are JSON, without headers of their own", at: location,
                              hint: "declare media types and headers on operation responses")
                    }
                }
                continue
            }
            checkContent(of: response, bodiless: bodiless, what: what)
            checkHeaders(response.headers, of: response, what: what)
        }
    }

    /// `content:` names a media type, or maps several to their bodies; a JSON one needs a body type,
    /// a text or bytes one none (text is a string, anything else bytes) and may name a download's
    /// `filename`.
    func checkContent(of response: ResponseSpec, bodiless: Bool, what: String) {
        let status = response.statusClass?.spelling ?? String(response.status.value)
        var kinds: [MediaType.BodyKind] = []
        if let content = response.content {
            kinds.append(checkMedia(content, body: response.body, bodiless: bodiless, what: what, bodyKey: "'body'", status: status))
        } else if !response.media.isEmpty {
            if let body = response.body {
                error("\(what) gives its bodies by media type under 'content'; 'body' says nothing more", at: body.location,
                      hint: "move the type under its media type in 'content'")
            }
            var seen: [String: String] = [:]
            for media in response.media {
                if let first = seen[media.type.value.lowercased()] {
                    error("\(what) declares the media type '\(media.type.value)' twice (as '\(first)')", at: media.type.location)
                }
                seen[media.type.value.lowercased()] = seen[media.type.value.lowercased()] ?? media.type.value
                if let body = media.body { checkTypeReference(body) }
                kinds.append(checkMedia(media.type, body: media.body, bodiless: bodiless, what: what, bodyKey: "body type", status: status))
            }
        } else if let location = response.contentLocation {
            error("'content' of \(what) maps no media type", at: location, hint: "content: {application/json: MySchema, text/csv: null}")
        }
        if let filename = response.filename {
            if !kinds.contains(where: { $0 != .json }) {
                error("'filename' of \(what) names a download; a JSON response is not one", at: filename.location,
                      hint: "add 'content: text/csv' (or the download's media type)")
            } else if !MediaType.isValidFilename(filename.value) {
                error("'\(filename.value)' cannot be a download's file name", at: filename.location,
                      hint: "use printable ASCII without quotes, backslashes or slashes")
            }
        }
    }

    /// One media type of a response and its body; the kind of body it gives.
    func checkMedia(_ type: Located<String>, body: Located<TypeSpec>?, bodiless: Bool, what: String, bodyKey: String,
                    status: String) -> MediaType.BodyKind {
        let kind = MediaType.bodyKind(type.value)
        guard MediaType.isValid(type.value) else {
            error("'\(type.value)' is not a media type", at: type.location, hint: "write type/subtype, e.g. text/csv or image/png")
            return kind
        }
        if bodiless {
            error("status \(status) cannot have a body", at: type.location, hint: "remove 'content'")
        } else if kind == .json, body == nil {
            error("\(what) is \(type.value) but has no \(bodyKey)", at: type.location,
                  hint: bodyKey == "'body'" ? "add 'body: MySchema'" : "write '\(type.value): MySchema'")
        } else if kind != .json, let body {
            error("\(what) is \(type.value): its body is \(kind == .text ? "text (a String)" : "bytes (Data)"), not a \(TypeExpression.describe(body.value))",
                  at: body.location, hint: bodyKey == "'body'" ? "remove 'body'; 'body' types JSON responses" : "write null: the media type says what it is")
        }
        return kind
    }

    /// Header names are tokens, once each (ignoring case), not set by the server itself; values are scalars.
    func checkHeaders(_ headers: [FieldSpec], of response: ResponseSpec, what: String) {
        var seen: [String: String] = [:]
        for header in headers {
            let name = header.name.value
            let lowered = name.lowercased()
            if !HTTPToken.isValid(name) {
                error("'\(name)' cannot be a header name", at: header.name.location, hint: "use letters, digits and !#$%&'*+-.^_`|~")
            } else if let first = seen[lowered] {
                error("\(what) declares header '\(name)' twice (as '\(first)'); header names ignore case", at: header.name.location)
            } else if MediaType.reservedHeaders.contains(lowered) {
                error("\(what) cannot declare '\(name)': the server sets it", at: header.name.location,
                      hint: lowered == "content-type" ? "give the response 'content: <media type>'" : "remove it")
            } else if lowered == "content-disposition", response.filename != nil {
                error("\(what) has a 'filename', which sets '\(name)'", at: header.name.location, hint: "keep one of them")
            }
            seen[lowered] = seen[lowered] ?? name
            let type = header.type.value
            if case .named(let schema) = type, !schemaNames.contains(schema) {
                checkTypeReference(header.type)
            } else if !isScalar(type) || type == .primitive(.any) || type == .primitive(.file) {
                error("header '\(name)' of \(what) has type \(TypeExpression.describe(header.type.value)); headers carry strings, numbers, booleans, dates, UUIDs, emails, URLs and enums",
                      at: header.type.location, hint: "send structured values in the body")
            }
        }
    }

    /// A type one text value carries (a parameter, a form field, a header): a primitive or an enum schema.
    func isScalar(_ type: TypeSpec) -> Bool {
        switch type {
        case .primitive: return true
        case .named(let name): return enumSchemas[name] != nil
        case .array, .map: return false
        }
    }

    func checkOperation(_ operation: OperationSpec, pathPrefix: [String]) {
        let what = "operation '\(operation.name.value)'"
        // Methods
        var methods: [String] = []
        if operation.methods.isEmpty, !operation.path.value.isEmpty {
            error("\(what) has no HTTP method", at: operation.name.location, hint: "add 'method: GET'")
        }
        for method in operation.methods {
            let upper = method.value.uppercased()
            guard HTTPMethods.valid.contains(upper) else {
                error("'\(method.value)' is not an HTTP method", at: method.location,
                      hint: Suggestions.didYouMean(upper, in: HTTPMethods.valid) ?? "use one of \(HTTPMethods.valid.joined(separator: ", "))")
                continue
            }
            if methods.contains(upper) { error("\(what) lists \(upper) twice", at: method.location) }
            methods.append(upper)
        }
        // Path and its parameters
        let template = PathTemplate(operation.path.value)
        if let problem = template.problem {
            error("the path '\(operation.path.value)' of \(what) \(problem)", at: operation.path.location)
        }
        let declaredPath = operation.parameters.filter { $0.location == .path }
        for name in template.parameters where !declaredPath.contains(where: { $0.name.value == name }) {
            error("path parameter '{\(name)}' of \(what) is not declared", at: operation.path.location,
                  hint: "add under 'params:' → '\(name): {in: path, type: string}'")
        }
        for parameter in declaredPath where !template.parameters.contains(parameter.name.value) {
            error("parameter '\(parameter.name.value)' of \(what) is declared 'in: path' but the path has no '{\(parameter.name.value)}'",
                  at: parameter.name.location, hint: "add '{\(parameter.name.value)}' to '\(operation.path.value)' or move the parameter to the query")
        }
        checkFields(operation.parameters, owner: what)
        checkFields(operation.form, owner: "\(what) form", allowsFiles: true)
        checkAliases(operation.form, owner: "\(what) form", schema: nil)
        for parameter in operation.parameters + operation.form { checkParameterType(parameter, owner: what) }
        if let body = operation.body {
            checkTypeReference(body)
            if !operation.form.isEmpty {
                error("\(what) has both 'form' and 'body'", at: body.location, hint: "a request has one body: form fields or JSON")
            }
        }
        if operation.responses.isEmpty, !operation.path.value.isEmpty {
            error("\(what) declares no responses", at: operation.name.location, hint: "add 'responses: {200: MySchema}'")
        }
        checkResponses(operation.responses, owner: what, isOperation: true)
        checkAuth(operation.auth, owner: what)
        checkExceptionReferences(operation.throwsExceptions)
        // Route uniqueness across the whole API
        if template.problem == nil {
            let full = PathTemplate.join(pathPrefix + [operation.path.value])
            for method in methods {
                let key = "\(method) \(PathTemplate.shape(full))"
                if let first = routes[key] {
                    error("\(method) \(full) is already served by operation '\(first.operation)'", at: operation.path.location,
                          hint: "first declared at \(first.location)")
                } else {
                    routes[key] = (operation.name.value, operation.path.location)
                }
            }
        }
    }

    func checkParameterType(_ parameter: FieldSpec, owner: String) {
        let what = "parameter '\(parameter.name.value)' of \(owner)"
        switch parameter.type.value {
        case let type where isScalar(type):
            break
        case .array(let element) where isScalar(element):
            if ![.query, .form].contains(parameter.location) {
                error("\(what) is a list; only query parameters and form fields can repeat", at: parameter.type.location)
            }
        default:
            error("\(what) has type \(TypeExpression.describe(parameter.type.value)); parameters carry strings, numbers, booleans, dates, UUIDs and enums",
                  at: parameter.type.location, hint: "send objects in a JSON 'body:'")
        }
        if parameter.location == .path {
            if parameter.optional || parameter.defaultValue != nil {
                error("path \(what) cannot be optional or have a default", at: parameter.name.location,
                      hint: "every path segment is always present")
            }
        }
        if parameter.location == .header || parameter.location == .cookie, !HTTPToken.isValid(parameter.name.value) {
            error("'\(parameter.name.value)' cannot be a \(parameter.location.rawValue) name", at: parameter.name.location,
                  hint: "use letters, digits and !#$%&'*+-.^_`|~")
        }
    }

    func checkRouters(_ routers: [RouterSpec], pathPrefix: [String]) {
        for router in routers {
            let what = "router '\(router.name.value)'"
            let template = PathTemplate(router.prefix.value)
            if let problem = template.problem {
                error("the prefix '\(router.prefix.value)' of \(what) \(problem)", at: router.prefix.location)
            } else if !template.parameters.isEmpty {
                error("the prefix of \(what) cannot contain parameters", at: router.prefix.location,
                      hint: "put '{parameters}' in each operation's path")
            }
            checkAuth(router.auth, owner: what)
            let prefix = pathPrefix + [router.prefix.value]
            for operation in router.operations { checkOperation(operation, pathPrefix: prefix) }
            checkRouters(router.routers, pathPrefix: prefix)
        }
    }
}

/// RFC 9110 tokens: what header, cookie and API key names may contain.
enum HTTPToken {
    static let allowed = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy(allowed.contains)
    }
}
