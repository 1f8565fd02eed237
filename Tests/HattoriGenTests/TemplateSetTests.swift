import Foundation
import Testing
@testable import HattoriGen

@Suite("Templates: gen's own are embedded in it, a customised copy is read from its folder")
struct TemplateSetTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    /// What an installed gen renders with is what this checkout's Templates/ holds, byte for byte.
    @Test func theEmbeddedTemplatesAreTemplatesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(EmbeddedTemplates.base64.keys) == Set(files.map { String($0.dropLast(".mustache".count)) }))
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let embedded = try #require(EmbeddedTemplates.base64[name].flatMap { Data(base64Encoded: $0) })
            #expect(embedded == (try Data(contentsOf: Self.templatesFolder.appendingPathComponent(file))), "\(file)")
        }
        #expect(Set(TemplateSet.required).isSubset(of: EmbeddedTemplates.base64.keys))
    }

    @Test func aFolderMissingATemplateIsNamedInTheError() throws {
        let folder = try makeTemporaryDirectory()
        #expect {
            _ = try TemplateSet(directory: folder)
        } throws: { error in
            "\(error)".contains("is missing from \(folder.path)")
        }
    }

    /// Files render in parallel, but a run reports what one file at a time would: the first broken
    /// template in gen's order (the document's Swift file comes before the test files).
    @Test func theFirstBrokenTemplateInOrderIsReported() throws {
        let folder = try makeTemporaryDirectory()
        for name in TemplateSet.required {
            var text = try String(contentsOf: Self.templatesFolder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
            if ["openapi-document", "smoke-test", "auth-matrix"].contains(name) { text += "{{noSuchKeyIn_\(name)}}" }
            try text.write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        let templates = try TemplateSet(directory: folder)
        let spec = repositoryRoot.appendingPathComponent("Samples/Petstore/api.yaml")
        let api = try Generator(options: .init(spec: spec)).loadAndResolve()
        for _ in 0..<5 {
            #expect {
                _ = try Renderer(templates: templates, runtime: .path("../.."), specFileName: "api.yaml")
                    .render(api) { () throws(GenerationError) in try OpenAPIStage.document(api) }
            } throws: { error in
                "\(error)".contains("'openapi-document.mustache' asks for 'noSuchKeyIn_openapi-document'")
            }
        }
    }
}
