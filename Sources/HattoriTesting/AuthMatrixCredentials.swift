public import Hattori

/// What a package's `TestCredentials` (the user's file, `Tests/<Name>Tests/TestCredentials.swift`)
/// gives the auth matrix. The generated `AuthMatrixTests.swift` declares the conformance; every
/// member but `router(configuration:)` and `working` has a default.
public protocol AuthMatrixCredentials {
    /// The server under test, built as the package's `App.swift` builds it, with `configuration`
    /// (whose session store holds the matrix's sessions). The matrix builds one for each operation
    /// it checks: what its handlers and authenticators keep is that operation's alone, and the
    /// checks of several operations run side by side.
    static func router(configuration: HattoriConfiguration) -> AuthMatrixRouter

    /// Credentials the authenticators accept, by scheme name as the spec spells it.
    static var working: [String: TestCredential] { get }

    /// Custom schemes that admit requests without credentials on purpose (an anonymous fallback,
    /// as `auth: [Token, Anonymous]`): the matrix then expects them to admit wherever they are tried.
    static var admittingWithoutCredentials: Set<String> { get }

    /// What differs for single operations, by operation name as the spec spells it: left out,
    /// their own credentials or path values, or credentials they end.
    static var operations: [String: AuthMatrix.OperationSetup] { get }
}

extension AuthMatrixCredentials {
    public static var admittingWithoutCredentials: Set<String> { [] }
    public static var operations: [String: AuthMatrix.OperationSetup] { [:] }
}

extension AuthMatrix {
    /// How the matrix checks one operation, given in `TestCredentials.operations`:
    ///
    ///     "getDevice": .init(pathValues: ["device_id": "7"], credentials: ["DeviceToken": .bearer("device-7")]),
    ///     "logout": .init(endsCredentials: true),
    ///     "purge": .skipped("needs the archive service"),
    public struct OperationSetup: Sendable {
        /// Why the matrix leaves the operation out; nil when it checks it.
        public var skipped: String?
        /// The values sent in its path parameters, by name as the path writes them (`1` for any
        /// not given): for credentials valid on one path only.
        public var pathValues: [String: String]
        /// Credentials for this operation in place of `TestCredentials.working`, by scheme name.
        public var credentials: [String: TestCredential]
        /// The operation ends the credential that admits it (a logout, a revocation, a one-time
        /// ticket redeemed). Sessions the matrix makes, and `.fresh` credentials, are new for each
        /// request anyway; a credential given as it is is then sent to be admitted once, after
        /// every other request to the operation.
        public var endsCredentials: Bool

        public init(pathValues: [String: String] = [:], credentials: [String: TestCredential] = [:], endsCredentials: Bool = false) {
            self.pathValues = pathValues
            self.credentials = credentials
            self.endsCredentials = endsCredentials
        }

        /// Left out of the matrix, with the reason its test case shows.
        public static func skipped(_ reason: String) -> OperationSetup {
            var setup = OperationSetup()
            setup.skipped = reason
            return setup
        }
    }
}
