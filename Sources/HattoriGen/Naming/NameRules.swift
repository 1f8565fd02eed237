/// How each kind of spec name becomes a Swift name. Validation and resolution both use
/// these, so what validates is exactly what gets generated.
enum NameRules {
    /// Type names a schema, exception, scheme or operation may not take as they are: it gets a `_`
    /// suffix (`Result` stays, `Data` becomes `Data_`), so that no name is ambiguous or hidden in
    /// either module.
    static let reservedTypeNames: Set<String> = generatedTypeNames.union(moduleNames).union(plainlySpelled).union(runtimeTypeNames)

    /// What the generated module declares at its top level or inside every operation.
    static let generatedTypeNames: Set<String> = [
        "Operations", "APIProtocol", "Routes", "Schemes", "SchemeLists", "APIInfo", "OpenAPIDocument",
        "AuthenticatorsProtocol", "ExceptionHandling", "Input", "Output", "CodingKeys",
        // The user's target: its structs and the files of its tests.
        "Handlers", "Authenticators", "TestCredentials", "Server",
    ]

    /// The modules generated code and the user's files import, whose names qualify types
    /// (`Swift.String`, `Hattori.InputDecoder`) or that macros expand to (`Testing.Test`).
    static let moduleNames: Set<String> = [
        "Swift", "Foundation", "FoundationNetworking", "Hummingbird", "HummingbirdCore", "Hattori", "HattoriTesting",
        "HattoriPostgres", "HattoriCommandLine", "HTTPTypes", "NIOCore", "Logging", "ArgumentParser", "Testing",
    ]

    /// Types of Swift, Foundation, ArgumentParser and Testing that generated code, the user's files
    /// and the test macros they use (`Void` in `@Test`'s expansion) spell without their module.
    static let plainlySpelled: Set<String> = [
        "OptionGroup", "AsyncParsableCommand", "ParsableCommand", "URLSession", "HTTPURLResponse", "UTF8", "Test",
        "Codable", "Decodable", "Encodable", "Sendable", "Hashable", "CodingKey", "Error", "Never", "Void", "Optional",
        "Array", "Dictionary", "Set", "String", "Int", "Double", "Bool", "Date", "UUID", "Data", "URL",
        "Request", "Response", "Type", "Protocol", "Router", "Application",
    ]

    /// Every public type of the runtime libraries the user's files import (`Hattori`, `HattoriTesting`):
    /// a schema of one of these names would be ambiguous there. `NamingTests` checks the list
    /// against their sources.
    static let runtimeTypeNames: Set<String> = [
        "APIDocs", "AuthMatrix", "AuthMatrixCredentials", "AuthMatrixRouter", "DeclaredStatuses", "AuthRefusal", "AuthRequest", "AuthTrace", "AuthenticationError",
        "AuthorizationError", "BasicHattoriRequestContext", "CSRF", "CalendarDate", "ClientAddress", "ConstantTime", "Constraints", "ContextValue",
        "Credentials", "DatabaseURL", "DecodingIssues", "DetailErrorMiddleware", "EmailAddress", "Expectation",
        "FieldDecoder", "FieldEncoder", "FieldKey", "FieldSet", "FormFields", "HTTPDetailError", "HattoriConfiguration", "HattoriJSON", "HattoriRequestContext",
        "HattoriRequestDecoder", "HattoriResponseEncoder", "HattoriServer", "HeaderValue", "InMemorySessionStore",
        "Indirect", "InputDecoder", "JSONResponse", "JSONValue", "JSONWritable", "JSONWriter", "LocationElement", "MediaResponse", "MethodNotAllowed",
        "OperationContext", "OperationOutput", "OperationRoute", "ParameterValue", "ResponseOptions", "RouteTable", "ServerOptions",
        "SessionAuthentication", "SessionKey", "SessionRole", "SessionStore", "SessionUser", "SessionsLocation", "SocketAddress",
        "StringEnum", "SweepCounter", "TestCredential", "UnavailableSessionStore", "UnionDecoder", "UploadedFile",
        "ValidationDescribable", "ValidationFailure", "ValidationIssue",
    ]

    static func typeName(_ specName: String) -> String? {
        guard let name = SwiftName.upperCamel(specName) else { return nil }
        let safe = SwiftName.typeSafe(name)
        return reservedTypeNames.contains(safe) ? safe + "_" : safe
    }

    /// Properties, methods and enum cases (unescaped; render with `SwiftName.escaped`).
    static func memberName(_ specName: String) -> String? {
        SwiftName.lowerCamel(specName)
    }

    /// An enum's case names, one per value: the value as a member name, `value<N>` (counting from 1)
    /// for a value with no letters or digits, and a `_` suffix on a name already taken.
    static func enumCases(_ values: [String]) -> [String] {
        var used: Set<String> = []
        return values.enumerated().map { index, value in
            var name = memberName(value) ?? "value\(index + 1)"
            while !used.insert(name).inserted { name += "_" }
            return name
        }
    }

