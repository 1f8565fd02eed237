import Hattori

/// The auth of every operation as a spec declares it, checked against the running router: gen
/// writes one into each package's tests (`AuthMatrixTests.swift`), the user's `TestCredentials`
/// gives the credentials their authenticators accept. See `check(_:credentials:admittingWithoutCredentials:router:)`.
public struct AuthMatrix: Sendable {
    public struct Scheme: Sendable {
        /// Its name in the spec (what `TestCredentials` keys by).
        public var name: String
        /// Where it finds its credential, as the spec declares it (`Kinds/`).
        public var kind: Kind
        /// Checks the CSRF token first on unsafe methods (cookie schemes).
        public var csrf: Bool
        /// The statuses its stub may answer a bad credential with: its exceptions' (`throws:`), and
        /// 403 when it declares one (`responses:`).
        public var raises: Set<Int>
        /// The `WWW-Authenticate` challenge its lists' 401s carry (`realm:`).
        public var challenge: String?

        public init(_ name: String, _ kind: Kind, csrf: Bool = false, raises: Set<Int> = [], challenge: String? = nil) {
            self.name = name
            self.kind = kind
            self.csrf = csrf
            self.raises = raises
            self.challenge = challenge
        }
    }

    public struct Operation: Sendable, CustomStringConvertible {
        /// Its name in the spec.
        public var name: String
        public var methods: [String]
        /// Its path template, `{param}` and all.
        public var path: String
        /// Its effective auth, schemes in the order tried; empty when public.
        public var auth: [String]
        /// It declares a 401 of its own (a handler's answer, not a refusal of auth).
        public var answers401: Bool

        public init(_ name: String, _ methods: [String], _ path: String, auth: [String] = [], answers401: Bool = false) {
            self.name = name
            self.methods = methods
            self.path = path
            self.auth = auth
            self.answers401 = answers401
        }

        public var description: String { "\(methods.joined(separator: "|")) \(path) (\(name))" }

        /// The names of its path's `{param}`s, in order.
        var pathParameters: [String] {
            path.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}", maxSplits: 1).first.map(String.init) }
        }

        /// The path with `values` in its `{param}`s, percent-encoded, and `1` in any other: auth is
        /// checked before parameters are read.
        func concretePath(values: [String: String] = [:]) -> String {
            var result = ""
            var parameter: String?
            for character in path {
                switch character {
                case "{": parameter = ""
                case "}":
                    result += (parameter.flatMap { values[$0] }).map(Probe.percentEncoded) ?? "1"
                    parameter = nil
                default:
                    if parameter != nil { parameter?.append(character) } else { result.append(character) }
                }
            }
            return result
        }
    }

    public var schemes: [Scheme]
    public var operations: [Operation]

    public init(schemes: [Scheme], operations: [Operation]) {
        self.schemes = schemes
        self.operations = operations
    }

    func scheme(named name: String) -> Scheme? { schemes.first { $0.name == name } }

    /// Every method served on `path` (by any operation whose path has its shape, as the router
    /// matches them): what a 405 lists in `Allow`.
    func methods(servedOn path: String) -> Set<String> {
        let shape = RouteTable.shapeKey(path)
        return Set(operations.filter { RouteTable.shapeKey($0.path) == shape }.flatMap(\.methods))
    }
}

/// A credential the user's authenticators accept, given in `TestCredentials` by scheme name.
public enum TestCredential: Sendable {
    /// `Authorization: Bearer <token>`.
    case bearer(String)
    /// `Authorization: Basic <base64(username:password)>`.
    case basic(username: String, password: String)
    /// The API key, sent where its scheme looks (query, header or cookie).
    case apiKey(String)
    /// Whatever a custom scheme decides from: headers, query items, cookies.
    case request(headers: [String: String] = [:], query: [String: String] = [:], cookies: [String: String] = [:])
    /// A credential made anew for each request that carries one (a one-time ticket, a token an
    /// operation revokes): `.fresh { .bearer(try await Tokens.shared.issue()) }`.
    case fresh(@Sendable () async throws -> TestCredential)
}
