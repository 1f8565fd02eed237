import Hattori
@testable import HattoriTesting
import Testing

/// What the matrix expects of a request, as the runtime decides it: lists in order, CSRF first,
/// session roles, raised statuses, anonymous schemes. (The matrix against real generated servers,
/// broken on purpose, is in EndToEndTests/AuthMatrixRunTests.)
@Suite("Auth matrix: what each request should get")
struct ExpectationTests {
    static let schemes: [AuthMatrix.Scheme] = [
        .init("Token", .bearer, raises: [418]),
        .init("Key", .apiKey(.query, name: "key")),
        .init("Cookie", .apiKey(.cookie, name: "k"), csrf: true),
        .init("Anyone", .custom),
        .init("User", .session(cookie: "sid", role: .user), csrf: true),
        .init("Staff", .session(cookie: "sid", role: .staff), csrf: true),
        .init("Super", .session(cookie: "sid", role: .superuser), csrf: true),
    ]

    let sessions = AuthMatrix.SessionLedger(["u": SessionUser(username: "u"), "s": SessionUser(username: "s", isStaff: true),
                                             "r": SessionUser(username: "r", isSuperuser: true)])

    func run(_ auth: [String], anonymous: Set<String> = []) -> AuthMatrix.Run {
        let list = auth.map { name in Self.schemes.first { $0.name == name }! }
        return AuthMatrix.Run(
            operation: .init("op", ["GET", "POST"], "/op", auth: auth), list: list,
            working: ["Token": .fixed(Probe(what: "token", headers: [("Authorization", "Bearer tok")])),
                      "Key": .fixed(Probe(what: "key", query: ["key=k1"])),
                      "Cookie": .fixed(Probe(what: "cookie", cookies: ["k=c1"])),
                      "User": .fixed(Probe(what: "user", cookies: ["sid=u"]))],
            wrong: [:], sessions: sessions, anonymous: anonymous)
    }

    let token = Probe(what: "token", headers: [("Authorization", "Bearer tok")])
    let wrongToken = Probe(what: "wrong token", headers: [("Authorization", "Bearer nope")])
    let key = Probe(what: "key", query: ["key=k1"])

    @Test func theFirstSchemeThatAcceptsWinsAndNoneGives401() {
        let list = run(["Key", "Token"])
        #expect(list.expected(.nothing, method: "GET") == [.status(401)])
        #expect(list.expected(token.adding(key), method: "GET") == [.admitted("Key")])
        #expect(list.expected(token, method: "GET") == [.admitted("Token")])
        // A wrong token may be answered with what Token raises, or 401.
        #expect(list.expected(wrongToken, method: "GET") == [.status(401), .status(418)])
        // Token raising stops the list before Key: it may raise, or fall through to Key.
        #expect(run(["Token", "Key"]).expected(wrongToken.adding(key), method: "GET") == [.status(418), .admitted("Key")])
    }

    @Test func cookieSchemesCheckCSRFFirstOnUnsafeMethods() {
        let list = run(["Token", "Cookie"])
        let cookie = Probe(what: "cookie", cookies: ["k=c1"])
        #expect(list.expected(.nothing, method: "POST") == [.status(403)])
        #expect(list.expected(.nothing, method: "GET") == [.status(401)])
        #expect(list.expected(cookie, method: "POST") == [.status(403)])
        #expect(list.expected(cookie.withCSRFToken(), method: "POST") == [.admitted("Cookie")])
        // Token comes first: its credential is admitted before the CSRF check is reached.
        #expect(list.expected(token, method: "POST") == [.admitted("Token")])
    }

    @Test func sessionSchemesAdmitEveryUserWithTheirRole() {
        let staff = Probe(what: "staff", cookies: ["sid=s"]).withCSRFToken()
        let user = Probe(what: "user", cookies: ["sid=u"]).withCSRFToken()
        #expect(run(["User", "Staff"]).expected(staff, method: "GET") == [.admitted("User")])
        #expect(run(["Super", "User"]).expected(staff, method: "GET") == [.admitted("User")])
        #expect(run(["Super"]).expected(staff, method: "GET") == [.status(401)])
        #expect(run(["Staff"]).expected(Probe(what: "root", cookies: ["sid=r"]), method: "GET") == [.admitted("Staff")])
        #expect(run(["Staff"]).expected(user, method: "GET") == [.status(401)])
        #expect(run(["Staff"]).expected(Probe(what: "unknown", cookies: ["sid=zzz"]), method: "GET") == [.status(401)])
    }

    @Test func anonymousSchemesAdmitWhereTheyAreReached() {
        let list = run(["Token", "Anyone"], anonymous: ["Anyone"])
        #expect(list.expected(.nothing, method: "GET") == [.admitted("Anyone")])
        #expect(list.expected(token, method: "GET") == [.admitted("Token")])
        #expect(run(["Token", "Anyone"]).expected(.nothing, method: "GET") == [.status(401)])
    }

