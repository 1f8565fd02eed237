import Foundation

/// `Authorization: Basic <base64 of username:password>`.
struct BasicMatrixKind: AuthMatrixKind {
    init() {}

    func probe(for credential: TestCredential, what: String) -> Probe? {
        guard case .basic(let username, let password) = credential else { return nil }
        return Probe(what: what, headers: [("Authorization", "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())])
    }

    var credentialExample: String { ".basic(username: \"…\", password: \"…\")" }
    var place: Probe? { Probe(what: "", headers: [("Authorization", "")]) }

    func wrongProbes(scheme: String) -> [Probe] {
        let wrong = ProbeParts.wrongSecret()
        let encoded = Data("\(wrong):\(wrong)".utf8).base64EncodedString()
        return [Probe(what: "a wrong username and password for `\(scheme)`", headers: [("Authorization", "Basic \(encoded)")])]
    }

    func malformedProbes(scheme: String) -> [Probe] {
        let noColon = Data("nocolon".utf8).base64EncodedString()
        let notUTF8 = Data([0xFF, 0xFE, 0x3A, 0xC3]).base64EncodedString()
        return ProbeParts.authorization(["Basic", "Basic !!!not-base64", "Basic \(noColon)", "Basic \(notUTF8)", "Bearer abc",
                                         "Basic \(ProbeParts.tooLong)"], scheme: scheme)
    }

    /// A colon ends a basic username.
    func untransmittable(_ credential: TestCredential) -> String? {
        guard case .basic(let username, _) = credential, username.contains(":") else { return nil }
        return "a basic username cannot hold a colon"
    }
}

extension AuthMatrix.Kind {
    public static var basic: Self { .init(BasicMatrixKind()) }
}
