import Synchronization

/// Which scheme admitted a request, for tests: the auth matrix of `HattoriTesting` binds a recorder
/// around each request it sends and so tells which scheme of a list let it in. A server records
/// nothing: without a bound recorder, `admitted(by:)` reads one task-local and returns.
public enum AuthTrace {
    /// The schemes that admitted requests sent while it was bound, in order.
    public final class Recorder: Sendable {
        private let schemes = Mutex<[String]>([])

        public init() {}

        public var admitted: [String] { schemes.withLock { $0 } }

        func record(_ scheme: String) { schemes.withLock { $0.append(scheme) } }
    }

    @TaskLocal public static var recorder: Recorder?

    /// Called by the generated scheme lists when `scheme` (its name in the spec) accepts a request.
    public static func admitted(by scheme: String) {
        recorder?.record(scheme)
    }
}
