/// Specs in which names meet in every way one name can meet another: each special name as a
/// schema, an operation, a scheme, a router, an exception, a field, a parameter, a form field and
/// an enum value, and each kind's name equal to another kind's. gen must accept them all, and the
/// packages must compile without a warning (`NameCollisionTests`).
enum MeetingNames {
    /// The package every spec declares: its modules are `Meet`, `MeetAPI`, `MeetTests`.
    static let package = "Meet"

    /// Names that mean something to Swift, Foundation, Hummingbird, Testing, the runtime, or the
    /// generated package itself, and names of the package's own modules.
    static let special = [
        // Swift and Foundation
        "Result", "Error", "Type", "Data", "URL", "String", "Int", "Bool", "Double", "Float", "Optional", "Array",
        "Dictionary", "Set", "Never", "Void", "Any", "AnyObject", "Self", "Protocol", "Sendable", "Codable", "Decodable",
        "Encodable", "Hashable", "Equatable", "CodingKey", "CodingKeys", "Decoder", "Encoder", "Date", "UUID", "Task",
        "Element", "Key", "Value", "Duration", "Main",
        // Modules and what they export
        "Swift", "Foundation", "Hummingbird", "Hattori", "HattoriTesting", "Testing", "Test", "Issue", "Comment", "Tag",
        "Suite", "URLSession", "Router", "Request", "Response", "Application", "Logger", "Environment", "HTTPFields",
        "HTTPRequest", "HTTPResponse", "ByteBuffer", "Mutex",
        // The runtime's types, and the generated package's own
        "JSONValue", "AuthRequest", "OperationContext", "Constraints", "FieldDecoder", "InputDecoder", "Indirect",
        "StringEnum", "OperationRoute", "RouteTable", "HattoriConfiguration", "JSONResponse", "Expectation",
        "ValidationFailure", "AuthMatrix", "TestCredential", "TestCredentials", "AuthMatrixRouter",
        "Operations", "Schemes", "SchemeLists", "Handlers", "Routes", "APIProtocol", "APIInfo", "Authenticators",
        "AuthenticatorsProtocol", "ExceptionHandling", "OpenAPIDocument", "Server", "Identity", "Auth", "Input",
        "Output", "Path", "Query", "Headers", "Cookies", "Form", "Body", "Status", "Id", "Ok", "NotFound", "Created",
        "OkHeaders", "Meet", "MeetTests", "RawValue", "AllCases",
    ]

    /// Member names: the special names as properties, and the words generated code and Swift use
    /// for members and locals.
    static let members = uniqued(special.map { $0.prefix(1).lowercased() + $0.dropFirst() } + [
        "none", "some", "self", "init", "rawValue", "allCases", "decode", "type", "description", "hashValue",
        "default", "case", "jsonBody", "context", "request", "headers", "fields", "body", "auth", "id",
    ])

    /// Schemas, operations, schemes and fields named alike: every special name is a schema, an
    /// operation answering with that schema and its neighbour's, a bearer scheme whose identity is
    /// that schema, lists of two schemes, and a schema with a field of every member name.
    static var typesSpec: String {
        var yaml = header
        yaml += "schemas:\n"
        for name in special { yaml += "  \(quoted(name)): {fields: {value: int}}\n" }
        yaml += "  Everything:\n    fields:\n"
        for (index, member) in members.enumerated() {
            switch index % 3 {
            case 0: yaml += "      \(quoted(member)): {type: string, enum: [\(members.prefix(4).map(quoted).joined(separator: ", ")), none], default: none}\n"
            case 1: yaml += "      \(quoted(member)): int?\n"
            default: yaml += "      \(quoted(member)): \(quoted(special[index % special.count] + "?"))\n"
            }
        }
        yaml += "  Cases: {enum: [\(members.map(quoted).joined(separator: ", "))]}\n"
        yaml += "schemes:\n"
        for name in special where !["Handlers", "Authenticators", "Main"].contains(name) {
            yaml += "  \(quoted(name)): {kind: bearer, identity: \(quoted(name))}\n"
        }
        yaml += "operations:\n"
        for (index, name) in special.enumerated() {
            let next = special[(index + 1) % special.count], body = special[(index + 2) % special.count]
            yaml += """
                  \(quoted(name)):
                    method: POST
                    path: /o\(index)
                    body: \(quoted(body))
                    params: {q: {type: string, enum: [none, some, self], default: none}, h: {in: header, type: Cases?}}
                    responses: {200: \(quoted(name)), 404: \(quoted(next)), 201: {body: \(quoted(name)), headers: {X-Count: int}}}

                """
        }
        let schemes = special.filter { !["Handlers", "Authenticators", "Main"].contains($0) }
        for (index, name) in schemes.enumerated() {
            let next = schemes[(index + 1) % schemes.count]
            yaml += "  \(quoted("with_" + name)): {method: GET, path: /s\(index), auth: [\(quoted(name)), \(quoted(next))], responses: {200: \(quoted(next))}}\n"
            yaml += "  \(quoted("only_" + name)): {method: GET, path: /t\(index), auth: \(quoted(name)), responses: {200: \(quoted(name))}}\n"
        }
        yaml += """
              everything:
                method: POST
                path: /e/{self}
                body: Everything
                params:

            """
        yaml += "      self: {in: path, type: int}\n"
        for (index, member) in members.prefix(60).enumerated() where member != "self" {
            yaml += "      \(quoted(member)): {in: \(["query", "header", "cookie"][index % 3]), type: \(index % 2 == 0 ? "Cases?" : "string?")}\n"
        }
        yaml += "    responses: {200: Everything, 201: Cases}\n"
        yaml += "  form_everything: {method: POST, path: /f, form: {\(members.prefix(40).map { "\(quoted($0)): string?" }.joined(separator: ", "))}, responses: {200: Cases}}\n"
        return yaml
    }

    /// Routers and exceptions named alike: every special name is a router (one of them named like
    /// the package) and an exception that an operation of that router throws.
    static var routersSpec: String {
        var yaml = header
        yaml += "schemas:\n"
        for name in special { yaml += "  \(quoted("S" + name)): {fields: {value: int}}\n" }
        yaml += "exceptions:\n"
        for name in special { yaml += "  \(quoted(name)): {status: 418, body: \(quoted("S" + name))}\n" }
        yaml += "routers:\n"
        for (index, name) in special.enumerated() where !["OpenAPIDocument", "Main"].contains(name) {
            yaml += "  \(quoted(name)): {prefix: /r\(index), operations: {\(quoted("op_" + name)): {method: GET, path: /, throws: [\(quoted(name))], responses: {200: \(quoted("S" + name))}}}}\n"
        }
        return yaml
    }

    private static let header = "hattori: 1\nname: \(package)\n"

    private static func quoted(_ name: String) -> String { "\"\(name)\"" }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
