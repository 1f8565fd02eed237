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
}
