import Foundation
import Testing

/// The auth matrix gen writes into every package, run by `swift test` in a generated package:
/// it passes on stubs that do what the spec says, and fails, saying where, on stubs and schemes
/// that do not.
@Suite("End to end: the generated auth matrix", .serialized)
struct AuthMatrixRunTests {
    static let spec = """
        hattori: 1
        name: Gate
        schemes:
          Token: {kind: bearer}
          Key: {kind: APIKeyQuery, param: key}
          Anonymous: {kind: custom, description: Admits everyone on purpose.}
          Session: {kind: django_auth}
        operations:
          open: {method: GET, path: /open, responses: {200: string}}
          mixed: {method: GET, path: /mixed, auth: [Token, Anonymous], responses: {200: string}}
          either: {method: GET, path: "/either/{id}", auth: [Key, Token], params: {id: {in: path, type: int}}, responses: {200: string}}
          change: {method: [POST, PUT], path: /change, auth: Session, responses: {200: string}}
        """

    func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "\(file.lastPathComponent) has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func passesOnFaithfulStubsAndNamesEachBrokenPromise() async throws {
        let directory = try makePackageDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.spec.write(to: directory.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        #expect(try await run(genExecutable, [directory.appendingPathComponent("api.yaml").path]).status == 0)
        let unfilled = "        nil  // denies every request until filled in: return the caller's identity to accept\n"
        let auth = directory.appendingPathComponent("Sources/Gate/Auth")
        try replace(unfilled, with: "        ConstantTime.equal(token, \"tok\") ? token : nil\n", in: auth.appendingPathComponent("Token.swift"))
        try replace(unfilled, with: "        ConstantTime.equal(key, \"k\") ? key : nil\n", in: auth.appendingPathComponent("Key.swift"))
        try replace(unfilled, with: "        \"anyone\"\n", in: auth.appendingPathComponent("Anonymous.swift"))
        let credentials = directory.appendingPathComponent("Tests/GateTests/TestCredentials.swift")
        try replace("static let working: [String: TestCredential] = [:]",
                    with: #"static let working: [String: TestCredential] = ["Token": .bearer("tok"), "Key": .apiKey("k")]"#, in: credentials)
        try replace("static let admittingWithoutCredentials: Set<String> = []",
                    with: #"static let admittingWithoutCredentials: Set<String> = ["Anonymous"]"#, in: credentials)

        let faithful = try await SampleBuilder.shared.test(directory)
        #expect(faithful.status == 0, "\(faithful.output)\n\(faithful.error)")
        #expect(faithful.output.contains(#"Test "Auth of" with 4 test cases passed"#), "\(faithful.output)")

        // Four broken promises at once: a stub that admits everything, an anonymous scheme not
        // declared, a list tried out of order, a cookie scheme without its CSRF check.
        try replace("ConstantTime.equal(token, \"tok\") ? token : nil", with: "token", in: auth.appendingPathComponent("Token.swift"))
        try replace(#"["Anonymous"]"#, with: "[]", in: credentials)
        let schemes = directory.appendingPathComponent("Sources/GateAPI/Schemes.swift")
        let text = try String(contentsOf: schemes, encoding: .utf8)
        let keyFirst = "if let identity = try await Schemes.Key.authenticate(request, authenticators) {\n                    Hattori.AuthTrace.admitted(by: \"Key\")"
        let tokenSecond = "if let identity = try await Schemes.Token.authenticate(request, authenticators) {\n                    Hattori.AuthTrace.admitted(by: \"Token\")"
        try #require(text.contains(keyFirst + "\n                    return identity\n                }\n                " + tokenSecond))
        try text.replacingOccurrences(of: keyFirst + "\n                    return identity\n                }\n                " + tokenSecond,
                                      with: tokenSecond + "\n                    return identity\n                }\n                " + keyFirst)
            .write(to: schemes, atomically: true, encoding: .utf8)
        try replace(#"cookie: "sessionid", role: .user, csrf: true"#, with: #"cookie: "sessionid", role: .user, csrf: false"#, in: schemes)

        let broken = try await SampleBuilder.shared.test(directory)
        #expect(broken.status != 0)
        for finding in [
            "GET /api/mixed with a wrong bearer token for `Token`: expected 401, got admitted by `Token`",
            "GET /api/mixed with no credentials: expected 401, got admitted by `Anonymous`",
            "GET /api/either/{id} with the working credential of `Key` and the working credential of `Token`: expected admitted by `Key`, got admitted by `Token`",
            "POST /api/change with no credentials: expected 403, got 401",
            "PUT /api/change with a session of a user for `Session`: expected 403, got admitted by `Session`",
        ] {
            #expect(broken.output.contains(finding), "missing: \(finding)\n\(broken.output)")
        }
    }

    /// An ordinary API's operations: a logout ends its session, a revocation its token, a ticket
    /// is good once, a device's token opens that device's path only. The matrix passes once
    /// `TestCredentials.operations` says so, and says where it fails while it does not.
    static let deskSpec = """
        hattori: 1
        name: Desk
        schemes:
          Token: {kind: bearer}
          Ticket: {kind: APIKeyHeader, param: X-Ticket}
          Device: {kind: bearer}
          Session: {kind: django_auth}
        operations:
          whoami: {method: GET, path: /me, auth: [Session, Token], responses: {200: string}}
          logout: {method: POST, path: /logout, auth: [Session, Token], responses: {204: null}}
          revoke: {method: [POST, DELETE], path: /revoke, auth: Token, responses: {204: null}}
          redeem: {method: POST, path: /redeem, auth: [Ticket, Token], responses: {200: string}}
          device: {method: GET, path: "/devices/{id}", auth: Device, params: {id: {in: path, type: string}}, responses: {200: string}}
          purge: {method: DELETE, path: /purge, auth: Token, responses: {204: null}}
        """

    /// The user's code: one store of tokens, tickets and device tokens for every router.
    static let deskCode = #"""
        import Hattori
        import DeskAPI

        actor Desk {
            static let shared = Desk()
            var tokens: Set<String> = ["tok", "revoke-me"]
            var tickets: Set<String> = ["ticket-once"]
            let devices = ["device-7-token": "7"]
            func hasToken(_ token: String) -> Bool { tokens.contains(token) }
            func issueToken() -> String { let token = "token-\(SessionKey.random())"; tokens.insert(token); return token }
            func revoke(_ token: String) { tokens.remove(token) }
            func issueTicket() -> String { let ticket = "ticket-\(SessionKey.random())"; tickets.insert(ticket); return ticket }
            func redeem(_ ticket: String) -> Bool { tickets.remove(ticket) != nil }
        }

        extension Authenticators {
            func token(token: String, request: AuthRequest) async throws -> String? {
                await Desk.shared.hasToken(token) ? token : nil
            }
            func ticket(key: String, request: AuthRequest) async throws -> String? {
                await Desk.shared.redeem(key) ? key : nil
            }
            func device(token: String, request: AuthRequest) async throws -> String? {
                guard let device = await Desk.shared.devices[token], request.path.hasSuffix("/devices/\(device)") else { return nil }
                return device
            }
        }

        extension Handlers {
            func whoami(_ input: Operations.Whoami.Input, context: OperationContext) async throws -> Operations.Whoami.Output { .ok("me") }
            func logout(_ input: Operations.Logout.Input, context: OperationContext) async throws -> Operations.Logout.Output {
                switch input.auth {
                case .session: try await context.logout()
                case .token(let token): await Desk.shared.revoke(token)
                }
                return .noContent
            }
            func revoke(_ input: Operations.Revoke.Input, context: OperationContext) async throws -> Operations.Revoke.Output {
                await Desk.shared.revoke(input.auth)
                return .noContent
            }
            func redeem(_ input: Operations.Redeem.Input, context: OperationContext) async throws -> Operations.Redeem.Output { .ok("redeemed") }
            func device(_ input: Operations.Device.Input, context: OperationContext) async throws -> Operations.Device.Output { .ok(input.auth) }
            func purge(_ input: Operations.Purge.Input, context: OperationContext) async throws -> Operations.Purge.Output { .noContent }
        }
        """#

    @Test func fitsAnOrdinaryAPIGivenItsOperationsSetup() async throws {
        let directory = try makePackageDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.deskSpec.write(to: directory.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        #expect(try await run(genExecutable, [directory.appendingPathComponent("api.yaml").path]).status == 0)
        for stub in ["Auth/Token.swift", "Auth/Ticket.swift", "Auth/Device.swift", "Handlers/RootHandlers.swift"] {
            try FileManager.default.removeItem(at: directory.appendingPathComponent("Sources/Desk/\(stub)"))
        }
        try Self.deskCode.write(to: directory.appendingPathComponent("Sources/Desk/Desk.swift"), atomically: true, encoding: .utf8)
        let credentials = directory.appendingPathComponent("Tests/DeskTests/TestCredentials.swift")
        try replace("static let working: [String: TestCredential] = [:]",
                    with: #"static let working: [String: TestCredential] = ["Token": .bearer("tok"), "Ticket": .apiKey("ticket-once"), "Device": .bearer("device-7-token")]"#,
                    in: credentials)

        // Without a word about its operations: each of them fails where the matrix cannot know.
        let unsaid = try await SampleBuilder.shared.test(directory)
        #expect(unsaid.status != 0)
        for finding in [
            "GET /api/devices/{id} with the working credential of `Device`: expected admitted by `Device`, got 401",
            "DELETE /api/revoke with the working credential of `Token`: expected admitted by `Token`, got 401",
            // The ticket was redeemed by the request before: Token admits, or 401 once another
            // operation has revoked the token they share.
            "POST /api/redeem with the working credential of `Ticket` and the working credential of `Token`: expected admitted by `Ticket`, got ",
        ] {
            #expect(unsaid.output.contains(finding), "missing: \(finding)\n\(unsaid.output)")
        }
        #expect(!unsaid.output.contains("POST /api/logout with a session"), "the matrix makes a new session for every request")

        try replace("static let operations: [String: AuthMatrix.OperationSetup] = [:]", with: #"""
            static let operations: [String: AuthMatrix.OperationSetup] = [
                    "device": .init(pathValues: ["id": "7"]),
                    "revoke": .init(credentials: ["Token": .bearer("revoke-me")], endsCredentials: true),
                    "redeem": .init(credentials: ["Ticket": .fresh { .apiKey(await Desk.shared.issueTicket()) }]),
                    "logout": .init(credentials: ["Token": .fresh { .bearer(await Desk.shared.issueToken()) }]),
                    "purge": .skipped("it would empty the desk"),
                ]
            """#, in: credentials)
        let said = try await SampleBuilder.shared.test(directory)
        #expect(said.status == 0, "\(said.output)\n\(said.error)")
        #expect(said.output.contains("`purge` is left out of the auth matrix: it would empty the desk"), "\(said.output)")
    }
}