    /// The output cases of one response with several media types: its status's case with each media
    /// type's subtype (`okJson`, `okPkcs12` for `application/json` and `application/x-pkcs12`), with
    /// the type too where two subtypes read alike (`okTextCsv`, `okApplicationCsv`).
    static func mediaCases(_ caseName: String, mediaTypes: [String]) -> [String] {
        func words(_ text: Substring) -> [String] {
            text.split(whereSeparator: { !$0.isASCII || !($0.isLetter || $0.isNumber) }).map(String.init)
                .filter { $0.lowercased() != "x" }
        }
        func suffix(_ parts: [String]) -> String { parts.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined() }
        let parsed = mediaTypes.map { type -> (type: [String], subtype: [String]) in
            let pieces = type.split(separator: "/", maxSplits: 1)
            return (words(pieces.first ?? ""), words(pieces.count > 1 ? pieces[1] : ""))
        }
        var used: Set<String> = []
        return parsed.enumerated().map { index, media in
            let short = suffix(media.subtype)
            let ambiguous = parsed.enumerated().contains { $0.offset != index && suffix($0.element.subtype) == short }
            var name = caseName + (ambiguous || short.isEmpty ? suffix(media.type + media.subtype) : short)
            if name == caseName { name += "Media\(index + 1)" }
            while !used.insert(name).inserted { name += "_" }
            return name
        }
    }

    /// The stub that builds the body a scheme declares for the runtime's 401 or 403:
    /// `myAuthUnauthorized`, `myAuthForbidden`; nil for other statuses, which have none. Never a
    /// keyword, since it ends in the suffix.
    static func refusalHookName(scheme specName: String, status: Int) -> String? {
        let suffix: String
        switch status {
        case 401: suffix = "Unauthorized"
        case 403: suffix = "Forbidden"
        default: return nil
        }
        return memberName(specName).map { $0 + suffix }
    }

    /// The longest package, type or stub name, in UTF-8 bytes. These names become folder and file
    /// names (`Sources/<Name>API`, `<Type>.model.swift`, `<Router>Handlers.swift`), and SwiftPM adds
    /// up to 28 bytes more (`<Name>PackageDiscoveredTests.build`, `<File>.swift.o-<hash>`); a
    /// file name may have at most 255 bytes.
    static let maximumFileNameBytes = 200

    /// Why `name` cannot become a file, folder or module name, or nil when it can.
    static func fileNameProblem(_ name: String) -> String? {
        let bytes = name.utf8.count
        guard bytes > maximumFileNameBytes else { return nil }
        return "it would name a file or folder, and at \(bytes) bytes it is longer than the \(maximumFileNameBytes) bytes gen allows (file names have at most 255)"
    }

    /// Another spelling of `specName` to offer in a message, `suffix` added in the name's own style:
    /// `shop_api` → `shop_api_info`, `ShopAPI` → `ShopAPIInfo`.
    static func alternative(to specName: String, suffix: String) -> String {
        if specName.contains("-") { return specName + "-" + suffix.lowercased() }
        if specName.contains("_") || specName == specName.lowercased() { return specName + "_" + suffix.lowercased() }
        return specName + suffix
    }

    /// A name shortened for a message: long names would drown the message itself.
    static func quoted(_ name: String) -> String {
        name.count > 40 ? "'\(name.prefix(40))…'" : "'\(name)'"
    }

    /// Package and module names (lowercased) that SwiftPM or Swift cannot tell apart from the
    /// generated package's dependencies, their modules, or the system's.
    static let dependencyPackageNames: Set<String> = [
        "argumentparsertoolinfo", "concurrencyhelpers", "containerspreview", "coremetrics", "dequemodule",
        "fieldconstraints", "hummingbirdcore", "instrumentation", "internalcollectionsutilities", "jsonescaping",
        "nioconcurrencyhelpers", "nioembedded", "nioextras", "niofilesystem", "niofoundationessentialscompat", "niohttp1",
        "niohttptypes", "niohttptypeshttp1", "nioposix", "orderedcollections", "servicecontextmodule", "unixsignals",
        "hummingbirdtesting", "asynchttpclient", "darwin", "glibc", "musl", "foundationessentials",
        "foundationnetworking", "synchronization", "observation", "_concurrency",
        "hattori", "hummingbird", "yams", "swift-argument-parser", "argumentparser", "swift-nio", "nio", "niocore",
        "swift-log", "logging", "swift-http-types", "httptypes", "swift-collections", "collections",
        "swift-async-algorithms", "asyncalgorithms", "swift-atomics", "atomics", "swift-metrics", "metrics",
        "swift-distributed-tracing", "tracing", "swift-service-lifecycle", "servicelifecycle", "swift-nio-extras",
        "swift-nio-http2", "swift-nio-ssl", "swift-nio-transport-services", "swift-system", "systempackage",
        "swift-configuration", "configuration", "swift-service-context", "servicecontext", "async-http-client",
        "swift-mustache", "mustache", "openapikit", "foundation", "swift", "xctest", "testing", "dispatch",
    ]
}
