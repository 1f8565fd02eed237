import NIOCore
import NIOPosix
import Synchronization

/// Runs work that must not wait longer than a deadline: a request must not hang while the database
/// is down (the pool keeps a lease waiting for a connection, and does not give it up when its task
/// is cancelled), it must get its 503. Past the deadline the caller gets `Exceeded` at once; the
/// work, cancelled, finishes in the background.
///
/// The timer is one of NIO's, on an event loop: cancelled when the work ends first, it is gone at
/// once. A `Task.sleep` in its place leaked: on Linux a cancelled sleep keeps its task and dispatch
/// timer until the deadline passes, so that every session lookup held about 300 bytes for the 5 s
/// of its timeout (tens of megabytes under load, BENCHMARKS.md).
enum Deadline {
    struct Exceeded: Error, CustomStringConvertible {
        var timeout: Duration
        var description: String { "the database did not answer within \(timeout)" }
    }

    static func run<Value: Sendable>(within timeout: Duration, on loops: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
                                     _ body: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let outcome = FirstOutcome<Value>()
        let (seconds, attoseconds) = timeout.components
        let delay = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.wait(with: continuation)
                let work = Task {
                    do { outcome.resume(with: .success(try await body())) } catch { outcome.resume(with: .failure(error)) }
                }
                let timer = loops.any().scheduleTask(in: delay) {
                    outcome.resume(with: .failure(Exceeded(timeout: timeout)))
                    work.cancel()
                }
                outcome.onResume { timer.cancel() }
            }
        } onCancel: {
            outcome.resume(with: .failure(CancellationError()))
        }
    }
}

/// A continuation resumed by whichever of several racers comes first; the others are ignored.
private final class FirstOutcome<Value: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Value, any Error>?
        var early: Result<Value, any Error>?
        var done = false
        var onResume: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    func wait(with continuation: CheckedContinuation<Value, any Error>) {
        let early = state.withLock { state -> Result<Value, any Error>? in
            if let early = state.early { return early }
            state.continuation = continuation
            return nil
        }
        if let early { continuation.resume(with: early) }
    }

    func onResume(_ action: @escaping @Sendable () -> Void) {
        let done = state.withLock { state -> Bool in
            if !state.done { state.onResume = action }
            return state.done
        }
        if done { action() }
    }

    func resume(with result: Result<Value, any Error>) {
        let (continuation, action) = state.withLock { state -> (CheckedContinuation<Value, any Error>?, (@Sendable () -> Void)?) in
            guard !state.done else { return (nil, nil) }
            state.done = true
            let action = state.onResume
            state.onResume = nil
            guard let continuation = state.continuation else {
                state.early = result  // cancelled before it waited
                return (nil, action)
            }
            state.continuation = nil
            return (continuation, action)
        }
        continuation?.resume(with: result)
        action?()
    }
}
