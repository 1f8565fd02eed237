import Foundation
import HTTPTypes
@_spi(Generated) import Hattori
import Hummingbird
import Testing

/// A request as authenticators see it, without a server.
private func authRequest(_ method: HTTPRequest.Method = .get, path: String = "/", headers: HTTPFields = [:],
                         peer: String? = "10.0.0.1", trusted: Set<String> = []) -> AuthRequest {
    let head = HTTPRequest(method: method, scheme: "http", authority: "localhost", path: path, headerFields: headers)
    return AuthRequest(request: Request(head: head, body: .init(buffer: ByteBuffer())), peerAddress: peer,
                       configuration: HattoriConfiguration(trustedProxies: trusted))
}

@Suite("Runtime: credential parsing as Django Ninja does it")
struct AuthParsingTests {
    @Test(arguments: ["Bearer abc", "bearer abc", "BEARER abc", "Bearer  abc "])
    func bearerSchemeWordIsCaseInsensitive(header: String) {
        #expect(Credentials.bearer(authRequest(headers: [.authorization: header])) == "abc")
    }

    @Test(arguments: ["Basic abc", "Token abc", "abc", "", "Bearerabc", "Basic"])
    func otherSchemesYieldNoToken(header: String) {
        #expect(Credentials.bearer(authRequest(headers: [.authorization: header])) == nil)
    }

    /// Django Ninja calls `authenticate` with `""` for `Bearer` alone; so do we, and the stub decides.
    /// (For `Bearer` and spaces Ninja passes the spaces; header values lose trailing spaces on the
    /// wire anyway, and we trim the token.)
    @Test(arguments: ["Bearer", "Bearer ", "bearer    "])
    func bearerWithoutATokenGivesTheEmptyToken(header: String) {
        #expect(Credentials.bearer(authRequest(headers: [.authorization: header])) == "")
    }

    @Test func noAuthorizationHeaderYieldsNothing() {
        #expect(Credentials.bearer(authRequest()) == nil)
        #expect(Credentials.basic(authRequest()) == nil)
    }

    @Test func basicDecodesBase64AndSplitsAtTheFirstColon() throws {
        let encoded = Data("admin:se:cret".utf8).base64EncodedString()
        let parsed = try #require(Credentials.basic(authRequest(headers: [.authorization: "basic \(encoded)"])))
        #expect(parsed.username == "admin")
        #expect(parsed.password == "se:cret")
        let empty = try #require(Credentials.basic(authRequest(headers: [.authorization: "Basic \(Data(":".utf8).base64EncodedString())"])))
        #expect(empty.username == "" && empty.password == "")
    }

    @Test(arguments: ["Basic !!!notbase64", "Basic \(Data("no-colon".utf8).base64EncodedString())",
                      "Basic \(Data([0xff, 0xfe, 0x3a, 0x41]).base64EncodedString())", "Basic"])
    func malformedBasicYieldsNothing(header: String) {
        #expect(Credentials.basic(authRequest(headers: [.authorization: header])) == nil)
    }

    @Test func oversizedCredentialsAreRefusedBeforeAnyStub() throws {
        let huge = String(repeating: "a", count: Credentials.maximumLength + 1)
        #expect(Credentials.bearer(authRequest(headers: [.authorization: "Bearer \(huge)"])) == nil)
        #expect(try Credentials.apiKey(authRequest(headers: [HTTPField.Name("X-Key")!: huge]), in: .header, name: "X-Key", csrf: false) == nil)
    }

