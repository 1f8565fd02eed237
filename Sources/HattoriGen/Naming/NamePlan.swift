/// Every name of the generated package, decided once: the Swift types, members, enum cases and
/// local names, the files and the modules. The one owner of names (as swift-openapi-generator's
/// `TypeAssigner`): no other stage composes one. `NamingPass` builds it from the spec together with
/// the diagnostics for names that cannot be made or that collide, which Validate reports.
struct NamePlan: Sendable {
    struct Package: Sendable {
        var name: String
        /// `<Name>API`: gen's target, which the user never edits.
        var library: String
        /// `<Name>`: the user's target (an executable) with the handlers, authenticators and server.
        var app: String
        /// `<Name>Server`: the `@main` command in the user's target.
        var serverType: String
        /// `<Name>Tests`.
        var tests: String
    }

    /// A schema field, parameter or form field.
    struct Field: Sendable {
        /// The property (unescaped; see `SwiftName.escaped`).
        var member: String
        /// For parameters and form fields: the local the decoding code reads it into (`queryLimit`).
        var local: String
        /// The static constant holding its constraints, when it has some (`_ageConstraints`,
        /// `_queryLimitConstraints`).
        var constraintsConstant: String
        /// The nested enum of an inline `enum:`.
        var enumType: String?
        /// That enum's case names, one per value, in order.
        var enumCases: [String]
    }

    struct Schema: Sendable {
        var typeName: String
        /// Case names of an enum schema, one per value.
        var enumCases: [String]
        var fields: [String: Field]
        var file: String
        /// A union's case names, one per member, in order.
        var unionCases: [String] = []

        func field(_ name: String) -> Field { fields[name] ?? NamePlan.missing("field", "\(typeName).\(name)") }
    }

    struct Scheme: Sendable {
        /// `Schemes.<typeName>`.
        var typeName: String
        /// Its case in the `Identity` enum of a list that mixes identity types.
        var caseName: String
        /// The stub it calls in `Authenticators`; nil for the built-in session kinds.
        var stub: String?
        /// The stubs that build the 401 and 403 bodies it declares.
        var unauthorizedHook: String
        var forbiddenHook: String
        /// Where those stubs are written, once.
        var hooksFile: String
    }

    /// A router's operations, or the top-level ones: one handler protocol, one file of each kind.
    struct Group: Sendable {
        var typeName: String
        /// `<typeName>API`.
        var protocolName: String
        /// `Routes.register<typeName>`.
        var registerFunction: String
        var operationsFile: String
        var handlersFile: String
    }

    struct Operation: Sendable {
        /// The handler method (unescaped).
        var methodName: String
        /// `Operations.<typeName>`.
        var typeName: String
        /// The local its route is built into.
        var routeVariable: String
        /// Parameters by where they are sent and their spec names; form fields under `.form`.
        var fields: [ParameterLocation: [String: Field]]
        /// The headers of each response that declares some, by its key (`ResponseSpec.key`).
        var responseHeaders: [String: ResponseHeaders] = [:]
        /// The output cases of each response with several media types, one per media type in order,
        /// by its key: `okJson`, `okPkcs12`.
        var mediaCases: [String: [String]] = [:]
        /// The static constant of `Output` holding the statuses of each class it answers
        /// (`_clientErrorStatuses` for `4XX`), by key.
        var classConstants: [String: String] = [:]

        func field(_ name: String, in location: ParameterLocation) -> Field {
            fields[location]?[name] ?? NamePlan.missing("\(location.rawValue) field", "\(typeName).\(name)")
        }
        func headers(_ key: String) -> ResponseHeaders { responseHeaders[key] ?? NamePlan.missing("headers of response", "\(typeName) \(key)") }
        func mediaCases(_ key: String) -> [String] { mediaCases[key] ?? NamePlan.missing("media cases of response", "\(typeName) \(key)") }
        func classConstant(_ key: String) -> String { classConstants[key] ?? NamePlan.missing("class constant", "\(typeName) \(key)") }
    }

    /// `Output.<typeName>`: the struct a response's declared headers travel in.
    struct ResponseHeaders: Sendable {
        var typeName: String
        /// By header name as the spec writes it.
        var fields: [String: Field]

        func field(_ name: String) -> Field { fields[name] ?? NamePlan.missing("header", "\(typeName).\(name)") }
    }

    struct Exception: Sendable {
        var typeName: String
        /// Its handler stub's file, when it has a body to build.
        var handlerFile: String
    }

    var package: Package
    var schemas: [String: Schema]
    var schemes: [String: Scheme]
    var exceptions: [String: Exception]
    /// Key: the router names from the top (`["staff", "admin"]`); `[]` for the top-level operations.
    var groups: [[String]: Group]
    var operations: [String: Operation]
    /// Each distinct list of schemes the operations use, by its scheme names: `SchemeLists.<name>`.
    var schemeLists: [[String]: String]
    /// Schemes by their stub names: the stubs of `Authenticators`.
    var stubFiles: [String: String]
    /// Type names the generated module declares inside other types (`Operations.<Op>`,
    /// `Operations.<Op>.Input`, `Schemes.<Scheme>`, `SchemeLists.<List>.Identity`, `Output.<Case>Headers`):
    /// where one of them is in scope it hides a schema of the same name, so references to such a
    /// schema are module-qualified (`ShopAPI.Login` inside `Operations.Login`).
    var shadowing: Set<String>

