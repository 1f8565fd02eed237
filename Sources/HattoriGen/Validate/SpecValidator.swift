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
    /// The problems of a loaded (perhaps partly loaded) spec, given the names `NamingPass` planned.
    static func diagnostics(_ spec: APISpec, names: NamePlan) -> [Diagnostic] {
        let diagnostics = DiagnosticCollector()
        ValidationPass(spec: spec, names: names, diagnostics: diagnostics).run()
        return diagnostics.diagnostics
    }
}

final class ValidationPass {
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
}
