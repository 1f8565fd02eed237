import Foundation
@_spi(Generated) public import Hattori
import HTTPTypes
public import Hummingbird
import HummingbirdTesting

/// The router a generated package builds (`makeRouter(handlers:authenticators:configuration:)`).
public typealias AuthMatrixRouter = Router<BasicHattoriRequestContext>

extension AuthMatrix {
    /// Sends `operation` every request the spec says something about, on every method it serves,
    /// in process (HummingbirdTesting's router mode), and returns what did not go as declared,
    /// one sentence each; empty when all did (or when `TestCredentials.operations` leaves it out):
    /// - without credentials, 401 (403 first on unsafe methods where a cookie scheme checks CSRF);
    ///   a public operation never answers 401, whatever junk credentials it gets;
    /// - a wrong secret and malformed credentials of each scheme's kind: 401 (or a status its
    ///   stub may raise, `throws:`), never a success and never 5xx;
    /// - each working credential (`TestCredentials.working`, the operation's own, and a session
    ///   the matrix creates for each session scheme) is admitted by its own scheme, and refused with
    ///   403 on unsafe methods without the CSRF token where the list checks it; two schemes'
    ///   working credentials at once are admitted by the earlier one, a wrong one followed by a
    ///   working one by the later one;
    /// - a method the path does not serve: 405 with `Allow` listing those it does.
    ///
    /// Sessions the matrix creates and `.fresh` credentials are made anew for each request; where
    /// the operation ends the credentials that admit it (`OperationSetup.endsCredentials`), a
    /// credential given as it is is sent to be admitted once, last.
    public func check<Credentials: AuthMatrixCredentials>(_ operation: Operation, with credentials: Credentials.Type) async throws -> [String] {
        let setup = credentials.operations[operation.name] ?? OperationSetup()
        if setup.skipped != nil { return [] }
        // Which scheme admitted a request is known from `AuthTrace`, which records nothing in a
        // release build (a production server runs no test hook); a status alone would pass a wrong
        // scheme, or a 5xx, as an admission.
        guard AuthTrace.isRecording || operation.auth.isEmpty else {
            return ["\(operation): the auth matrix needs a debug build, where AuthTrace records which scheme admits a request: run `swift test` without `-c release`"]
        }
        let unknown = operation.auth.filter { scheme(named: $0) == nil }
        guard unknown.isEmpty else {
            return ["\(operation) names schemes the matrix does not declare: \(unknown.joined(separator: ", "))"]
        }
        let given = credentials.working.merging(setup.credentials) { $1 }
        let sessions = SessionLedger()
        let list = operation.auth.compactMap(scheme(named:))
        var working: [String: Working] = [:]
        var wrong: [String: [Probe]] = [:]
        for scheme in list {
            wrong[scheme.name] = scheme.wrongProbes
            if let (cookie, role) = scheme.kind.probes.session {
                let what = "a session of \(role.matrixUser.username) for `\(scheme.name)`"
                working[scheme.name] = .fresh { try await sessions.session(of: role.matrixUser, cookie: cookie, what: what) }
                for user in role.usersLackingIt {
                    wrong[scheme.name, default: []].append(
                        try await sessions.session(of: user, cookie: cookie, what: "a session of \(user.username) for `\(scheme.name)`"))
                }
            } else if case .fresh(let make) = given[scheme.name] {
                working[scheme.name] = .fresh { try await scheme.freshProbe(make) }
            } else if let credential = given[scheme.name], let probe = scheme.probe(for: credential) {
                working[scheme.name] = .fixed(probe)
            }
        }
        let run = Run(operation: operation, list: list, working: working, wrong: wrong, sessions: sessions,
                      anonymous: credentials.admittingWithoutCredentials)
        // Requests that a credential an operation ends would admit wait until the others are sent,
        // and only the first of them per credential is sent: after it, the credential is gone.
        var requests: [(method: String, probe: Probe)] = []
        var last: [(method: String, probe: Probe)] = []
        var ended: Set<String> = []
        for method in operation.methods {
            for probe in try await run.probes(method: method) {
                if setup.endsCredentials, let scheme = run.fixedCredentialAdmitting(probe, method: method) {
                    if ended.insert(scheme).inserted { last.append((method, probe)) }
                } else {
                    requests.append((method, probe))
                }
            }
        }
        let path = operation.concretePath(values: setup.pathValues)
        let application = Application(router: credentials.router(configuration: HattoriConfiguration(sessions: sessions.store)))
        let inOrder = requests + last
        return try await application.test(.router) { client in
            var findings: [String] = []
            for (method, probe) in inOrder {
                if let finding = try await run.send(probe, method: method, path: path, client: client) { findings.append(finding) }
            }
            if let finding = try await methodNotAllowed(operation, path: path, client: client) { findings.append(finding) }
            return findings
        }
    }

