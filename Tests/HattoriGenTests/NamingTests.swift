import Foundation
import Testing
@testable import HattoriGen

@Suite("Naming: spec names become Swift identifiers, spec text becomes safe Swift")
struct NamingTests {
    @Test(arguments: [
        ("pet_id", "petId"), ("X-API-Key", "xAPIKey"), ("petId", "petId"), ("1st place", "_1stPlace"),
        ("default", "default"), ("URL", "url"), ("Type", "type"),
    ])
    func memberNames(spec: String, swift: String) {
        #expect(SwiftName.lowerCamel(spec) == swift)
    }

    @Test(arguments: [("pet-status", "PetStatus"), ("class", "Class"), ("Type", "Type_"), ("Self", "Self_"), ("String", "String_"),
                      ("Operations", "Operations_"), ("my schema", "MySchema")])
    func typeNames(spec: String, swift: String) {
        #expect(NameRules.typeName(spec) == swift)
    }

    @Test func keywordsAreEscapedOrSuffixed() {
        #expect(SwiftName.escaped("default") == "`default`")
        #expect(SwiftName.escaped("self") == "self_")
        #expect(SwiftName.escaped("init") == "init_")
        #expect(SwiftName.escaped("name") == "name")
        #expect(SwiftName.argumentLabel("default") == "default")
        #expect(SwiftName.argumentLabel("inout") == "`inout`")
    }

    @Test func symbolOnlyNamesHaveNoIdentifier() {
        #expect(SwiftName.lowerCamel("$$$") == nil)
        #expect(SwiftName.upperCamel("") == nil)
    }

    /// The naming pass decides every composed name once: Validate reports from it, Resolve reads it.
    @Test func thePlanHoldsTheComposedNames() throws {
        let validated = try GeneratorPipeline(file: "api.yaml").validate(text: spec("""
            schemas:
              pet-status: {enum: [available, "a b", ">="]}
            schemes:
              Key: {kind: APIKeyQuery, implementation: check}
              Other: {kind: APIKeyHeader, implementation: check}
            routers:
              staff:
                routers:
                  admin:
                    operations:
                      purge: {method: DELETE, path: /x, auth: [Key, Other], params: {limit: "int?"}, responses: {204: null}}
            """))
        let names = validated.names
        #expect(names.schemas["pet-status"]?.typeName == "PetStatus")
        #expect(names.schemas["pet-status"]?.enumCases == ["available", "aB", "value3"])
        #expect(names.schemas["pet-status"]?.file == "Sources/ShopAPI/Models/PetStatus.model.swift")
        #expect(names.groups[["staff", "admin"]]?.protocolName == "StaffAdminAPI")
        #expect(names.groups[["staff", "admin"]]?.handlersFile == "Sources/Shop/Handlers/StaffAdminHandlers.swift")
        #expect(names.groups[["staff"]] == nil, "a router without operations has no protocol")
        #expect(names.operations["purge"]?.fields[.query]?["limit"]?.local == "queryLimit")
        #expect(names.schemeLists[["Key", "Other"]] == "KeyOrOther")
        #expect(names.schemes["Other"]?.stub == "check")
        #expect(names.stubFiles["check"] == "Sources/Shop/Auth/Check.swift")
    }

