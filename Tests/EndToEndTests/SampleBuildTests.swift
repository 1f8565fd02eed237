import Foundation
import Testing

@Suite("End to end: generated packages compile warning-free", .serialized)
struct SampleBuildTests {
    @Test func hostileNamesCompiles() async throws {
        let build = try await SampleBuilder.shared.build(repositoryRoot.appendingPathComponent("Samples/HostileNames"))
        #expect(build.status == 0, "\(build.output)\n\(build.error)")
        let warnings = (build.output + build.error).split(separator: "\n")
            .filter { $0.contains("warning:") && $0.contains("Samples/HostileNames") }
        #expect(warnings.isEmpty, "\(warnings.joined(separator: "\n"))")
    }

    /// A package with session schemes built without the PostgreSQL trait (as `swift build` alone
    /// builds it) links no postgres-nio; started with sessions in a database, it says at once what
    /// it lacks and answers the operations that need a session with 503, never keeping them in
    /// memory unnoticed.
    @Test func aSessionPackageBuiltWithoutThePostgreSQLTraitRefusesDatabaseSessions() async throws {
        let sample = repositoryRoot.appendingPathComponent("Samples/HostileNames")
        let build = try await SampleBuilder.shared.build(sample, product: "HostileNames")
        try #require(build.status == 0, "\(build.output)\n\(build.error)")
        let binary = SampleBuilder.shared.binary("HostileNames")
        let symbols = try await run("/usr/bin/nm", [binary.path])
        #expect(symbols.status == 0)
        #expect(!symbols.output.contains("PostgresNIO"), "postgres-nio is linked without the trait")

        let server = try await RunningServer(executable: binary, arguments: ["--sessions", "postgres://app:secret@127.0.0.1:1/site"])
        defer { server.stop() }
        let login = try await send(.POST, port: server.port, "/api/super", body: "self=anyone&password=supersecret",
                                   headers: [("Content-Type", "application/x-www-form-urlencoded")])
        expect(login, 503, #"{"detail":"Sessions are unavailable: try again shortly"}"#)
        #expect(server.output.contains("built without PostgreSQL support: build it with the PostgreSQL trait (swift build --traits PostgreSQL)"),
                "\(server.output)")
        #expect(!server.output.contains("secret"), "the password stays out of the log")
    }

