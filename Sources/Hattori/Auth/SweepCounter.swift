import Synchronization

/// Says yes once per `interval` calls: how often a session store sweeps out the expired sessions
/// nobody asks for again (once per so many new sessions), for every store.
public final class SweepCounter: Sendable {
    private let count = Mutex(0)
    private let interval: Int

    public init(interval: Int) {
        self.interval = interval
    }

    public func next() -> Bool {
        count.withLock { count in
            count += 1
            guard count >= interval else { return false }
            count = 0
            return true
        }
    }
}
