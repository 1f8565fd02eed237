/// A custom scheme decides from the whole request: no credential the matrix can make up.
struct CustomMatrixKind: AuthMatrixKind {
    init() {}

    func probe(for credential: TestCredential, what: String) -> Probe? {
        guard case .request(let headers, let query, let cookies) = credential else { return nil }
        return Probe(what: what, headers: headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                     query: query.sorted { $0.key < $1.key }.map { Probe.queryItem($0.key, $0.value) },
                     cookies: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
    }

    var credentialExample: String { ".request(headers: […], query: […], cookies: […])" }
    var place: Probe? { nil }
    func wrongProbes(scheme: String) -> [Probe] { [] }
    func malformedProbes(scheme: String) -> [Probe] { [.junk(what: "junk everywhere for `\(scheme)`")] }

    func untransmittable(_ credential: TestCredential) -> String? {
        guard case .request(let headers, _, let cookies) = credential else { return nil }
        return cookies.sorted { $0.key < $1.key }.lazy.compactMap { ProbeParts.badCookie($0.key, $0.value) }.first
            ?? headers.sorted { $0.key < $1.key }.lazy.compactMap { ProbeParts.badHeader($0.key, $0.value) }.first
    }

    var seesWholeRequest: Bool { true }
}

extension AuthMatrix.Kind {
    public static var custom: Self { .init(CustomMatrixKind()) }
}
