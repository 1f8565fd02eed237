import Hattori
import HTTPTypes
import HummingbirdTesting

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

    /// One operation's checks: which requests to send, and what each should get.
    struct Run: Sendable {
        let operation: Operation
        /// Its schemes, in the order tried.
        let list: [Scheme]
        let working: [String: Probe]
        /// Well-formed credentials with a wrong secret (for role schemes, also sessions lacking the role).
        let wrong: [String: [Probe]]
        /// The users of the sessions the matrix created, by session key.
        let sessionUsers: [String: SessionUser]
        let anonymous: Set<String>

        /// Every request to send on `method`.
        func probes(method: String) -> [Probe] {
            guard !list.isEmpty else {
                // Public: no credentials, and junk of every kind, never get 401.
                return [.nothing, .junk(what: "junk credentials")]
            }
            var probes: [Probe] = [.nothing]
            for scheme in list {
                probes += (wrong[scheme.name] ?? []).map { $0.withCSRFToken() }
                probes += scheme.malformedProbes.map { $0.withCSRFToken() }
                if let probe = working[scheme.name] {
                    probes.append(probe.withCSRFToken())
                    if !CSRF.safeMethods.contains(method) && list.contains(where: \.csrf) { probes.append(probe) }
                }
            }
            // The order of the list: two working credentials at once; a wrong one, then a working one.
            for (index, first) in list.enumerated() {
                for second in list[(index + 1)...] {
                    guard let secondProbe = working[second.name] else { continue }
                    if let firstProbe = working[first.name], !firstProbe.collides(with: secondProbe) {
                        probes.append(firstProbe.adding(secondProbe).withCSRFToken())
                    }
                    if let wrongProbe = wrong[first.name]?.first, !wrongProbe.collides(with: secondProbe) {
                        probes.append(wrongProbe.adding(secondProbe).withCSRFToken())
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

        /// Whether `scheme` accepts what `probe` sends: its working credential; for a session
        /// scheme, a session (the first cookie of its name, as the server reads it) whose user has
        /// its role, whichever scheme the session was made for.
        func admits(_ scheme: Scheme, _ probe: Probe) -> Bool {
            if case .session(let cookie, let role) = scheme.kind {
                let value = probe.cookies.lazy.compactMap { $0.hasPrefix(cookie + "=") ? String($0.dropFirst(cookie.count + 1)) : nil }.first
                return value.flatMap { sessionUsers[$0] }.map(role.admits) ?? false
            }
            return working[scheme.name].map(probe.contains) ?? false
        }

        /// Whether `probe` puts anything where `scheme` looks. A custom scheme's stub sees every
        /// request, so it may answer with what it raises whatever is sent.
        func sendsSomething(to scheme: Scheme, _ probe: Probe) -> Bool {
            guard let place = scheme.place else { return true }
            return probe.collides(with: place)
        }

        /// Sends `probe`; a sentence when it did not go as declared.
        func send(_ probe: Probe, method: String, client: some TestClientProtocol) async throws -> String? {
            guard let httpMethod = HTTPRequest.Method(method) else { return "\(method) is no HTTP method" }
            let recorder = AuthTrace.Recorder()
            let response = try await AuthTrace.$recorder.withValue(recorder) {
                try await client.execute(uri: probe.uri(path: operation.concretePath), method: httpMethod, headers: probe.fields, body: nil)
            }
            let status = response.status.code
            let observed: Outcome = recorder.admitted.last.map(Outcome.admitted) ?? .status(status)
            let request = "\(method) \(operation.path) with \(probe.what)"
            if list.isEmpty {
                return status == 401 && !operation.answers401 ? "\(request): a public operation answered 401" : nil
            }
            let acceptable = expected(probe, method: method)
            if acceptable.contains(observed) { return nil }
            let expectation = acceptable.map(\.description).sorted().joined(separator: " or ")
            let got = observed == .status(status) ? "\(status)" : "\(observed) (status \(status))"
            return "\(request): expected \(expectation), got \(got)"
        }
    }
}
