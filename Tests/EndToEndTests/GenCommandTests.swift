import Foundation
import Testing

@Suite("The gen command: exit codes, messages, any working directory")
struct GenCommandTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("hattori-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ yaml: String, to name: String = "api.yaml") throws -> URL {
        let url = directory.appendingPathComponent(name)
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static let valid = """
        hattori: 1
        name: Tiny
        operations:
          ping: {method: GET, path: /ping, responses: {200: string}}
        """

    @Test func versionAndHelp() async throws {
        #expect(try await run(genExecutable, ["--version"]).output == "gen 0.2.0\n")
        let help = try await run(genExecutable, ["--help"])
        #expect(help.output.contains("EXIT CODES"))
        #expect(help.output.contains("swift run gen Samples/Petstore/api.yaml"))
    }

    @Test func specErrorsExit2WithLocatedMessagesAndWriteNothing() async throws {
        let spec = try write("hattori: 1\nname: Tiny\noperations:\n  ping: {method: GTE, path: /ping, responses: {200: Nope}}\n")
        let result = try await run(genExecutable, [spec.path], in: directory)
        #expect(result.status == 2)
        #expect(result.error.contains("api.yaml:4:18: error: 'GTE' is not an HTTP method"))
        #expect(result.error.contains("api.yaml:4:53: error: unknown schema 'Nope'"))
        #expect(result.error.contains("2 errors generated."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["api.yaml"])
    }

    /// Found by mutating specs: a 5,000-character name used to pass validation and fail while writing (exit 3).
    @Test func namesTooLongForAFileAreSpecErrors() async throws {
        let long = String(repeating: "n", count: 5_000)
        let spec = try write(Self.valid.replacingOccurrences(of: "name: Tiny", with: "name: A\(long)")
            + "\nschemas:\n  S\(long.prefix(300)): {fields: {a: int}}\n")
        let result = try await run(genExecutable, [spec.path], in: directory)
        #expect(result.status == 2, "\(result.error)")
        #expect(result.error.contains("api.yaml:2:7: error: the package name 'Annnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…' is too long: it would name a file or folder, and at 5001 bytes"))
        #expect(result.error.contains("api.yaml:6:3: error: schema name 'Snnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…' is too long"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["api.yaml"])
    }

    @Test func generatesFromAnyWorkingDirectoryAndChecksStaleness() async throws {
        let spec = try write(Self.valid)
        let output = directory.appendingPathComponent("out")
        let generated = try await run(genExecutable, [spec.path, "-o", output.path], in: URL(fileURLWithPath: "/"))
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output.contains("Sources/Tiny/Handlers/RootHandlers.swift"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("Sources/TinyAPI/Operations/Root.swift").path))

        let current = try await run(genExecutable, [spec.path, "-o", output.path, "--check"])
        #expect(current.status == 0)
        _ = try write(Self.valid.replacingOccurrences(of: "/ping", with: "/pong"))
        let stale = try await run(genExecutable, [spec.path, "-o", output.path, "--check"])
        #expect(stale.status == 1)
        #expect(stale.output.contains("Sources/TinyAPI/Operations/Root.swift"))
    }

    /// A package written with `-o` elsewhere, then moved, still finds the runtime: SwiftPM
    /// resolves its dependencies (the checkout by its absolute path).
    @Test func aPackageGeneratedElsewhereKeepsWorkingWhenMoved() async throws {
        let spec = try write(Self.valid)
        let output = directory.appendingPathComponent("first/Tiny")
        #expect(try await run(genExecutable, [spec.path, "-o", output.path], in: URL(fileURLWithPath: "/")).status == 0)
        let moved = directory.appendingPathComponent("elsewhere/deeper/Tiny")
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: output, to: moved)
        let resolved = try await run(swiftExecutable, ["package", "--package-path", moved.path, "--scratch-path",
                                                 directory.appendingPathComponent("scratch").path, "show-dependencies"])
        #expect(resolved.status == 0, "\(resolved.output)\n\(resolved.error)")
        #expect(resolved.output.contains("<\(repositoryRoot.standardizedFileURL.resolvingSymlinksInPath().path)@"), "\(resolved.output)")
    }

    /// `gen DIR` (what the command plugins run) regenerates a package from the spec its manifest
    /// names, relative to the package, also when the spec lives outside it.
    @Test func aPackageFolderRegeneratesFromTheSpecItsManifestNames() async throws {
        let spec = try write(Self.valid)
        let output = directory.appendingPathComponent("apps/Tiny")
        #expect(try await run(genExecutable, [spec.path, "-o", output.path]).status == 0)
        #expect(try String(contentsOf: output.appendingPathComponent(".hattori/manifest.json"), encoding: .utf8)
            .contains(#""spec" : "../../api.yaml""#))

        _ = try write(Self.valid.replacingOccurrences(of: "/ping", with: "/pong"))
        let stale = try await run(genExecutable, [output.path, "--check"], in: URL(fileURLWithPath: "/"))
        #expect(stale.status == 1)
        #expect(stale.output.contains("Sources/TinyAPI/Operations/Root.swift"))
        let regenerated = try await run(genExecutable, ["apps/Tiny"], in: directory)
        #expect(regenerated.status == 0, "\(regenerated.error)")
        #expect(try String(contentsOf: output.appendingPathComponent("Sources/TinyAPI/Operations/Root.swift"), encoding: .utf8).contains("/pong"))
        #expect(try await run(genExecutable, [output.path, "--check"]).status == 0)

        let notAPackage = try await run(genExecutable, [directory.appendingPathComponent("apps").path])
        #expect(notAPackage.status == 64)
        #expect(notAPackage.error.contains("apps holds no package written by gen (no .hattori/manifest.json)"))
        try FileManager.default.removeItem(at: spec)
        let specGone = try await run(genExecutable, [output.path])
        #expect(specGone.status == 64)
        #expect(specGone.error.contains("the spec ../../api.yaml named by"))
    }

    /// Every file under `directory`, relative, with its contents.
    func tree() throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))] =
                try String(contentsOf: url, encoding: .utf8)
        }
        return result
    }

    /// A package of gen's previous layout (handlers inside `TinyAPI`, the server in `TinyServer`):
    /// gen writes nothing, exits 4 and prints the moves; done as printed, they let gen finish the
    /// job, and nothing of the user's is lost.
    @Test func aPackageInThePreviousLayoutGetsTheExactMoves() async throws {
        let spec = try write(Self.valid)
        let old: [String: String] = [
            ".hattori/manifest.json": #"{"generatedFiles":["Sources/TinyAPI/Generated/Operations/Root.swift","Sources/TinyAPI/Generated/Server.swift"],"generator":"gen 0.1.0","requirements":{"RootAPI":["func ping(_ input: Operations.Ping.Input, context: OperationContext) async throws -> Operations.Ping.Output"],"makeRouter":["let router = makeRouter(handlers: Handlers(), configuration: HattoriConfiguration(options: server))"]},"spec":"api.yaml"}"# + "\n",
            "Sources/TinyAPI/Generated/Operations/Root.swift": "// Generated by gen (Hattori) from api.yaml. DO NOT EDIT.\n",
            "Sources/TinyAPI/Generated/Server.swift": "// Generated by gen (Hattori) from api.yaml. DO NOT EDIT.\n",
            "Sources/TinyAPI/Handlers/Handlers.swift": "import Hattori\n\npublic struct Handlers: APIProtocol {}\n",
            "Sources/TinyAPI/Handlers/RootHandlers.swift": "import Hattori\n\n// the user's ping\n",
            "Sources/TinyAPI/Store.swift": "// the user's own store\n",
            "Sources/TinyServer/App.swift": "import TinyAPI\n// the user's server\n",
            "Package.swift": "// the user's old manifest\n// .executableTarget(name: \"TinyServer\", …)\n",
        ]
        for (path, text) in old {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let before = try tree()
        for arguments in [[spec.path], [spec.path, "--check"]] {
            let refused = try await run(genExecutable, arguments)
            #expect(refused.status == 4, "\(refused.output)\(refused.error)")
            #expect(try tree() == before, "nothing written")
            #expect(refused.error.contains("mv Sources/TinyAPI/Handlers/RootHandlers.swift Sources/Tiny/Handlers/RootHandlers.swift\n"))
            #expect(refused.error.contains("mv Sources/TinyAPI/Store.swift Sources/Tiny/Store.swift\n"))
            #expect(refused.error.contains("mv Sources/TinyServer/App.swift Sources/Tiny/App.swift\n"))
            #expect(refused.error.contains("add `import TinyAPI` below `import Hattori` in each of: Sources/Tiny/Handlers/Handlers.swift, Sources/Tiny/Handlers/RootHandlers.swift, Sources/Tiny/Store.swift"))
        }

        // The printed commands, run as they are.
        let refused = try await run(genExecutable, [spec.path])
        let commands = refused.error.split(separator: "\n").filter { $0.hasPrefix("  cd ") || $0.hasPrefix("  mkdir ") || $0.hasPrefix("  mv ") }
        #expect(commands.count == 7)
        let moved = try await run("/bin/sh", ["-c", commands.joined(separator: " && ")])
        #expect(moved.status == 0, "\(moved.error)")

        let generated = try await run(genExecutable, [spec.path])
        #expect(generated.status == 0, "\(generated.output)\(generated.error)")
        #expect(!generated.output.contains("need these additions"), "the user's files already have every requirement: \(generated.output)")
        let after = try tree()
        #expect(after["Sources/Tiny/Handlers/RootHandlers.swift"] == old["Sources/TinyAPI/Handlers/RootHandlers.swift"])
        #expect(after["Sources/Tiny/Store.swift"] == old["Sources/TinyAPI/Store.swift"])
        #expect(after["Sources/Tiny/App.swift"] == old["Sources/TinyServer/App.swift"])
        #expect(after["Package.swift.previous"] == old["Package.swift"])
        #expect(after["Package.swift"]?.contains(".executableTarget(\n            name: \"Tiny\",") == true)
        #expect(after.keys.filter { $0.hasPrefix("Sources/TinyAPI/") }.sorted() == ["Sources/TinyAPI/OpenAPIDocument.swift", "Sources/TinyAPI/Operations/Root.swift", "Sources/TinyAPI/Server.swift"],
                "gen's target holds gen's files alone; the old Generated/ files are gone")
    }

    /// A copy of Templates/ with edits, for `--templates`.
    func customisedTemplates(_ edits: [String: (String) -> String]) throws -> URL {
        let templates = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: templates)
        for (name, edit) in edits {
            let file = templates.appendingPathComponent("\(name).mustache")
            try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        }
        return templates
    }

    /// Every line of the generated Swift comes from the templates: a copy can change an operation's
    /// route registration and a model's declaration, not only add to them.
    @Test func customisedTemplatesChangeAnyGeneratedLine() async throws {
        let templates = try customisedTemplates([
            "operations": { $0.replacingOccurrences(of: "table.add(.{{{method}}}, {{{pathLiteral}}}, handler: {{{routeVariable}}})",
                                                    with: "table.add(.{{{method}}}, {{{pathLiteral}}}, handler: {{{routeVariable}}})  // {{{idLiteral}}}") },
            "models": { $0.replacingOccurrences(of: "public struct {{{typeName}}}: Codable, Hashable, Sendable {",
                                                with: "public struct {{{typeName}}}: Codable, Hashable, Sendable, Identifiable {\n    public var id: String { at }") },
        ])
        let spec = try write(Self.valid + "\nschemas:\n  Pong: {fields: {at: string}}\n")
        let result = try await run(genExecutable, [spec.path, "--templates", templates.path])
        #expect(result.status == 0, "\(result.error)")
        let model = try String(contentsOf: directory.appendingPathComponent("Sources/TinyAPI/Models/Pong.model.swift"), encoding: .utf8)
        #expect(model.contains("public struct Pong: Codable, Hashable, Sendable, Identifiable {\n    public var id: String { at }\n"))
        let routes = try String(contentsOf: directory.appendingPathComponent("Sources/TinyAPI/Operations/Root.swift"), encoding: .utf8)
        #expect(routes.contains(#"table.add(.get, "/api/ping", handler: pingRoute)  // "ping""#))
    }

    /// Mustache alone renders a key nobody has as nothing; gen refuses it, naming the key.
    @Test func aMisspeltTemplateKeyIsAnError() async throws {
        let templates = try customisedTemplates(["models": { $0.replacingOccurrences(of: "public struct {{{typeName}}}", with: "public struct {{{typeNmae}}}") }])
        let spec = try write(Self.valid + "\nschemas:\n  Pong: {fields: {at: string}}\n")
        let result = try await run(genExecutable, [spec.path, "--templates", templates.path])
        #expect(result.status == 3)
        #expect(result.error.contains("error: template 'models.mustache' asks for 'typeNmae', which its context does not have"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Sources").path), "nothing written")
    }

    @Test func missingTemplatesExit3() async throws {
        let spec = try write(Self.valid)
        let result = try await run(genExecutable, [spec.path, "--templates", directory.appendingPathComponent("none").path])
        #expect(result.status == 3)
        #expect(result.error.contains("template 'models.mustache' is missing"))
    }

    @Test func runtimeByURLNamesThePackageIdentity() async throws {
        let spec = try write(Self.valid)
        let result = try await run(genExecutable, [spec.path, "--runtime-url", "https://github.com/example/hattori-swift", "--runtime-version", "0.1.0"])
        #expect(result.status == 0, "\(result.error)")
        let package = try String(contentsOf: directory.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(package.contains(#".package(url: "https://github.com/example/hattori-swift", from: "0.1.0")"#))
        #expect(package.contains(#".product(name: "Hattori", package: "hattori-swift")"#))
    }
}

@Suite("The committed samples are what gen produces")
struct SamplesAreCurrentTests {
    @Test(arguments: ["Petstore", "HostileNames", "AuthGuide", "GlobalAuth", "Catalog"])
    func sampleOutputIsCurrent(sample: String) async throws {
        let result = try await run(genExecutable, [repositoryRoot.appendingPathComponent("Samples/\(sample)/api.yaml").path, "--check"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
    }
}

@Suite("gen openapi")
struct GenOpenAPICommandTests {
    @Test func printsTheDocumentAsJSONOrYAML() async throws {
        let spec = repositoryRoot.appendingPathComponent("Samples/Petstore/api.yaml").path
        let json = try await run(genExecutable, ["openapi", spec])
        #expect(json.status == 0)
        #expect(json.output == (try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/Petstore/openapi.json"), encoding: .utf8)))
        let yaml = try await run(genExecutable, ["openapi", spec, "--format", "yaml"])
        #expect(yaml.output.hasPrefix("components:\n"))
        #expect(yaml.output.contains("openapi: 3.1.0\n"))
        #expect(try await run(genExecutable, ["openapi", spec, "--format", "xml"]).status == 64)
    }

    @Test func specErrorsExit2() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hattori-\(UUID().uuidString).yaml")
        try "hattori: 1\nname: X\nbogus: 1\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await run(genExecutable, ["openapi", file.path])
        #expect(result.status == 2)
        #expect(result.error.contains(":3:1: error: unknown key 'bogus' in the spec"))
    }
}