    @Test func probesSendWhatTheySayAndSpotCollisions() {
        let both = token.adding(key).withCSRFToken()
        #expect(both.uri(path: "/op") == "/op?key=k1")
        #expect(both.fields[.authorization] == "Bearer tok")
        #expect(both.fields[.cookie] == "csrftoken=auth-matrix-csrf-token")
        #expect(token.collides(with: wrongToken))
        #expect(!token.collides(with: key))
        #expect(Probe.queryItem("k é", "a&b=c") == "k%20%C3%A9=a%26b%3Dc")
        let parts = AuthMatrix.Operation("op", ["GET"], "/items/{id}/parts/{part}")
        #expect(parts.concretePath() == "/items/1/parts/1")
        #expect(parts.concretePath(values: ["part": "a b/7"]) == "/items/1/parts/a%20b%2F7")
        #expect(parts.pathParameters == ["id", "part"])
    }

    @Test func operationsOfOneShapeShareTheirAllow() {
        let matrix = AuthMatrix(schemes: [], operations: [
            .init("get", ["GET"], "/items/{id}"), .init("delete", ["DELETE"], "/items/{item_id}"), .init("list", ["GET"], "/items"),
        ])
        #expect(matrix.methods(servedOn: "/items/{id}") == ["GET", "DELETE"])
    }

    /// A credential made for the probe is admitted by its scheme whatever its text; one given as it
    /// is, by every scheme that looks in its place for that text.
    @Test func freshCredentialsAreAdmittedByTheirOwnScheme() {
        var fresh = Probe(what: "fresh token", headers: [("Authorization", "Bearer made-once")])
        fresh.fresh = ["Token"]
        #expect(run(["Key", "Token"]).expected(fresh, method: "GET") == [.admitted("Token")])
        #expect(run(["Key", "Token"]).fixedCredentialAdmitting(fresh, method: "GET") == nil, "nothing to end: it was made for this request")
        #expect(run(["Key", "Token"]).fixedCredentialAdmitting(token, method: "GET") == "Token")
        #expect(run(["Key", "Token"]).fixedCredentialAdmitting(wrongToken, method: "GET") == nil)
    }

    enum Setup: AuthMatrixCredentials {
        static func router(configuration: HattoriConfiguration) -> AuthMatrixRouter { AuthMatrixRouter(context: BasicHattoriRequestContext.self) }
        static let working: [String: TestCredential] = ["Token": .fresh { .bearer("t") }]
        static let operations: [String: AuthMatrix.OperationSetup] = [
            "get": .init(pathValues: ["id": "7", "nope": "1"], credentials: ["Token": .apiKey("x"), "Key": .apiKey("k")]),
            "list": .init(endsCredentials: true),
            "gone": .skipped("not here"),
        ]
    }

    @Test func operationSetupsThatCannotBeRightAreProblems() {
        let matrix = AuthMatrix(schemes: Self.schemes, operations: [
            .init("get", ["GET"], "/items/{id}", auth: ["Token"]), .init("list", ["GET"], "/items"),
        ])
        #expect(matrix.problems(with: Setup.self) == [
            "TestCredentials.operations gives `get` a value for `nope`, which is no parameter of its path /items/{id}",
            "TestCredentials.operations gives `get` a credential for `Key`, which it does not use: its schemes are Token",
            "TestCredentials.operations[\"get\"] gives `Token` a credential of another kind: it takes .bearer(\"…\")",
            "TestCredentials.operations names `gone`, which is no operation of the spec",
            "TestCredentials.operations says `list` ends the credentials that admit it, but it is public",
        ])
        #expect(matrix.skipReason(.init("gone", ["GET"], "/gone"), with: Setup.self) == "`gone` is left out of the auth matrix: not here")
        #expect(matrix.skipReason(.init("get", ["GET"], "/items/{id}"), with: Setup.self) == nil)
    }

    @Test func testCredentialsThatCannotBeSentAreProblems() {
        let matrix = AuthMatrix(schemes: Self.schemes, operations: [])
        let problems = matrix.problems(credentials: ["Token": .apiKey("x"), "Nope": .bearer("x"), "Cookie": .apiKey("a;b")],
                                       admittingWithoutCredentials: ["Token"])
        #expect(problems == [
            "TestCredentials.working gives `Cookie` a credential no request can carry as it is: the cookie value of k holds ; , \" or spaces",
            "TestCredentials.working names `Nope`, which is no scheme of the spec",
            "TestCredentials.working gives `Token` a credential of another kind: it takes .bearer(\"…\")",
            "TestCredentials.admittingWithoutCredentials names `Token`, which is no custom scheme of the spec",
        ])
    }
}
