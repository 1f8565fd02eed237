import Dispatch
import Synchronization

/// Independent work of one stage spread over the machine's cores: the files a spec renders into
/// do not depend on each other, nor does the OpenAPI document on them, nor the templates' parsing
/// on the spec. Results come back in the order of the jobs, so output stays deterministic.
enum Parallel {
    /// `job(0)`, …, `job(count - 1)`, run on every core; the error of the first failing job (by
    /// index, not by time) when any fails.
    static func map<Output: Sendable, Failure: Error>(
        _ count: Int, _ job: @Sendable (Int) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        try results(count, job).map { result throws(Failure) -> Output in try result.get() }
    }

    /// What each job gave or threw, in the order of the jobs: for a caller that does more work
    /// between them and must report failures in that order.
    ///
    /// - Parameter order: the order in which the jobs start (a permutation of `0..<count`): the
    ///   longest first, so that no core is left with a long one at the end. Nil: by index.
    static func results<Output: Sendable, Failure: Error>(
        _ count: Int, order: [Int]? = nil, _ job: @Sendable (Int) throws(Failure) -> Output
    ) -> [Result<Output, Failure>] {
        precondition(order.map { $0.sorted() == Array(0..<count) } ?? true, "order is a permutation of the jobs")
        let slots = Mutex<[Result<Output, Failure>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { start in
            let index = order?[start] ?? start
            let result = Result { () throws(Failure) -> Output in try job(index) }
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { slots in slots.map { $0! } }
    }

    /// `first` and `second` at once.
    static func both<First: Sendable, Second: Sendable, Failure: Error>(
        _ first: @Sendable () throws(Failure) -> First, _ second: @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let results = try map(2) { index throws(Failure) -> Either<First, Second> in
            index == 0 ? .first(try first()) : .second(try second())
        }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { preconditionFailure("map keeps the order of its jobs") }
        return (a, b)
    }
}

private enum Either<First: Sendable, Second: Sendable>: Sendable {
    case first(First)
    case second(Second)
}
