/// Every name of the generated package, decided once: the Swift types, members, enum cases and
/// local names, the files and the modules. The one owner of names (as swift-openapi-generator's
/// `TypeAssigner`): no other stage composes one. `NamingPass` builds it from the spec together with
/// the diagnostics for names that cannot be made or that collide, which Validate reports.
public struct NamePlan: Sendable {
    public struct Package: Sendable {
        public var name: String
        /// `<Name>API`, `<Name>Server`, `<Name>Tests`.
        public var library: String
        public var server: String
        public var tests: String
    }

    /// A schema field, parameter or form field.
    public struct Field: Sendable {
        /// The property (unescaped; see `SwiftName.escaped`).
        public var member: String
        /// For parameters and form fields: the local the decoding code reads it into (`queryLimit`).
        public var local: String
        /// The nested enum of an inline `enum:`.
        public var enumType: String?
        /// That enum's case names, one per value, in order.
        public var enumCases: [String]
    }

    public struct Schema: Sendable {
        public var typeName: String
        /// Case names of an enum schema, one per value.
        public var enumCases: [String]
        public var fields: [String: Field]
        public var file: String
    }

    public struct Scheme: Sendable {
        /// `Schemes.<typeName>`.
        public var typeName: String
        /// Its case in the `Identity` enum of a list that mixes identity types.
        public var caseName: String
        /// The stub it calls in `Authenticators`; nil for the built-in session kinds.
        public var stub: String?
        /// The stubs that build the 401 and 403 bodies it declares.
        public var unauthorizedHook: String
        public var forbiddenHook: String
        /// Where those stubs are written, once.
        public var hooksFile: String
    }

    /// A router's operations, or the top-level ones: one handler protocol, one file of each kind.
    public struct Group: Sendable {
        public var typeName: String
        /// `<typeName>API`.
        public var protocolName: String
        /// `Routes.register<typeName>`.
        public var registerFunction: String
        public var operationsFile: String
        public var handlersFile: String
    }

    public struct Operation: Sendable {
        /// The handler method (unescaped).
        public var methodName: String
        /// `Operations.<typeName>`.
        public var typeName: String
        /// The local its route is built into.
        public var routeVariable: String
        /// Parameters by where they are sent and their spec names; form fields under `.form`.
        public var fields: [ParameterLocation: [String: Field]]
    }

    public struct Exception: Sendable {
        public var typeName: String
        /// Its handler stub's file, when it has a body to build.
        public var handlerFile: String
    }

    public var package: Package
    public var schemas: [String: Schema]
    public var schemes: [String: Scheme]
    public var exceptions: [String: Exception]
    /// Key: the router names from the top (`["staff", "admin"]`); `[]` for the top-level operations.
    public var groups: [[String]: Group]
    public var operations: [String: Operation]
    /// Each distinct list of schemes the operations use, by its scheme names: `SchemeLists.<name>`.
    public var schemeLists: [[String]: String]
    /// Schemes by their stub names: the stubs of `Authenticators`.
    public var stubFiles: [String: String]
    /// Type names declared around the uses of a scheme's identity (`Schemes.X`,
    /// `SchemeLists.X.Identity`): a schema with one of these names is module-qualified there.
    public var shadowedInSchemes: Set<String>

    /// The Swift type of a spec type.
    public func swiftType(_ type: TypeSpec) -> SwiftType {
        switch type {
        case .primitive(.string): return .string
        case .primitive(.int): return .int
        case .primitive(.number): return .double
        case .primitive(.bool): return .bool
        case .primitive(.dateTime): return .date
        case .primitive(.uuid): return .uuid
        case .primitive(.any): return .json
        case .named(let name): return .declared(schemas[name]?.typeName ?? name)
        case .array(let element): return .array(swiftType(element))
        }
    }

    /// The type as a scheme's identity: qualified with the module where a name around it would shadow it.
    public func identityType(_ type: TypeSpec) -> SwiftType {
        switch type {
        case .named(let name):
            let typeName = schemas[name]?.typeName ?? name
            return .declared(typeName, module: shadowedInSchemes.contains(typeName) ? package.library : nil)
        case .array(let element): return .array(identityType(element))
        case .primitive: return swiftType(type)
        }
    }
}

/// The generated package's fixed names: declared by every package, whatever the spec says.
public enum GeneratedNames {
    /// The input groups of an operation, in declaration order: their struct and property names.
    public static let inputGroups: [(location: ParameterLocation, typeName: String, property: String)] = [
        (.path, "Path", "path"), (.query, "Query", "query"), (.header, "Headers", "headers"),
        (.cookie, "Cookies", "cookies"), (.form, "Form", "form"),
    ]
    /// The group of the top-level operations.
    public static let rootGroup = "Root"
    /// Files that are not one per spec name.
    public static func serverFile(_ library: String) -> String { "Sources/\(library)/Generated/Server.swift" }
    public static func schemesFile(_ library: String) -> String { "Sources/\(library)/Generated/Schemes.swift" }
    public static func exceptionsFile(_ library: String) -> String { "Sources/\(library)/Generated/Exceptions.swift" }
    public static func documentFile(_ library: String) -> String { "Sources/\(library)/Generated/OpenAPIDocument.swift" }
    public static func handlersFile(_ library: String) -> String { "Sources/\(library)/Handlers/Handlers.swift" }
    public static func authenticatorsFile(_ library: String) -> String { "Sources/\(library)/Auth/Authenticators.swift" }
    public static func appFile(_ server: String) -> String { "Sources/\(server)/App.swift" }
    public static func smokeTestFile(_ tests: String) -> String { "Tests/\(tests)/SmokeTests.swift" }
}