    /// A user's day: generate, fill in, change the spec, regenerate. The compiler then points at
    /// the one new method gen asked for, and the filled-in code is untouched.
    @Test func regenerationAsksForTheNewMethodAndTheCompilerAgrees() async throws {
        let directory = try makePackageDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("api.yaml")
        let original = """
            hattori: 1
            name: Notes
            routers:
              notes:
                prefix: /notes
                operations:
                  listNotes: {method: GET, path: /, responses: {200: "[string]"}}
            """
        try original.write(to: spec, atomically: true, encoding: .utf8)
        #expect(try await run(genExecutable, [spec.path]).status == 0)
        let handlers = directory.appendingPathComponent("Sources/Notes/Handlers/NotesHandlers.swift")
        let filled = try String(contentsOf: handlers, encoding: .utf8)
            .replacingOccurrences(of: #"throw HTTPDetailError(.notImplemented, detail: "listNotes is not implemented yet")  // 501 until filled in"#,
                                  with: #"return .ok(["first"])"#)
        try filled.write(to: handlers, atomically: true, encoding: .utf8)
        #expect(try await SampleBuilder.shared.build(directory).status == 0)

        // File times have a resolution; make the edit unmistakably newer than the build.
        try await Task.sleep(for: .seconds(1.1))
        try (original + "\n      addNote: {method: POST, path: /, body: string, responses: {201: string}}\n")
            .write(to: spec, atomically: true, encoding: .utf8)
        let regenerated = try await run(genExecutable, [spec.path])
        #expect(regenerated.status == 0)
        #expect(regenerated.output.contains("in Sources/Notes/Handlers/NotesHandlers.swift:"))
        #expect(regenerated.output.contains("func addNote(_ input: Operations.AddNote.Input, context: OperationContext) async throws -> Operations.AddNote.Output"))
        #expect(try String(contentsOf: handlers, encoding: .utf8) == filled)

        let broken = try await SampleBuilder.shared.build(directory, again: true)
        #expect(broken.status != 0)
        #expect((broken.output + broken.error).contains("does not conform to protocol"))
        #expect((broken.output + broken.error).contains("addNote"))
    }
}

@Suite("End to end: adding an auth scheme to a filled-in package", .serialized)
struct SchemeRegenerationTests {
    @Test func filledStubsStayAndTheNewStubDenies() async throws {
        let directory = try makePackageDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("api.yaml")
        let original = """
            hattori: 1
            name: Vault
            schemes:
              Token: {kind: bearer}
            routers:
              items:
                prefix: /items
                auth: Token
                operations:
                  listItems: {method: GET, path: /, responses: {200: "[string]"}}
            """
        try original.write(to: spec, atomically: true, encoding: .utf8)
        #expect(try await run(genExecutable, [spec.path]).status == 0)
        let tokenStub = directory.appendingPathComponent("Sources/Vault/Auth/Token.swift")
        let filledStub = try String(contentsOf: tokenStub, encoding: .utf8)
            .replacingOccurrences(of: "        nil  // denies every request until filled in: return the caller's identity to accept\n",
                                  with: "        ConstantTime.equal(token, \"tok\") ? token : nil\n")
        try filledStub.write(to: tokenStub, atomically: true, encoding: .utf8)
        let handlers = directory.appendingPathComponent("Sources/Vault/Handlers/ItemsHandlers.swift")
        let filledHandlers = try String(contentsOf: handlers, encoding: .utf8)
            .replacingOccurrences(of: #"throw HTTPDetailError(.notImplemented, detail: "listItems is not implemented yet")  // 501 until filled in"#,
                                  with: #"return .ok([input.auth])"#)
        try filledHandlers.write(to: handlers, atomically: true, encoding: .utf8)

        try await Task.sleep(for: .seconds(1.1))
        try (original.replacingOccurrences(of: "  Token: {kind: bearer}", with: "  Token: {kind: bearer}\n  Key: {kind: APIKeyHeader, param: X-Key}")
             + "\n      keyed: {method: GET, path: /keyed, auth: Key, responses: {200: string}}\n")
            .write(to: spec, atomically: true, encoding: .utf8)
        let regenerated = try await run(genExecutable, [spec.path])
        #expect(regenerated.status == 0, "\(regenerated.error)")
        #expect(regenerated.output.contains("Sources/Vault/Auth/Key.swift"))
        #expect(regenerated.output.contains("func keyed(_ input: Operations.Keyed.Input"))
        #expect(try String(contentsOf: tokenStub, encoding: .utf8) == filledStub)
        #expect(try String(contentsOf: handlers, encoding: .utf8) == filledHandlers)

        // The user writes the handler gen asked for, but not the new stub yet.
        let added = directory.appendingPathComponent("Sources/Vault/Handlers/Keyed.swift")
        try """
            import Hattori
            import VaultAPI

            extension Handlers {
                func keyed(_ input: Operations.Keyed.Input, context: OperationContext) async throws -> Operations.Keyed.Output {
                    .ok("opened with \\(input.auth)")
                }
            }
            """.write(to: added, atomically: true, encoding: .utf8)
        let build = try await SampleBuilder.shared.build(directory, product: "Vault")
        try #require(build.status == 0, "\(build.output)\n\(build.error)")
        let server = try await RunningServer(executable: SampleBuilder.shared.binary("Vault"))
        defer { server.stop() }
        expect(try await send(.GET, port: server.port, "/api/items/", headers: [bearerHeader("tok")]), 200, #"["tok"]"#)
        expect(try await send(.GET, port: server.port, "/api/items/keyed", headers: [("X-Key", "anything")]), 401, #"{"detail":"Unauthorized"}"#)
        expect(try await send(.GET, port: server.port, "/api/items/keyed"), 401, #"{"detail":"Unauthorized"}"#)
    }
}
