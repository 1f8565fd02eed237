/// How each kind of spec name becomes a Swift name. Validation and resolution both use
/// these, so what validates is exactly what gets generated.
enum NameRules {
    /// Type names the generated module declares or imports; a schema with one of these names gets a `_` suffix.
    static let reservedTypeNames: Set<String> = [
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

    /// Package names that SwiftPM cannot tell apart from a dependency of the generated package.
    static let dependencyPackageNames: Set<String> = [
        "hattori", "hummingbird", "yams", "swift-argument-parser", "argumentparser", "swift-nio", "nio", "niocore",
        "swift-log", "logging", "swift-http-types", "httptypes", "swift-collections", "collections",
        "swift-async-algorithms", "asyncalgorithms", "swift-atomics", "atomics", "swift-metrics", "metrics",
        "swift-distributed-tracing", "tracing", "swift-service-lifecycle", "servicelifecycle", "swift-nio-extras",
        "swift-nio-http2", "swift-nio-ssl", "swift-nio-transport-services", "swift-system", "systempackage",
        "swift-configuration", "configuration", "swift-service-context", "servicecontext", "async-http-client",
        "swift-mustache", "mustache", "openapikit", "foundation", "swift", "xctest", "testing", "dispatch",
    ]
}
