public import Hattori

/// A key in a query parameter, a header or a cookie.
struct APIKeyMatrixKind: AuthMatrixKind {
    var location: Credentials.APIKeyLocation
    var name: String

    init(_ location: Credentials.APIKeyLocation, name: String) {
        self.location = location
        self.name = name
    }

    func probe(for credential: TestCredential, what: String) -> Probe? {
        guard case .apiKey(let key) = credential else { return nil }
        return sending(key, what: what)
    }

    var credentialExample: String { ".apiKey(\"…\")" }
    var place: Probe? { sending("", what: "") }

    func wrongProbes(scheme: String) -> [Probe] {
        [sending(ProbeParts.wrongSecret(), what: "a wrong API key for `\(scheme)`")]
    }

    func malformedProbes(scheme: String) -> [Probe] {
        let long = ProbeParts.tooLong
        switch location {
        case .query:
            let encoded = Probe.percentEncoded(name)
            return ["\(encoded)=", encoded, "\(encoded)=%FF%FE", "\(encoded)=%", "\(encoded)=\(long)"].map {
                Probe(what: "query `\($0.prefix(40))` for `\(scheme)`", query: [$0])
            }
        case .header:
            return ["", " ", "é\u{7F}", long].map {
                Probe(what: "header `\(name): \($0.prefix(40))` for `\(scheme)`", headers: [(name, $0)])
            }
        case .cookie:
            return ProbeParts.malformedCookies(name, scheme: scheme)
        }
    }

    func untransmittable(_ credential: TestCredential) -> String? {
        guard case .apiKey(let key) = credential else { return nil }
        switch location {
        case .query: return nil
        case .header: return ProbeParts.badHeader(name, key)
        case .cookie: return ProbeParts.badCookie(name, key)
        }
    }

    /// `key` where this kind looks.
    func sending(_ key: String, what: String) -> Probe {
        switch location {
        case .query: return Probe(what: what, query: [Probe.queryItem(name, key)])
        case .header: return Probe(what: what, headers: [(name, key)])
        case .cookie: return Probe(what: what, cookies: ["\(name)=\(key)"])
        }
    }
}

extension AuthMatrix.Kind {
    public static func apiKey(_ location: Credentials.APIKeyLocation, name: String) -> Self { .init(APIKeyMatrixKind(location, name: name)) }
}
