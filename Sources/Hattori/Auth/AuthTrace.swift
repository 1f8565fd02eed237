import Synchronization

/// Which scheme admitted a request, for tests: the auth matrix of `HattoriTesting` binds a recorder
/// around each request it sends and so tells which scheme of a list let it in. Debug builds only:
/// in a release build `admitted(by:)` is empty and inlined away, so a production server runs no
/// test hook, and the auth matrix asks for a debug build.
@_spi(Generated) public enum AuthTrace {
    /// Whether this build records admissions (a debug build).
    public static var isRecording: Bool {
        #if DEBUG
        return true
        #else
        return false
        #endif
    }

    /// The schemes that admitted requests sent while it was bound, in order.
    public final class Recorder: Sendable {
        private let schemes = Mutex<[String]>([])

        public init() {}

        public var admitted: [String] { schemes.withLock { $0 } }

        @usableFromInline func record(_ scheme: String) { schemes.withLock { $0.append(scheme) } }
    }

    @TaskLocal public static var recorder: Recorder?

    /// Called by the generated scheme lists when `scheme` (its name in the spec) accepts a request.
    @inlinable
    public static func admitted(by scheme: String) {
        #if DEBUG
        recorder?.record(scheme)
        #endif
    }
}