    // Resolve reads the plan through these: `NamingPass` names everything a valid spec declares, so
    // a name missing here is a bug in it, stopped here rather than written out as an empty name.

    func schema(_ name: String) -> Schema { schemas[name] ?? Self.missing("schema", name) }
    func scheme(_ name: String) -> Scheme { schemes[name] ?? Self.missing("scheme", name) }
    func exception(_ name: String) -> Exception { exceptions[name] ?? Self.missing("exception", name) }
    func group(_ path: [String]) -> Group { groups[path] ?? Self.missing("router", path.joined(separator: ".")) }
    func operation(_ name: String) -> Operation { operations[name] ?? Self.missing("operation", name) }
    func schemeList(_ schemes: [String]) -> String { schemeLists[schemes] ?? Self.missing("scheme list", schemes.joined(separator: ", ")) }
    func stubFile(_ stub: String) -> String { stubFiles[stub] ?? Self.missing("stub", stub) }

    /// Typed as whatever was asked for, so that it follows `??`; it never returns.
    static func missing<Name>(_ what: String, _ name: String) -> Name {
        preconditionFailure("NamingPass named no \(what) '\(name)'")
    }

    /// The Swift type of a spec type.
    func swiftType(_ type: TypeSpec) -> SwiftType {
        switch type {
        case .primitive(.string): return .string
        case .primitive(.int): return .int
        case .primitive(.number): return .double
        case .primitive(.bool): return .bool
        case .primitive(.dateTime): return .date
        case .primitive(.uuid): return .uuid
        case .primitive(.date): return .calendarDate
        case .primitive(.email): return .email
        case .primitive(.url): return .url
        case .primitive(.file): return .uploadedFile
        case .primitive(.any): return .json
        case .named(let name):
            let typeName = schema(name).typeName
            return .declared(typeName, module: shadowing.contains(typeName) ? package.library : nil)
        case .array(let element): return .array(swiftType(element))
        case .map(let value): return .map(swiftType(value))
        }
    }
}

/// The generated package's fixed names: declared by every package, whatever the spec says.
enum GeneratedNames {
    /// The input groups of an operation, in declaration order: their struct and property names.
    static let inputGroups: [(location: ParameterLocation, typeName: String, property: String)] = [
        (.path, "Path", "path"), (.query, "Query", "query"), (.header, "Headers", "headers"),
        (.cookie, "Cookies", "cookies"), (.form, "Form", "form"),
    ]
    /// The group of the top-level operations.
    static let rootGroup = "Root"
    /// The types every operation declares in its namespace (`Operations.<Op>.Auth`, `.Input`,
    /// `.Output`, the input groups) and the enum of a list of schemes' identities.
    static let nestedTypes: Set<String> = Set(["Auth", "Input", "Output", "Identity"] + inputGroups.map(\.typeName))

    // The API target, `Sources/<Name>API/`: gen's alone, rewritten on every run.
    static func modelFile(_ library: String, type: String) -> String { "Sources/\(library)/Models/\(type).model.swift" }
    static func operationsFile(_ library: String, group: String) -> String { "Sources/\(library)/Operations/\(group).swift" }
    static func serverFile(_ library: String) -> String { "Sources/\(library)/Server.swift" }
    static func schemesFile(_ library: String) -> String { "Sources/\(library)/Schemes.swift" }
    static func exceptionsFile(_ library: String) -> String { "Sources/\(library)/Exceptions.swift" }
    static func documentFile(_ library: String) -> String { "Sources/\(library)/OpenAPIDocument.swift" }

    // The user's target, `Sources/<Name>/`: each file created once, never touched again.
    static func appFile(_ app: String) -> String { "Sources/\(app)/App.swift" }
    static func handlersFile(_ app: String) -> String { "Sources/\(app)/Handlers/Handlers.swift" }
    static func groupHandlersFile(_ app: String, group: String) -> String { "Sources/\(app)/Handlers/\(group)Handlers.swift" }
    static func exceptionHandlerFile(_ app: String, exception: String) -> String { "Sources/\(app)/Handlers/\(exception)Handler.swift" }
    /// The hook that builds the body of `validation_error` from the runtime's `ValidationFailure`.
    static func validationErrorHandlerFile(_ app: String) -> String { exceptionHandlerFile(app, exception: validationFailureType) }
    /// The runtime's error for invalid input, as the hook's signature spells it.
    static let validationFailureType = "ValidationFailure"
    static func authenticatorsFile(_ app: String) -> String { "Sources/\(app)/Auth/Authenticators.swift" }
    static func stubFile(_ app: String, stub: String) -> String { "Sources/\(app)/Auth/\(stub.prefix(1).uppercased() + stub.dropFirst()).swift" }
    static func hooksFile(_ app: String, scheme: String) -> String { "Sources/\(app)/Auth/\(scheme).responses.swift" }
    static func smokeTestFile(_ tests: String) -> String { "Tests/\(tests)/SmokeTests.swift" }
    static func authMatrixFile(_ tests: String) -> String { "Tests/\(tests)/AuthMatrixTests.swift" }
    static func testCredentialsFile(_ tests: String) -> String { "Tests/\(tests)/TestCredentials.swift" }
}
