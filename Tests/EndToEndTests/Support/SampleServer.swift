import Foundation
import Testing

/// Builds a sample package (once per test run) and runs its server for the duration of `body`.
func withSampleServer(_ sample: String, arguments: [String] = [], _ body: (Int) async throws -> Void) async throws {
    let build = try await SampleBuilder.shared.build(repositoryRoot.appendingPathComponent("Samples/\(sample)"),
                                                     product: sample)
    try #require(build.status == 0, "swift build failed:\n\(build.output)\n\(build.error)")
    let server = try await RunningServer(executable: SampleBuilder.shared.binary(sample), arguments: arguments)
    defer { server.stop() }
    try await body(server.port)
}

/// Basic credentials as a header.
func basicHeader(_ user: String, _ password: String) -> (String, String) {
    ("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
}

func bearerHeader(_ token: String) -> (String, String) { ("Authorization", "Bearer \(token)") }

/// Asserts status and exact body of a response.
func expect(_ result: HTTPResult, _ status: Int, _ body: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == status, "body: \(result.body)", sourceLocation: sourceLocation)
    #expect(result.body == body, sourceLocation: sourceLocation)
}
