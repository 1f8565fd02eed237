import Foundation
@_spi(Generated) import Hattori
import HTTPTypes
import HummingbirdTesting
import Synchronization

extension AuthMatrix {
    /// How a request ends, as the matrix sees it: admitted by a scheme (`AuthTrace`), or a status.
    enum Outcome: Hashable, CustomStringConvertible {
        case admitted(String)
        case status(Int)

        var description: String {
            switch self {
            case .admitted(let scheme): return "admitted by `\(scheme)`"
            case .status(let code): return "\(code)"
            }
        }
    }

    /// A working credential: sent as it is every time, or made anew for each request (a session
    /// the matrix creates, a `.fresh` credential), so that an operation ending one (a logout)
    /// leaves the next request its own.
    enum Working: Sendable {
        case fixed(Probe)
        case fresh(@Sendable () async throws -> Probe)

        func make() async throws -> Probe {
            switch self {
            case .fixed(let probe): return probe
            case .fresh(let make): return try await make()
            }
        }
    }

    /// The sessions the matrix created for one operation, and their users: what a session scheme
    /// admits is decided by the user of the session its cookie names.
    final class SessionLedger: Sendable {
        let store = InMemorySessionStore()
        private let users = Mutex<[String: SessionUser]>([:])

        init(_ users: [String: SessionUser] = [:]) {
            self.users.withLock { $0 = users }
        }

        /// A new session of `user`, its cookie named `cookie`.
        func session(of user: SessionUser, cookie: String, what: String) async throws -> Probe {
            let key = try await store.createSession(for: user, expiresAt: Date().addingTimeInterval(3600))
            users.withLock { $0[key] = user }
            return Probe(what: what, cookies: ["\(cookie)=\(key)"])
        }

        func user(_ key: String) -> SessionUser? { users.withLock { $0[key] } }
    }

    /// One operation's checks: which requests to send, and what each should get.
    struct Run: Sendable {
        let operation: Operation
        /// Its schemes, in the order tried.
        let list: [Scheme]
        let working: [String: Working]
        /// Well-formed credentials with a wrong secret (for role schemes, also sessions lacking the role).
        let wrong: [String: [Probe]]
        let sessions: SessionLedger
        let anonymous: Set<String>

        /// Every request to send on `method`; working credentials made anew where they are fresh.
        func probes(method: String) async throws -> [Probe] {
            guard !list.isEmpty else {
                // Public: no credentials, and junk of every kind, never get 401.
                return [.nothing, .junk(what: "junk credentials")]
            }
            var probes: [Probe] = [.nothing]
            for scheme in list {
                probes += (wrong[scheme.name] ?? []).map { $0.withCSRFToken() }
                probes += scheme.malformedProbes.map { $0.withCSRFToken() }
                if let working = working[scheme.name] {
                    probes.append(try await working.make().withCSRFToken())
                    if !CSRF.safeMethods.contains(method) && list.contains(where: \.csrf) { probes.append(try await working.make()) }
                }
            }
            // The order of the list: two working credentials at once; a wrong one, then a working one.
            for (index, first) in list.enumerated() {
                for second in list[(index + 1)...] {
                    guard let secondWorking = working[second.name] else { continue }
                    if let firstWorking = working[first.name] {
                        let (firstProbe, secondProbe) = (try await firstWorking.make(), try await secondWorking.make())
                        if !firstProbe.collides(with: secondProbe) { probes.append(firstProbe.adding(secondProbe).withCSRFToken()) }
                    }
                    if let wrongProbe = wrong[first.name]?.first {
                        let secondProbe = try await secondWorking.make()
                        if !wrongProbe.collides(with: secondProbe) { probes.append(wrongProbe.adding(secondProbe).withCSRFToken()) }
                    }
                }
            }
            return probes
        }

