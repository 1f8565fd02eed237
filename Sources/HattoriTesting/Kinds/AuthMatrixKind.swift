import Foundation
import Hattori

extension AuthMatrix {
    /// Where a scheme finds its credential, as the spec declares it: `.bearer`, `.basic`,
    /// `.apiKey(.header, name: "X-Key")`, `.session(cookie:role:)`, `.custom` (each declared
    /// beside its probes in `Kinds/`).
    public struct Kind: Sendable {
        let probes: any AuthMatrixKind

        init(_ probes: some AuthMatrixKind) {
            self.probes = probes
        }
    }
}

/// What the auth matrix asks of a scheme's kind: how to send a credential where it looks, which
/// wrong and malformed credentials to try, and which credentials no request can carry. One type per
/// kind (this folder).
protocol AuthMatrixKind: Sendable {
    /// `credential` sent where this kind looks; nil when it is not of this kind (or is `.fresh`).
    func probe(for credential: TestCredential, what: String) -> Probe?
    /// The kind of credential `TestCredentials` gives for it, for messages.
    var credentialExample: String { get }
    /// Where it looks for its credential (an empty one there), for telling what a request sends
    /// it; nil for a kind that sees the whole request.
    var place: Probe? { get }
    /// Well-formed credentials that no authenticator should accept, for scheme `scheme`.
    func wrongProbes(scheme: String) -> [Probe]
    /// Credentials of this kind that are not credentials: each must be refused, never crash.
    func malformedProbes(scheme: String) -> [Probe]
    /// Why `credential` would not reach the server as given, or nil.
    func untransmittable(_ credential: TestCredential) -> String?
    /// The session cookie and role of a session kind: the matrix logs users in itself for it.
    var session: (cookie: String, role: SessionRole)? { get }
    /// Decides from the whole request, so it may admit a request without credentials.
    var seesWholeRequest: Bool { get }
}

extension AuthMatrixKind {
    func untransmittable(_ credential: TestCredential) -> String? { nil }
    var session: (cookie: String, role: SessionRole)? { nil }
    var seesWholeRequest: Bool { false }
}

/// What every kind's probes share: a too-long credential, malformed `Authorization` headers and
/// cookies, and why a cookie or header value would not arrive as given.
enum ProbeParts {
    static let tooLong = String(repeating: "x", count: Credentials.maximumLength + 1)

    static func authorization(_ values: [String], scheme: String) -> [Probe] {
        values.map { Probe(what: "`Authorization: \($0.prefix(40))` for `\(scheme)`", headers: [("Authorization", $0)]) }
    }

    static func malformedCookies(_ name: String, scheme: String) -> [Probe] {
        ["\(name)=", "\(name)", "\(name)=\"unterminated", ";;==;", "\(name)=\(tooLong)"].map {
            Probe(what: "`Cookie: \($0.prefix(40))` for `\(scheme)`", cookies: [$0])
        }
    }

    /// Cookie values are cut at `;`, `,`, quotes and spaces, and the CSRF cookie is the matrix's own.
    static func badCookie(_ name: String, _ value: String) -> String? {
        if name == CSRF.cookieName { return "the cookie \(name) is the CSRF token's" }
        return value.contains(where: { ";,\" \t\r\n".contains($0) }) ? "the cookie value of \(name) holds ; , \" or spaces" : nil
    }

    /// Header values lose their outer whitespace.
    static func badHeader(_ name: String, _ value: String) -> String? {
        value != value.trimmingCharacters(in: .whitespacesAndNewlines) ? "the \(name) header value has spaces around it" : nil
    }

    static func wrongSecret() -> String { "wrong-\(UUID().uuidString)" }
}

/// The matrix's questions about a scheme, answered by its kind.
extension AuthMatrix.Scheme {
    /// `credential` sent where this scheme looks; nil when it is not of this scheme's kind, or is
    /// `.fresh` (to be made first, `freshProbe`).
    func probe(for credential: TestCredential, what: String? = nil) -> Probe? {
        kind.probes.probe(for: credential, what: what ?? "the working credential of `\(name)`")
    }

    /// A new credential made by `make` (`TestCredential.fresh`), sent where this scheme looks.
    func freshProbe(_ make: @Sendable () async throws -> TestCredential) async throws -> Probe {
        let credential = try await make()
        guard var probe = probe(for: credential, what: "a fresh credential of `\(name)`") else {
            throw FreshCredentialError(description: "the fresh credential made for `\(name)` is not of its kind: it takes \(credentialExample)")
        }
        probe.fresh = [name]
        return probe
    }

    var credentialExample: String { kind.probes.credentialExample }
    var place: Probe? { kind.probes.place }
    var wrongProbes: [Probe] { kind.probes.wrongProbes(scheme: name) }
    var malformedProbes: [Probe] { kind.probes.malformedProbes(scheme: name) }
    func untransmittable(_ credential: TestCredential) -> String? { kind.probes.untransmittable(credential) }
}

/// A `.fresh` credential that made something its scheme cannot take.
struct FreshCredentialError: Error, CustomStringConvertible {
    var description: String
}
