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

    @Test func versionAndHelp() throws {
        #expect(try run(genExecutable, ["--version"]).output == "gen 0.1.0\n")
        let help = try run(genExecutable, ["--help"])
        #expect(help.output.contains("EXIT CODES"))
        #expect(help.output.contains("swift run gen Samples/Petstore/api.yaml"))
    }

    @Test func specErrorsExit2WithLocatedMessagesAndWriteNothing() throws {
        let spec = try write("hattori: 1\nname: Tiny\noperations:\n  ping: {method: GTE, path: /ping, responses: {200: Nope}}\n")
        let result = try run(genExecutable, [spec.path], in: directory)
        #expect(result.status == 2)
        #expect(result.error.contains("api.yaml:4:18: error: 'GTE' is not an HTTP method"))
        #expect(result.error.contains("api.yaml:4:53: error: unknown schema 'Nope'"))
        #expect(result.error.contains("2 errors generated."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["api.yaml"])
    }

    /// Found by mutating specs: a 5,000-character name used to pass validation and fail while writing (exit 3).
    @Test func namesTooLongForAFileAreSpecErrors() throws {
        let long = String(repeating: "n", count: 5_000)
        let spec = try write(Self.valid.replacingOccurrences(of: "name: Tiny", with: "name: A\(long)")
            + "\nschemas:\n  S\(long.prefix(300)): {fields: {a: int}}\n")
        let result = try run(genExecutable, [spec.path], in: directory)
        #expect(result.status == 2, "\(result.error)")
        #expect(result.error.contains("api.yaml:2:7: error: the package name 'Annnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…' is too long: it would name a file or folder, and at 5001 bytes"))
        #expect(result.error.contains("api.yaml:6:3: error: schema name 'Snnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…' is too long"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["api.yaml"])
    }

    @Test func generatesFromAnyWorkingDirectoryAndChecksStaleness() throws {
        let spec = try write(Self.valid)
        let output = directory.appendingPathComponent("out")
        let generated = try run(genExecutable, [spec.path, "-o", output.path], in: URL(fileURLWithPath: "/"))
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output.contains("Sources/TinyAPI/Handlers/RootHandlers.swift"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("Sources/TinyAPI/Generated/Operations/Root.swift").path))

        let current = try run(genExecutable, [spec.path, "-o", output.path, "--check"])
        #expect(current.status == 0)
        _ = try write(Self.valid.replacingOccurrences(of: "/ping", with: "/pong"))
        let stale = try run(genExecutable, [spec.path, "-o", output.path, "--check"])
        #expect(stale.status == 1)
        #expect(stale.output.contains("Sources/TinyAPI/Generated/Operations/Root.swift"))
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
    @Test func customisedTemplatesChangeAnyGeneratedLine() throws {
        let templates = try customisedTemplates([
            "operations": { $0.replacingOccurrences(of: "table.add(.{{{method}}}, {{{pathLiteral}}}, handler: {{{routeVariable}}})",
                                                    with: "table.add(.{{{method}}}, {{{pathLiteral}}}, handler: {{{routeVariable}}})  // {{{idLiteral}}}") },
            "models": { $0.replacingOccurrences(of: "public struct {{{typeName}}}: Codable, Hashable, Sendable {",
                                                with: "public struct {{{typeName}}}: Codable, Hashable, Sendable, Identifiable {\n    public var id: String { at }") },
        ])
        let spec = try write(Self.valid + "\nschemas:\n  Pong: {fields: {at: string}}\n")
        let result = try run(genExecutable, [spec.path, "--templates", templates.path])
        #expect(result.status == 0, "\(result.error)")
        let model = try String(contentsOf: directory.appendingPathComponent("Sources/TinyAPI/Generated/Models/Pong.model.swift"), encoding: .utf8)
        #expect(model.contains("public struct Pong: Codable, Hashable, Sendable, Identifiable {\n    public var id: String { at }\n"))
        let routes = try String(contentsOf: directory.appendingPathComponent("Sources/TinyAPI/Generated/Operations/Root.swift"), encoding: .utf8)
        #expect(routes.contains(#"table.add(.get, "/api/ping", handler: pingRoute)  // "ping""#))
    }

    /// Mustache alone renders a key nobody has as nothing; gen refuses it, naming the key.
    @Test func aMisspeltTemplateKeyIsAnError() throws {
        let templates = try customisedTemplates(["models": { $0.replacingOccurrences(of: "public struct {{{typeName}}}", with: "public struct {{{typeNmae}}}") }])
        let spec = try write(Self.valid + "\nschemas:\n  Pong: {fields: {at: string}}\n")
        let result = try run(genExecutable, [spec.path, "--templates", templates.path])
        #expect(result.status == 3)
        #expect(result.error.contains("error: template 'models.mustache' asks for 'typeNmae', which its context does not have"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Sources").path), "nothing written")
    }

    @Test func missingTemplatesExit3() throws {
        let spec = try write(Self.valid)
        let result = try run(genExecutable, [spec.path, "--templates", directory.appendingPathComponent("none").path])
        #expect(result.status == 3)
        #expect(result.error.contains("template 'models.mustache' is missing"))
    }

    @Test func runtimeByURLNamesThePackageIdentity() throws {
        let spec = try write(Self.valid)
        let result = try run(genExecutable, [spec.path, "--runtime-url", "https://github.com/example/hattori-swift", "--runtime-version", "0.1.0"])
        #expect(result.status == 0, "\(result.error)")
        let package = try String(contentsOf: directory.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(package.contains(#".package(url: "https://github.com/example/hattori-swift", from: "0.1.0")"#))
        #expect(package.contains(#".product(name: "Hattori", package: "hattori-swift")"#))
    }
}

@Suite("The committed samples are what gen produces")
struct SamplesAreCurrentTests {
    @Test(arguments: ["Petstore", "HostileNames", "AuthGuide", "GlobalAuth"])
    func sampleOutputIsCurrent(sample: String) throws {
        let result = try run(genExecutable, [repositoryRoot.appendingPathComponent("Samples/\(sample)/api.yaml").path, "--check"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
    }
}

@Suite("gen openapi")
struct GenOpenAPICommandTests {
    @Test func printsTheDocumentAsJSONOrYAML() throws {
        let spec = repositoryRoot.appendingPathComponent("Samples/Petstore/api.yaml").path
        let json = try run(genExecutable, ["openapi", spec])
        #expect(json.status == 0)
        #expect(json.output == (try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/Petstore/openapi.json"), encoding: .utf8)))
        let yaml = try run(genExecutable, ["openapi", spec, "--format", "yaml"])
        #expect(yaml.output.hasPrefix("components:\n"))
        #expect(yaml.output.contains("openapi: 3.1.0\n"))
        #expect(try run(genExecutable, ["openapi", spec, "--format", "xml"]).status == 64)
    }

    @Test func specErrorsExit2() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hattori-\(UUID().uuidString).yaml")
        try "hattori: 1\nname: X\nbogus: 1\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(genExecutable, ["openapi", file.path])
        #expect(result.status == 2)
        #expect(result.error.contains(":3:1: error: unknown key 'bogus' in the spec"))
    }
}