    @Test func apiKeysComeFromQueryHeaderOrCookieWithCaseInsensitiveHeaderNames() throws {
        #expect(try Credentials.apiKey(authRequest(path: "/x?api_key=k1"), in: .query, name: "api_key", csrf: false) == "k1")
        #expect(try Credentials.apiKey(authRequest(headers: [HTTPField.Name("x-api-key")!: "k2"]), in: .header, name: "X-API-Key", csrf: false) == "k2")
        #expect(try Credentials.apiKey(authRequest(headers: [.cookie: "a=1; key=k3"]), in: .cookie, name: "key", csrf: true) == "k3")
        #expect(try Credentials.apiKey(authRequest(path: "/x?api_key="), in: .query, name: "api_key", csrf: false) == nil)
        #expect(try Credentials.apiKey(authRequest(path: "/x?api%5Fkey=a+b%2B"), in: .query, name: "api_key", csrf: false) == "a b+")
        #expect(try Credentials.apiKey(authRequest(path: "/x?api_key=bad&api_key=good"), in: .query, name: "api_key", csrf: false) == "good")
    }

    @Test func cookieKeysOnUnsafeMethodsNeedTheCSRFDoubleSubmit() throws {
        let cookie = "key=k; csrftoken=t0ken"
        let missing = #expect(throws: AuthorizationError.self) {
            try Credentials.apiKey(authRequest(.post, headers: [.cookie: cookie]), in: .cookie, name: "key", csrf: true)
        }
        #expect(missing?.detail == "CSRF check Failed")
        let forged = #expect(throws: AuthorizationError.self) {
            try Credentials.apiKey(authRequest(.delete, headers: [.cookie: cookie, HTTPField.Name("X-CSRFToken")!: "other"]),
                                   in: .cookie, name: "key", csrf: true)
        }
        #expect(forged?.detail == "CSRF check Failed")
        #expect(try Credentials.apiKey(authRequest(.post, headers: [.cookie: cookie, HTTPField.Name("x-csrftoken")!: "t0ken"]),
                                       in: .cookie, name: "key", csrf: true) == "k")
        #expect(try Credentials.apiKey(authRequest(.post, headers: [.cookie: cookie]), in: .cookie, name: "key", csrf: false) == "k")
    }

    @Test func forwardedForIsBelievedOnlyFromTrustedProxies() {
        let forwarded: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "8.8.8.8"]
        #expect(authRequest(headers: forwarded, peer: "10.0.0.1").clientAddress == "10.0.0.1")
        #expect(authRequest(headers: forwarded, peer: "10.0.0.1", trusted: ["10.0.0.1"]).clientAddress == "8.8.8.8")
        // A client cannot prepend a fake hop: the nearest untrusted hop wins.
        let chain: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "1.2.3.4, 8.8.8.8, 10.0.0.2"]
        #expect(authRequest(headers: chain, peer: "10.0.0.1", trusted: ["10.0.0.1", "10.0.0.2"]).clientAddress == "8.8.8.8")
    }

    @Test func constantTimeEquality() {
        #expect(ConstantTime.equal("supersecret", "supersecret"))
        #expect(!ConstantTime.equal("supersecret", "supersecreT"))
        #expect(!ConstantTime.equal("supersecret", "supersecret2"))
        #expect(!ConstantTime.equal("", "x"))
    }

    @Test func sessionsCarryRolesAndStaffAdmitsSuperusers() async throws {
        let store = InMemorySessionStore()
        let key = try await store.createSession(for: SessionUser(username: "suonly", isSuperuser: true),
                                               expiresAt: Date(timeIntervalSinceNow: 60))
        let configuration = HattoriConfiguration(sessions: store)
        let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/", headerFields: [.cookie: "sessionid=\(key)"])
        let request = AuthRequest(request: Request(head: head, body: .init(buffer: ByteBuffer())), peerAddress: nil, configuration: configuration)
        #expect(try await SessionAuthentication.authenticate(request, cookie: "sessionid", role: .user, csrf: true)?.username == "suonly")
        #expect(try await SessionAuthentication.authenticate(request, cookie: "sessionid", role: .superuser, csrf: true) != nil)
        #expect(try await SessionAuthentication.authenticate(request, cookie: "sessionid", role: .staff, csrf: true) != nil)
        try await store.deleteSession(key)
        #expect(try await SessionAuthentication.authenticate(request, cookie: "sessionid", role: .user, csrf: true) == nil)
    }
}
