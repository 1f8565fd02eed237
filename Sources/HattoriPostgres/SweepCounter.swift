import Synchronization

/// Says yes once per `interval` calls: how often a store sweeps out expired sessions.
final class SweepCounter: Sendable {
    private let count = Mutex(0)
    private let interval: Int

    init(interval: Int) {
        self.interval = interval
    }

    func next() -> Bool {
        count.withLock { count in
            count += 1
            guard count >= interval else { return false }
            count = 0
            return true
        }
    }
}
