import Foundation
import Testing

/// Every spec gen accepts compiles, warning-free: names that meet every way one name can meet
/// another (`MeetingNames`) are generated and built with their tests, as a user would.
@Suite("End to end: names that meet compile warning-free", .serialized)
struct NameCollisionTests {
    @Test("Schemas, operations, schemes, fields, parameters and enum values named alike")
    func typesNamedAlike() async throws {
        try await expectCompiles(MeetingNames.typesSpec)
    }

    @Test("Routers and exceptions named alike, and like the package")
    func routersNamedAlike() async throws {
        try await expectCompiles(MeetingNames.routersSpec)
    }

    private func expectCompiles(_ spec: String) async throws {
        let directory = try makePackageDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let specFile = directory.appendingPathComponent("api.yaml")
        try spec.write(to: specFile, atomically: true, encoding: .utf8)
        let generated = try await run(genExecutable, [specFile.path])
        try #require(generated.status == 0, "gen refused the spec:\n\(generated.error)")
        let build = try await SampleBuilder.shared.build(directory, tests: true)
        let log = build.output + build.error
        let problems = Set(log.split(separator: "\n").filter {
            ($0.contains("error:") || $0.contains("warning:")) && ($0.contains(directory.path) || $0.contains("macro expansion"))
        }).sorted()
        #expect(build.status == 0, "the package does not compile:\n\(problems.prefix(40).joined(separator: "\n"))")
        #expect(problems.isEmpty, "\(problems.prefix(40).joined(separator: "\n"))")
    }
}