        /// What `probe` may get on `method`: the list tried in order, each scheme seeing its working
        /// credential, something else in its place, or nothing.
        func expected(_ probe: Probe, method: String) -> Set<Outcome> {
            guard !list.isEmpty else { return [] }
            var acceptable: Set<Outcome> = []
            for scheme in list {
                if scheme.csrf && !probe.csrfToken && !CSRF.safeMethods.contains(method) {
                    acceptable.insert(.status(403))
                    return acceptable
                }
                if admits(scheme, probe) {
                    acceptable.insert(.admitted(scheme.name))
                    return acceptable
                }
                if sendsSomething(to: scheme, probe) { acceptable.formUnion(scheme.raises.map(Outcome.status)) }
                if anonymous.contains(scheme.name) {
                    acceptable.insert(.admitted(scheme.name))
                    return acceptable
                }
            }
            acceptable.insert(.status(401))
            return acceptable
        }

        /// Whether `scheme` accepts what `probe` sends: its working credential (made for the probe,
        /// or the same text as the one given); for a session scheme, a session (the first cookie of
        /// its name, as the server reads it) whose user has its role, whichever scheme the session
        /// was made for.
        func admits(_ scheme: Scheme, _ probe: Probe) -> Bool {
            if let (cookie, role) = scheme.kind.probes.session {
                let value = probe.cookies.lazy.compactMap { $0.hasPrefix(cookie + "=") ? String($0.dropFirst(cookie.count + 1)) : nil }.first
                return value.flatMap(sessions.user).map(role.admits) ?? false
            }
            if probe.fresh.contains(scheme.name) { return true }
            guard case .fixed(let given) = working[scheme.name] else { return false }
            return probe.contains(given)
        }

        /// The scheme whose credential, given as it is (not made for the probe), `probe` may be
        /// admitted with: the credential an operation that ends credentials would end.
        func fixedCredentialAdmitting(_ probe: Probe, method: String) -> String? {
            expected(probe, method: method).lazy.compactMap { outcome -> String? in
                guard case .admitted(let name) = outcome, !probe.fresh.contains(name), case .fixed = working[name] else { return nil }
                return name
            }.first
        }

        /// Whether `probe` puts anything where `scheme` looks. A custom scheme's stub sees every
        /// request, so it may answer with what it raises whatever is sent.
        func sendsSomething(to scheme: Scheme, _ probe: Probe) -> Bool {
            guard let place = scheme.place else { return true }
            return probe.collides(with: place)
        }

        /// Sends `probe` to `path`; a sentence when it did not go as declared.
        func send(_ probe: Probe, method: String, path: String, client: some TestClientProtocol) async throws -> String? {
            guard let httpMethod = HTTPRequest.Method(method) else { return "\(method) is no HTTP method" }
            let recorder = AuthTrace.Recorder()
            let response = try await AuthTrace.$recorder.withValue(recorder) {
                try await client.execute(uri: probe.uri(path: path), method: httpMethod, headers: probe.fields, body: nil)
            }
            let status = response.status.code
            let acceptable = expected(probe, method: method)
            let observed: Outcome = recorder.admitted.last.map(Outcome.admitted) ?? .status(status)
            let request = "\(method) \(operation.path) with \(probe.what)"
            if list.isEmpty {
                return status == 401 && !operation.answers401 ? "\(request): a public operation answered 401" : nil
            }
            if acceptable.contains(observed) {
                // A refusal carries the challenges of the list's schemes that name a realm.
                let challenges = list.compactMap(\.challenge)
                let sent = response.headers[values: .wwwAuthenticate]
                guard acceptable == [.status(401)], !challenges.isEmpty, sent != challenges else { return nil }
                return "\(request): expected 401 with WWW-Authenticate: \(challenges.joined(separator: " and ")), got "
                    + (sent.isEmpty ? "none" : sent.joined(separator: " and "))
            }
            let expectation = acceptable.map(\.description).sorted().joined(separator: " or ")
            let got = observed == .status(status) ? "\(status)" : "\(observed) (status \(status))"
            return "\(request): expected \(expectation), got \(got)"
        }
    }
}