    /// Why `TestCredentials.operations` leaves `operation` out of the matrix; nil when it does not.
    public func skipReason<Credentials: AuthMatrixCredentials>(_ operation: Operation, with credentials: Credentials.Type) -> String? {
        credentials.operations[operation.name]?.skipped.map { "`\(operation.name)` is left out of the auth matrix: \($0)" }
    }

    /// What `TestCredentials` says that cannot be right: a name that is no scheme or operation of
    /// the spec, a credential of another kind than its scheme's or that no request can carry, an
    /// anonymous scheme that is not custom, a path value for no parameter of the path.
    public func problems<Credentials: AuthMatrixCredentials>(with credentials: Credentials.Type) -> [String] {
        var problems = problems(credentials: credentials.working, admittingWithoutCredentials: credentials.admittingWithoutCredentials)
        for (name, setup) in credentials.operations.sorted(by: { $0.key < $1.key }) {
            guard let operation = operations.first(where: { $0.name == name }) else {
                problems.append("TestCredentials.operations names `\(name)`, which is no operation of the spec")
                continue
            }
            for parameter in setup.pathValues.keys.sorted() where !operation.pathParameters.contains(parameter) {
                problems.append("TestCredentials.operations gives `\(name)` a value for `\(parameter)`, which is no parameter of its path \(operation.path)")
            }
            for (scheme, credential) in setup.credentials.sorted(by: { $0.key < $1.key }) {
                guard operation.auth.contains(scheme) else {
                    let schemes = operation.auth.isEmpty ? "it is public" : "its schemes are \(operation.auth.joined(separator: ", "))"
                    problems.append("TestCredentials.operations gives `\(name)` a credential for `\(scheme)`, which it does not use: \(schemes)")
                    continue
                }
                problems += self.scheme(named: scheme).map { credentialProblems(credential, of: $0, in: "TestCredentials.operations[\"\(name)\"]") } ?? []
            }
            if setup.endsCredentials && operation.auth.isEmpty {
                problems.append("TestCredentials.operations says `\(name)` ends the credentials that admit it, but it is public")
            }
        }
        return problems
    }

    /// What `TestCredentials.working` and `.admittingWithoutCredentials` say that cannot be right.
    func problems(credentials: [String: TestCredential], admittingWithoutCredentials: Set<String>) -> [String] {
        var problems: [String] = []
        for (name, credential) in credentials.sorted(by: { $0.key < $1.key }) {
            guard let scheme = scheme(named: name) else {
                problems.append("TestCredentials.working names `\(name)`, which is no scheme of the spec")
                continue
            }
            problems += credentialProblems(credential, of: scheme, in: "TestCredentials.working")
        }
        for name in admittingWithoutCredentials.sorted() where scheme(named: name)?.kind.probes.seesWholeRequest != true {
            problems.append("TestCredentials.admittingWithoutCredentials names `\(name)`, which is no custom scheme of the spec")
        }
        return problems
    }

    /// Why `credential` cannot serve `scheme`: of another kind, or not sendable as it is. A
    /// `.fresh` one is checked when it is made.
    func credentialProblems(_ credential: TestCredential, of scheme: Scheme, in place: String) -> [String] {
        if case .fresh = credential { return [] }
        var problems: [String] = []
        if scheme.probe(for: credential) == nil {
            problems.append("\(place) gives `\(scheme.name)` a credential of another kind: it takes \(scheme.credentialExample)")
        }
        if let reason = scheme.untransmittable(credential) {
            problems.append("\(place) gives `\(scheme.name)` a credential no request can carry as it is: \(reason)")
        }
        return problems
    }

    /// A method the operation's path does not serve: 405, `Allow` naming exactly those it does.
    func methodNotAllowed(_ operation: Operation, path: String, client: some TestClientProtocol) async throws -> String? {
        let served = methods(servedOn: operation.path)
        guard let method = ["GET", "POST", "PUT", "PATCH", "DELETE"].first(where: { !served.contains($0) }),
              let httpMethod = HTTPRequest.Method(method)
        else { return nil }
        let response = try await client.execute(uri: path, method: httpMethod, headers: [:], body: nil)
        let allow = Set((response.headers[.allow] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        guard response.status.code != 405 || allow != served else { return nil }
        return "\(method) \(operation.path), a method it does not serve: expected 405 with Allow: \(served.sorted().joined(separator: ", ")), "
            + "got \(response.status.code) with Allow: \(response.headers[.allow] ?? "none")"
    }
}

extension SessionRole {
    /// The user the matrix logs in to pass this role's check.
    var matrixUser: SessionUser {
        switch self {
        case .user: return SessionUser(username: "a user")
        case .staff: return SessionUser(username: "a staff user", isStaff: true)
        case .superuser: return SessionUser(username: "a superuser", isSuperuser: true)
        }
    }

    /// Users with a session whom this role refuses.
    var usersLackingIt: [SessionUser] {
        switch self {
        case .user: return []
        case .staff: return [SessionRole.user.matrixUser]
        case .superuser: return [SessionRole.user.matrixUser, SessionRole.staff.matrixUser]
        }
    }
}
