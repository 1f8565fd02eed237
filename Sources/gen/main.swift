import ArgumentParser
import Foundation
import HattoriGen

/// `gen`: YAML API spec in, Hummingbird server package out.
@main
struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: "Generate a Swift server package (Hummingbird 2) from a Hattori API spec.",
        discussion: """
            gen reads a YAML spec (operations, routers, schemas, auth schemes) and writes a complete Swift \
            package next to it: typed handlers to fill in, route registration, validation, and a server \
            executable. The target Sources/<Name>API belongs to gen and is rewritten on every run, as are \
            openapi.json, openapi.yaml, .hattori/ and the auth matrix Tests/<Name>Tests/AuthMatrixTests.swift; \
            everything else (your target Sources/<Name>, Package.swift, your tests and TestCredentials.swift) \
            is yours: gen creates each file once and never touches it again.

            EXAMPLES
              swift run gen Samples/Petstore/api.yaml
              swift run gen MyAPI/api.yaml -o /tmp/MyAPI
              swift run gen MyAPI/api.yaml --check          # in CI: fail if the output is stale
              gen MyAPI                                     # again, from the spec MyAPI/.hattori names
              swift run gen openapi MyAPI/api.yaml --format yaml   # print the OpenAPI document

            EXIT CODES
              0  generated (or, with --check, the output is current)
              1  --check: the output is stale; the stale files are listed
              2  the spec has errors; each is printed as file:line:column
              3  the output could not be written, or the templates are unusable (nothing changed)
              4  the output holds a package in gen's previous layout: the moves that
                 bring it to the current one are printed, nothing was changed
              64 the command line is wrong (or names a folder gen did not write)
            """,
        version: "gen \(Generator.version)",
        subcommands: [Generate.self, PrintOpenAPI.self],
        defaultSubcommand: Generate.self
    )
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate (or check) the server package for a spec. The default command."
    )

    @Argument(help: "The spec file, e.g. MyAPI/api.yaml; or a package gen wrote, to regenerate it from the spec its .hattori/manifest.json names.",
              completion: .file(extensions: ["yaml", "yml"]))
    var spec: String

    @Option(name: [.short, .customLong("output")], help: "The package directory to write (default: the spec's folder).",
            completion: .directory)
    var output: String?

    @Flag(help: "Write nothing; exit 1 and list the files if the generated output is stale (4 for a package in gen's previous layout).")
    var check = false

    @Option(help: "Use a customised copy of Templates/.", completion: .directory)
    var templates: String?

    @Option(help: "Depend on the Hattori runtime at this git URL instead of this checkout's path.")
    var runtimeURL: String?

    @Option(help: "The minimum runtime version with --runtime-url.")
    var runtimeVersion = Generator.version

    func validate() throws {
        if runtimeURL == nil && runtimeVersion != Generator.version {
            throw ValidationError("--runtime-version goes with --runtime-url")
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        let given = url(spec)
        var isDirectory: ObjCBool = false
        // A folder: a package gen wrote, regenerated from the spec its manifest names.
        let package = FileManager.default.fileExists(atPath: given.path, isDirectory: &isDirectory) && isDirectory.boolValue ? given : nil
        let specURL: URL
        do {
            specURL = try package.map { try Generator.spec(ofPackage: $0) } ?? given
        } catch {
            printError("\(error)")  // a GenerationError, whose description is the message
            throw ExitCode(64)
        }
        let options = Generator.Options(
            spec: specURL,
            output: output.map(url) ?? package,
            templates: templates.map(url),
            runtime: runtimeURL.map { .url($0, from: runtimeVersion) },
            checkOnly: check
        )
        let result: Generator.Result
        do {
            result = try Generator(options: options).run()
        } catch let error as DiagnosticsError {
            printError(error.description)
            throw ExitCode(2)
        } catch let error as GenerationError {
            printError(error.description)
            throw ExitCode(3)
        } catch let migration as LayoutMigration {
            printError(migration.description)
            throw ExitCode(4)
        }
        if check {
            try reportCheck(result)
        } else {
            report(result, output: options.output)
        }
    }

    func reportCheck(_ result: Generator.Result) throws {
        let stale = result.report.stale
        if stale.isEmpty {
            print("gen: the generated output is current.")
            return
        }
        print("gen: the generated output is stale; run gen again. Stale files:")
        for file in stale { print("  \(file)") }
        throw ExitCode(1)
    }

    func report(_ result: Generator.Result, output: URL) {
        let report = result.report
        let generated = report.created.filter { !report.createdUserFiles.contains($0) }
        print("gen: wrote \(output.path)")
        print("  generated: \(generated.count) new, \(report.updated.count) updated, \(report.unchanged.count) unchanged, \(report.removed.count) removed")
        for file in report.removed { print("  removed stale \(file)") }
        if !report.createdUserFiles.isEmpty {
            print("Created for you to fill in (gen will never overwrite these):")
            for file in report.createdUserFiles { print("  \(file)") }
        }
        if !result.newRequirements.isEmpty {
            print("Your files need these additions (gen does not edit them; the compiler will ask for them too):")
            for (file, signatures) in result.newRequirements {
                print("  in \(file):")
                for signature in signatures { print("    \(signature)") }
            }
        }
    }

    func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// `gen openapi SPEC`: the OpenAPI document on standard output, for other tools.
struct PrintOpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the spec's OpenAPI 3.1 document without generating a package."
    )

    @Argument(help: "The spec file.", completion: .file(extensions: ["yaml", "yml"]))
    var spec: String

    @Option(help: "json or yaml.")
    var format: String = "json"

    func validate() throws {
        guard OpenAPIEncoding.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be json or yaml, not '\(format)'")
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = Generator.Options(spec: URL(fileURLWithPath: spec, relativeTo: cwd).standardizedFileURL)
        do {
            print(try Generator(options: options).openAPIDocument(format: OpenAPIEncoding.Format(rawValue: format) ?? .json),
                  terminator: "")
        } catch let error as DiagnosticsError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(3)
        }
    }
}
