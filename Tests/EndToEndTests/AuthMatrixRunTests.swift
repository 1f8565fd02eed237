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
        #expect(try run(genExecutable, [directory.appendingPathComponent("api.yaml").path]).status == 0)
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
}
