import Synchronization
import Testing
@testable import HattoriGen

@Suite("Parallel: jobs on every core, answers in the jobs' order")
struct ParallelTests {
    struct Failed: Error, Equatable { var index: Int }

    @Test func resultsKeepTheOrderOfTheJobs() {
        let squares = Parallel.map(500) { index in index * index }
        #expect(squares == (0..<500).map { $0 * $0 })
    }

    /// Jobs may start in another order (the longest first); their answers stay in theirs.
    @Test func anOrderOfStartingChangesNoAnswer() {
        let started = Mutex<[Int]>([])
        let order = Array((0..<100).reversed())
        let answers = Parallel.results(100, order: order) { index -> Int in
            started.withLock { $0.append(index) }
            return index * 2
        }
        #expect(answers.map { $0.get() } == (0..<100).map { $0 * 2 })
        #expect(started.withLock { $0.sorted() } == Array(0..<100))
    }

    /// Which error gen reports must not depend on which thread finished first: a spec error
    /// (job 0) wins over a template error (job 1), as when the stages ran one after another.
    @Test func theFirstFailingJobByIndexIsReported() {
        for _ in 0..<20 {
            #expect(throws: Failed(index: 3)) {
                try Parallel.map(64) { index throws(Failed) -> Int in
                    if index % 4 == 3 { throw Failed(index: index) }
                    return index
                }
            }
        }
    }

    @Test func bothGivesEachResult() throws {
        let (text, number) = try Parallel.both({ () throws(Failed) in "spec" }, { () throws(Failed) in 42 })
        #expect(text == "spec" && number == 42)
        #expect(throws: Failed(index: 0)) {
            try Parallel.both({ () throws(Failed) -> Int in throw Failed(index: 0) }, { () throws(Failed) -> Int in throw Failed(index: 1) })
        }
    }
}
