public import Hattori

/// The session cookie `login` sets: the matrix logs its own users in, one per role.
struct SessionMatrixKind: AuthMatrixKind {
    var cookie: String
    var role: SessionRole

    init(cookie: String, role: SessionRole) {
        self.cookie = cookie
        self.role = role
    }

    /// Sessions are made by the matrix, never given.
    func probe(for credential: TestCredential, what: String) -> Probe? { nil }

    var credentialExample: String { "none (the matrix logs a user in itself)" }
    var place: Probe? { Probe(what: "", cookies: ["\(cookie)="]) }

    func wrongProbes(scheme: String) -> [Probe] {
        [Probe(what: "an unknown session key for `\(scheme)`", cookies: ["\(cookie)=\(SessionKey.random())"])]
    }

    func malformedProbes(scheme: String) -> [Probe] {
        ProbeParts.malformedCookies(cookie, scheme: scheme)
    }

    var session: (cookie: String, role: SessionRole)? { (cookie, role) }
}

extension AuthMatrix.Kind {
    public static func session(cookie: String, role: SessionRole) -> Self { .init(SessionMatrixKind(cookie: cookie, role: role)) }
}
