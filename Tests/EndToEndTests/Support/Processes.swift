import Foundation
import Synchronization

/// The repository this test build comes from.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One build folder shared by every sample package, so Hummingbird is compiled once for all of them.
let samplesScratch = repositoryRoot.appendingPathComponent(".build-samples")

struct ProcessResult {
    var status: Int32
    var output: String
    var error: String
}

/// Runs a command to completion, capturing its output. With `environment`, the command sees only
/// it; with `timeout`, a command still running then is stopped (a server that should have refused
/// to start, say) rather than keeping the test waiting.
func run(_ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
         timeout: TimeInterval? = nil) async throws -> ProcessResult {
    try await onOwnThread {
        try runWaiting(executable, arguments, in: directory, environment: environment, timeout: timeout)
    }
}

/// Blocking work (waiting for a child process) on a thread of its own. The tests share Swift's
/// cooperative threads, one per core: a test that waited on one for a `swift build` stalled every
/// other test of the run, and a PostgreSQL store's deadline passed while its query sat unscheduled.
func onOwnThread<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Swift.Result { try work() }) }.start()
    }
}

/// `run`, blocking the calling thread.
private func runWaiting(_ executable: String, _ arguments: [String], in directory: URL?, environment: [String: String]?,
                        timeout: TimeInterval?) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    if let timeout {
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if process.isRunning { process.terminate() } }
    }
    // Read both pipes before waiting, at once: a full pipe would block the child (a compiler's
    // errors past 64 KB on stderr while this read stdout).
    let errorText = Mutex(Data())
    let errorRead = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        let data = error.fileHandleForReading.readDataToEndOfFile()
        errorText.withLock { $0 = data }
        errorRead.signal()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    errorRead.wait()
    let errorData = errorText.withLock { $0 }
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                         error: String(decoding: errorData, as: UTF8.self))
}

/// The `gen` executable built next to this test bundle.
var genExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gen").path
}

var swiftExecutable: String {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let candidate = "\(directory)/swift"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return "/usr/bin/swift"
}

/// Builds sample packages one at a time (SwiftPM locks the shared build folder) and remembers the result.
final class SampleBuilder: Sendable {
    static let shared = SampleBuilder()

    private struct State {
        var results: [String: ProcessResult] = [:]
        var lastPackage: String?
    }

    /// Held for a whole build, on the build's own thread: builds queue up instead of interleaving.
    private let state = Mutex(State())

    /// `swift build` of the package at `directory`, as a user would run it; `again` builds even
    /// when this run already built it (after the test changed its files).
    /// The traits each sample is built with wherever the tests build it, so that one binary serves
    /// every test: AuthGuide's servers keep sessions in PostgreSQL for `SharedSessionsTests`.
    static let traits = ["AuthGuide": ["PostgreSQL"]]

    /// `tests`: its test targets too (`--build-tests`).
    func build(_ directory: URL, product: String? = nil, tests: Bool = false, again: Bool = false) async throws -> ProcessResult {
        try await exclusively { state in
            let key = directory.path + (product ?? "") + (tests ? " tests" : "")
            if !again, let done = state.results[key] { return done }
            Self.switchPackage(to: directory, in: &state)
            var arguments = ["build", "--package-path", directory.path, "--scratch-path", samplesScratch.path]
            if let product { arguments += ["--product", product] }
            if tests { arguments.append("--build-tests") }
            if let traits = Self.traits[directory.lastPathComponent] { arguments += ["--traits", traits.joined(separator: ",")] }
            let result = try runWaiting(swiftExecutable, arguments, in: nil, environment: nil, timeout: nil)
            state.results[key] = result
            return result
        }
    }

    /// `swift test` of the package at `directory` (its tests built afresh), as a user would run it.
    func test(_ directory: URL) async throws -> ProcessResult {
        try await exclusively { state in
            Self.switchPackage(to: directory, in: &state)
            state.results = state.results.filter { !$0.key.hasPrefix(directory.path) }
            return try runWaiting(swiftExecutable, ["test", "--package-path", directory.path, "--scratch-path", samplesScratch.path],
                                  in: nil, environment: nil, timeout: nil)
        }
    }

    /// `body` with the builder held, on a thread of its own: SwiftPM runs one at a time, and no
    /// thread of the cooperative pool waits for it.
    private func exclusively(_ body: @escaping @Sendable (inout State) throws -> ProcessResult) async throws -> ProcessResult {
        try await onOwnThread { try self.state.withLock { state throws -> ProcessResult in try body(&state) } }
    }

    /// SwiftPM keeps one build plan per build folder and may reuse it for another package; removing
    /// it makes SwiftPM plan afresh, while the compiled dependencies stay.
    private static func switchPackage(to directory: URL, in state: inout State) {
        defer { state.lastPackage = directory.path }
        guard state.lastPackage != directory.path else { return }
        try? FileManager.default.removeItem(at: samplesScratch.appendingPathComponent("debug.yaml"))
        let platforms = (try? FileManager.default.contentsOfDirectory(atPath: samplesScratch.path)) ?? []
        for platform in platforms {
            try? FileManager.default.removeItem(at: samplesScratch.appendingPathComponent("\(platform)/debug/description.json"))
        }
    }

    func binary(_ product: String) -> URL {
        samplesScratch.appendingPathComponent("debug").appendingPathComponent(product)
    }
}

/// A generated server running as its own process on a free port.
final class RunningServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let log = OutputLog()

    /// What the server has printed so far (its output is read all along, so a chatty server never
    /// blocks on a full pipe).
    var output: String { log.text }

    init(executable: URL, arguments: [String] = [], environment: [String: String] = [:]) async throws {
        process.executableURL = executable
        process.arguments = ["--port", "0"] + arguments
        // The server's own settings only: never a HATTORI_SESSIONS of the shell that runs the tests.
        var inherited = ProcessInfo.processInfo.environment
        inherited["HATTORI_SESSIONS"] = nil
        process.environment = inherited.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [log] handle in
            let chunk = handle.availableData
            if chunk.isEmpty { handle.readabilityHandler = nil } else { log.append(chunk) }
        }
        try process.run()
        do {
            port = try await Self.port(of: process, log: log)
        } catch {
            if process.isRunning { process.terminate() }  // a cancelled test leaves no server behind
            throw error
        }
    }

    /// The port the server says it listens on, within 30 s.
    private static func port(of process: Process, log: OutputLog) async throws -> Int {
        // Hummingbird logs "Server started and listening on 127.0.0.1:PORT".
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil, Date() < deadline {
            let running = process.isRunning
            let seen = log.text
            if let range = seen.range(of: #"listening on [^\s]+:(\d+)"#, options: .regularExpression) {
                found = Int(seen[range].split(separator: ":").last ?? "")
            } else if !running {
                break
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            try await Task.sleep(for: .milliseconds(200))  // the rest of its output
            throw ServerStartFailure(output: log.text)
        }
        return found
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// `kill -9`: the process ends at once, without a graceful shutdown.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    struct ServerStartFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "the server did not start:\n\(output)" }
    }
}

/// A process's output as it arrives.
private final class OutputLog: Sendable {
    private let storage = Mutex("")
    var text: String { storage.withLock { $0 } }
    func append(_ data: Data) { storage.withLock { $0 += String(decoding: data, as: UTF8.self) } }
}

/// A fresh folder for a package a test generates; the caller removes it.
func makePackageDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hattori-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}
