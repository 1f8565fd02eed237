import Foundation

/// A PostgreSQL server of a test's own (`Tests/Support/postgres`), which the test may shut down and
/// start again without disturbing the database other tests use.
final class PostgresServer: Sendable {
    /// Whether this machine can run one: the tests' database is set up (.ci/run does it).
    static let isAvailable = ProcessInfo.processInfo.environment["HATTORI_TEST_POSTGRES_URL"] != nil

    let url: String
    private let directory: String
    private static let script = repositoryRoot.appendingPathComponent("Tests/Support/postgres").path

    init() async throws {
        let started = try await run(Self.script, ["start"])
        guard started.status == 0 else { throw Failure(action: "start", result: started) }
        func value(_ name: String) -> String? {
            started.output.split(separator: "\n").first { $0.hasPrefix("export \(name)=") }
                .map { String($0.dropFirst("export \(name)=".count)) }
        }
        guard let url = value("HATTORI_TEST_POSTGRES_URL"), let directory = value("HATTORI_TEST_POSTGRES_DIR") else {
            throw Failure(action: "start", result: started)
        }
        self.url = url
        self.directory = directory
    }

    /// Shuts the server down, keeping its data.
    func pause() async throws { try await control("pause") }

    /// Starts it again on the same port.
    func resume() async throws { try await control("resume") }

    /// Shuts it down and removes its data.
    func stop() async { _ = try? await run(Self.script, ["stop", directory]) }

    private func control(_ action: String) async throws {
        let result = try await run(Self.script, [action, directory])
        guard result.status == 0 else { throw Failure(action: action, result: result) }
    }

    struct Failure: Error, CustomStringConvertible {
        var action: String
        var result: ProcessResult
        var description: String { "Tests/Support/postgres \(action) failed:\n\(result.output)\n\(result.error)" }
    }
}