    /// macOS's file system does not tell `Pet.model.swift` from `PET.model.swift`.
    @Test func filesThatDifferOnlyInCaseAreRefused() {
        let found = diagnostics(spec("""
            schemas:
              Pet: {fields: {}}
              PET: {fields: {}}
            """))
        #expect(found.map(\.message) == [
            "schema 'PET' would be written to 'Sources/ShopAPI/Models/PET.model.swift', which differs only in case from the file of schema 'Pet'",
        ])
        #expect(found.first?.location.line == 5)
        // A scheme named `authenticators` would put its stub where the `Authenticators` struct lives.
        #expect(diagnostics(spec("schemes:\n  authenticators: {kind: bearer}")).map(\.message) == [
            "the stub of scheme 'authenticators' would be written to 'Sources/Shop/Auth/Authenticators.swift', which is already the file of the `Authenticators` struct",
        ])
    }

    /// Swift cannot compile two files of one name in one module, whatever their folders: a stub
    /// named `app` beside the user's `App.swift`, a router named `exceptions` beside gen's own.
    @Test func twoFilesOfOneNameInOneTargetAreRefused() {
        #expect(diagnostics(spec("schemes:\n  app: {kind: bearer}")).map(\.message) == [
            "the stub of scheme 'app' would be written to 'Sources/Shop/Auth/App.swift', which has the file name of the server's `@main` ('Sources/Shop/App.swift')",
        ])
        let found = diagnostics(spec("""
            exceptions:
              Gone: {status: 410}
            routers:
              exceptions:
                prefix: /x
                operations:
                  x: {method: GET, path: /, responses: {200: string}}
            """))
        #expect(found.map(\.message) == [
            "router 'exceptions' would be written to 'Sources/ShopAPI/Operations/Exceptions.swift', which has the file name of the exceptions ('Sources/ShopAPI/Exceptions.swift')",
        ])
    }

    @Test func stringLiteralsCannotBeBrokenOutOf() {
        #expect(SwiftLiteral.string(#"a "quote" \(x) \ end"#) == #""a \"quote\" \\(x) \\ end""#)
        #expect(SwiftLiteral.string("line\nbreak\r\t\u{0}") == #""line\nbreak\r\t\0""#)
        #expect(SwiftLiteral.string("\u{2028}") == #""\u{2028}""#)
        #expect(SwiftLiteral.string(#"""""#) == #""\"\"\"""#)
    }

    /// The OpenAPI document is embedded as a raw literal: `#`s outnumber any run in the text,
    /// non-empty lines are indented, empty ones stay empty, and only the final newline is trimmed.
    @Test func rawLiteralsHoldTheTextVerbatim() {
        let text = ####"{"#### + "\n" + ####"  "a" : "##\""""#### + "\n\n}\n"
        let expected = [
            ####"###""""####,
            ####"  {"####,
            ####"    "a" : "##\""""####,
            "",
            ####"  }"####,
            ####"  """###"####,
        ].joined(separator: "\n")
        #expect(SwiftLiteral.rawMultiline(text, indent: "  ", trimmingFinalNewline: true) == expected)
        #expect(SwiftLiteral.rawMultiline("x\n", indent: "") == "#\"\"\"\nx\n\n\"\"\"#")
        #expect(SwiftLiteral.rawMultiline("", indent: " ", trimmingFinalNewline: true) == "#\"\"\"\n\n \"\"\"#")
    }

    /// Each line gets its own `///` in the templates, so no text can close the comment or leave it.
    @Test func docCommentsKeepEveryLineInsideTheComment() {
        #expect(SwiftLiteral.docLines(["first */ line\nsecond\n\nfourth\r\n/* fifth"]) == ["first */ line", "second", "", "fourth", "/* fifth"])
        #expect(SwiftLiteral.docLines([nil, "  "]) == [])
    }

    @Test func docCommentsBreakLinesWhereAnEditorWould() {
        let lines = SwiftLiteral.docLines(["Summary  ", nil, "a\rb\r\r\nc\u{2028}d\u{2029}e\u{7}f\tg   \n  h"])
        #expect(lines == ["Summary", "", "a", "b", "", "c", "d", "ef\tg", "  h"])
    }

    /// Requirements an earlier gen recorded qualified match the same ones spelled plainly now.
    @Test func recordedSignaturesLoseTheQualifiersGenOnceWrote() {
        #expect(SwiftType.unqualified("func who(key: Swift.String, request: Hattori.AuthRequest) async throws -> ShopAPI.Identity?",
                                      modules: ["ShopAPI"]) == "func who(key: String, request: AuthRequest) async throws -> Identity?")
        #expect(SwiftType.unqualified("func at() -> [Foundation.Date]", modules: []) == "func at() -> [Date]")
        #expect(SwiftType.unqualified("func f() -> MySwift.Thing", modules: []) == "func f() -> MySwift.Thing", "only whole module names")
    }

    /// The user's target declares `<Name>Server` (its `@main`): a type of that name would be shadowed there.
    @Test func typesCannotTakeTheServerCommandsName() {
        #expect(diagnostics(spec("exceptions:\n  ShopServer: {status: 418}")).map(\.message) == [
            "exception 'ShopServer' would become the Swift type 'ShopServer', the name of the server command",
        ])
    }

    /// Generated code writes `ShopAPI.Pet` where a nested type hides a schema: no type may take the
    /// module's name, in whatever namespace; a router named like the package gets another protocol name.
    @Test func typesCannotTakeTheGeneratedModulesName() throws {
        let found = diagnostics(spec("""
            schemas:
              ShopAPI: {fields: {a: int}}
            schemes:
              shopAPI: {kind: bearer}
            operations:
              ShopAPI: {method: GET, path: /, responses: {200: string}}
            """))
        #expect(found.map(\.message) == [
            "schema 'ShopAPI' would become the Swift type 'ShopAPI', the name of the generated module",
            "auth scheme 'shopAPI' would become the Swift type 'ShopAPI', the name of the generated module",
            "operation 'ShopAPI' would become the Swift type 'Operations.ShopAPI', the name of the generated module",
        ])
        #expect(found.map(\.hint) == ["Swift could not tell the two apart: rename it, e.g. 'ShopAPIInfo'",
                                      "Swift could not tell the two apart: rename it, e.g. 'shopAPIInfo'",
                                      "Swift could not tell the two apart: rename it, e.g. 'ShopAPIOp'"])
        let api = try resolve(spec("routers:\n  shop:\n    prefix: /s\n    operations:\n      a: {method: GET, path: /, responses: {200: string}}"))
        #expect(api.groups.map(\.protocolName) == ["ShopRouterAPI"])
    }

    /// A schema named like an operation (`login` and `Login`) is hidden inside that operation's
    /// namespace and every other (`Operations.Login`): references to it are module-qualified.
    @Test func schemasHiddenByNestedTypesAreModuleQualified() throws {
        let api = try resolve(spec("""
            schemas:
              DashboardData: {fields: {a: int}}
              Login: {fields: {a: int}}
              Query: {fields: {a: int}}
              Pet: {fields: {a: int}}
            operations:
              dashboard_data: {method: GET, path: /d, responses: {200: DashboardData, 201: Pet}}
              login: {method: POST, path: /l, body: Query, responses: {200: Login}}
            """))
        #expect(api.operations[0].responses.map(\.bodyType?.text) == ["ShopAPI.DashboardData", "Pet"])
        #expect(api.operations[1].bodyType?.text == "ShopAPI.Query")
        #expect(api.operations[1].responses.map(\.bodyType?.plainText) == ["Login"], "the user's files spell it plainly")
    }

    /// SwiftPM builds a module holding a `main.swift` as a program, whatever the case.
    @Test func noFileMayBeNamedMain() {
        let found = diagnostics(spec("""
            schemes:
              main: {kind: bearer}
            routers:
              Main:
                operations:
                  a: {method: GET, path: /, auth: main, responses: {200: string}}
            """))
        #expect(found.map(\.message) == [
            "the stub of scheme 'main' would be written to 'Sources/Shop/Auth/Main.swift': SwiftPM builds a module with a file named main.swift as a program",
            "router 'Main' would be written to 'Sources/ShopAPI/Operations/Main.swift': SwiftPM builds a module with a file named main.swift as a program",
        ])
    }

    /// A schema may not take the name of a public type of the runtime libraries the user's files
    /// import: it would be ambiguous there. The list is checked against their sources.
    @Test func everyPublicRuntimeTypeIsReserved() throws {
        var declared: Set<String> = []
        for folder in ["Sources/Hattori", "Sources/HattoriTesting", "Sources/HattoriCommandLine"] {
            let root = repositoryRoot.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                // `@_spi(Generated)` ones too: generated files import them.
                let pattern = #/(?m)^(?:@_spi\(Generated\) )?public (?:final |indirect )?(?:struct|enum|class|protocol|actor|typealias) ([A-Za-z_][A-Za-z0-9_]*)/#
                for match in text.matches(of: pattern) { declared.insert(String(match.1)) }
                // Types of other modules that the runtime re-exports are names in the user's files too.
                let exported = #/(?m)^@_exported (?:public )?import (?:struct|enum|class|protocol) [A-Za-z_]+\.([A-Za-z_][A-Za-z0-9_]*)/#
                for match in text.matches(of: exported) { declared.insert(String(match.1)) }
            }
        }
        #expect(declared.count > 30)
        #expect(declared.subtracting(NameRules.runtimeTypeNames).sorted() == [])
        #expect(NameRules.typeName("Constraints") == "Constraints_")
    }

    /// An API mounted in an application of the user's own builds the core runtime alone: the
    /// standalone server's command line (ArgumentParser) lives in `HattoriCommandLine`.
    @Test func theCoreRuntimeImportsNoCommandLineParser() throws {
        let root = repositoryRoot.appendingPathComponent("Sources/Hattori")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        let importing = try files.filter { $0.pathExtension == "swift" }.filter {
            try String(contentsOf: $0, encoding: .utf8).contains(#/(?m)^(?:public |@_exported )?import ArgumentParser/#)
        }
        #expect(files.count > 30)
        #expect(importing.map(\.lastPathComponent) == [])
    }

    /// The package name is also the user's module, which `import` must be able to name.
    @Test func packageNamesThatAreKeywordsOrModulesOfTheBuildAreRefused() {
        #expect(diagnostics("hattori: 1\nname: class\n").map(\.message) == ["'class' is a Swift keyword: it cannot name the package's module"])
        #expect(diagnostics("hattori: 1\nname: NIOPosix\n").map(\.message) == ["the package name 'NIOPosix' clashes with a dependency of the generated package"])
    }

    @Test func recordedSignaturesKeepATypesOwnNameThatLooksLikeAModule() {
        #expect(SwiftType.unqualified("func shopAPI(_ input: Operations.ShopAPI.Input) -> ShopAPI.Pet", modules: ["ShopAPI"])
                == "func shopAPI(_ input: Operations.ShopAPI.Input) -> Pet")
    }
}
