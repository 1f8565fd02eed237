/// How each kind of spec name becomes a Swift name. Validation and resolution both use
/// these, so what validates is exactly what gets generated.
enum NameRules {
    /// Type names the generated module declares or imports, and the runtime's that the user's
    /// files spell plainly (`AuthRequest`, `SessionUser`); a schema with one of these names gets a
    /// `_` suffix, so that no name is ambiguous in either module.
    static let reservedTypeNames: Set<String> = [
        "AuthRequest", "AuthorizationError", "HTTPDetailError", "SessionUser", "HattoriConfiguration", "HattoriServer",
        "ServerOptions", "ConstantTime", "Authenticators", "AuthenticatorsProtocol", "ExceptionHandling",
        "CalendarDate", "EmailAddress", "ValidationFailure", "ValidationIssue", "UploadedFile",
        // What the user's App.swift and smoke test name (ArgumentParser, Foundation, Testing).
        "OptionGroup", "AsyncParsableCommand", "ParsableCommand", "URLSession", "HTTPURLResponse", "UTF8", "Test",
        "Swift", "Foundation", "Hummingbird", "HummingbirdCore", "Hattori", "HTTPTypes", "NIOCore", "Logging",
        "ArgumentParser", "Operations", "APIProtocol", "Handlers", "Routes", "Schemes", "SchemeLists", "Server", "Codable",
        "Decodable", "Encodable", "Sendable", "Hashable", "CodingKey", "CodingKeys", "Error", "Never", "Optional",
        "Array", "Dictionary", "Set", "String", "Int", "Double", "Bool", "Date", "UUID", "Data", "URL", "Input",
        "Output", "Request", "Response", "JSONValue", "Type", "Protocol", "OperationContext", "APIInfo",
        "HattoriRequestContext", "RouteTable", "Router", "Application",
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
