import Foundation
public import Hattori
import HTTPTypes
public import Hummingbird
import HummingbirdTesting

/// The router a generated package builds (`makeRouter(handlers:authenticators:configuration:)`).
public typealias AuthMatrixRouter = Router<HattoriRequestContext>

extension AuthMatrix {
    /// Sends `operation` every request the spec says something about, on every method it serves,
    /// in process (HummingbirdTesting's router mode), and returns what did not go as declared,
    /// one sentence each; empty when all did:
    /// - without credentials, 401 (403 first on unsafe methods where a cookie scheme checks CSRF);
    ///   a public operation never answers 401, whatever junk credentials it gets;
    /// - a wrong secret and malformed credentials of each scheme's kind: 401 (or a status its
    ///   stub may raise, `throws:`), never a success and never 5xx;
    /// - each working credential (`credentials`, and a session the matrix creates for each session
    ///   scheme) is admitted by its own scheme, and refused with 403 on unsafe methods without the
    ///   CSRF token where the list checks it; two schemes' working credentials at once are
    ///   admitted by the earlier one, a wrong one followed by a working one by the later one;
    /// - a method the path does not serve: 405 with `Allow` listing those it does.
    ///
    /// - Parameters:
    ///   - admittingWithoutCredentials: custom schemes that admit any request on purpose (an
    ///     anonymous fallback): expected to admit where they are reached.
    ///   - router: the package's router, built with the configuration given (whose session store
    ///     holds the matrix's sessions).
    public func check(_ operation: Operation, credentials: [String: TestCredential],
                      admittingWithoutCredentials: Set<String> = [],
                      router: @Sendable (HattoriConfiguration) -> AuthMatrixRouter) async throws -> [String] {
        let unknown = operation.auth.filter { scheme(named: $0) == nil }
        guard unknown.isEmpty else {
            return ["\(operation) names schemes the matrix does not declare: \(unknown.joined(separator: ", "))"]
        }
        let sessions = InMemorySessionStore()
        var sessionUsers: [String: SessionUser] = [:]
        let list = operation.auth.compactMap(scheme(named:))
        var working: [String: Probe] = [:]
        var wrong: [String: [Probe]] = [:]
        for scheme in list {
            wrong[scheme.name] = scheme.wrongProbes
            if case .session(let cookie, let role) = scheme.kind {
                for user in [role.matrixUser] + role.usersLackingIt {
                    let key = try await sessions.createSession(for: user, expiresAt: Date().addingTimeInterval(3600))
                    sessionUsers[key] = user
                    let probe = Probe(what: "a session of \(user.username) for `\(scheme.name)`", cookies: ["\(cookie)=\(key)"])
                    if user == role.matrixUser { working[scheme.name] = probe } else { wrong[scheme.name, default: []].append(probe) }
                }
            } else if let credential = credentials[scheme.name], let probe = scheme.probe(for: credential) {
                working[scheme.name] = probe
            }
        }
        let run = Run(operation: operation, list: list, working: working, wrong: wrong, sessionUsers: sessionUsers,
                      anonymous: admittingWithoutCredentials)
        let application = Application(router: router(HattoriConfiguration(sessions: sessions)))
        return try await application.test(.router) { client in
            var findings: [String] = []
            for method in operation.methods {
                for probe in run.probes(method: method) {
                    if let finding = try await run.send(probe, method: method, client: client) { findings.append(finding) }
                }
            }
            if let finding = try await methodNotAllowed(operation, client: client) { findings.append(finding) }
            return findings
        }
    }

    /// What `TestCredentials` says that cannot be right: a name that is no scheme of the spec, a
    /// credential of another kind than its scheme's, an anonymous scheme that is not custom.
    public func problems(credentials: [String: TestCredential], admittingWithoutCredentials: Set<String>) -> [String] {
        var problems: [String] = []
        for (name, credential) in credentials.sorted(by: { $0.key < $1.key }) {
            guard let scheme = scheme(named: name) else {
                problems.append("TestCredentials.working names `\(name)`, which is no scheme of the spec")
                continue
            }
            if scheme.probe(for: credential) == nil {
                problems.append("TestCredentials.working gives `\(name)` a credential of another kind: it takes \(scheme.credentialExample)")
            }
            if let reason = scheme.untransmittable(credential) {
                problems.append("TestCredentials.working gives `\(name)` a credential no request can carry as it is: \(reason)")
            }
        }
        for name in admittingWithoutCredentials.sorted() where scheme(named: name)?.kind != .custom {
            problems.append("TestCredentials.admittingWithoutCredentials names `\(name)`, which is no custom scheme of the spec")
        }
        return problems
    }

    /// A method the operation's path does not serve: 405, `Allow` naming exactly those it does.
    func methodNotAllowed(_ operation: Operation, client: some TestClientProtocol) async throws -> String? {
        let served = methods(servedOn: operation.path)
        guard let method = ["GET", "POST", "PUT", "PATCH", "DELETE"].first(where: { !served.contains($0) }),
              let httpMethod = HTTPRequest.Method(method)
        else { return nil }
        let response = try await client.execute(uri: operation.concretePath, method: httpMethod, headers: [:], body: nil)
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
