/// `Authorization: Bearer <token>`.
struct BearerMatrixKind: AuthMatrixKind {
    init() {}

    func probe(for credential: TestCredential, what: String) -> Probe? {
        guard case .bearer(let token) = credential else { return nil }
        return Probe(what: what, headers: [("Authorization", "Bearer \(token)")])
    }

    var credentialExample: String { ".bearer(\"…\")" }
    var place: Probe? { Probe(what: "", headers: [("Authorization", "")]) }

    func wrongProbes(scheme: String) -> [Probe] {
        [Probe(what: "a wrong bearer token for `\(scheme)`", headers: [("Authorization", "Bearer \(ProbeParts.wrongSecret())")])]
    }

    func malformedProbes(scheme: String) -> [Probe] {
        ProbeParts.authorization(["Bearer", "Token abc", "Basic Zm9vOmJhcg==", "Bearer\tx", "Bearer \(ProbeParts.tooLong)", "Bearer é\u{7F}"],
                                 scheme: scheme)
    }
}

extension AuthMatrix.Kind {
    public static var bearer: Self { .init(BearerMatrixKind()) }
}
