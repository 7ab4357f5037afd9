import Foundation
import Synchronization
import Testing
@testable import Normalize

/// The two lanes a document is read on: both results come back, a failing first lane still waits
/// for the second, and the second lane's work is counted where the caller counts.
struct TwoLanesTests {
    private struct Refused: Error {}

    @Test func bothResultsComeBack() {
        let (first, second) = TwoLanes.run({ "paragraphs" }, beside: { 26 })
        #expect(first == "paragraphs")
        #expect(second == 26)
    }

    @Test func secondLaneRunsOnAnotherThread() {
        let (callerThread, laneThread) = TwoLanes.run(
            { Thread.current.description }, beside: { Thread.current.description })
        #expect(callerThread != laneThread)
    }

    @Test func aFailingFirstLaneWaitsForTheSecond() {
        let finished = Mutex(false)
        #expect(throws: Refused.self) {
            _ = try TwoLanes.run({ () throws(Refused) -> Int in throw Refused() }, beside: {
                Thread.sleep(forTimeInterval: 0.05)
                finished.withLock { $0 = true }
            })
        }
        #expect(finished.withLock { $0 })
    }

    @Test func workOfTheSecondLaneIsCountedByTheCaller() {
        let counter = WorkMeter.Counter()
        WorkMeter.$current.withValue(counter) {
            _ = TwoLanes.run({ WorkMeter.count(3) }, beside: { WorkMeter.count(4) })
        }
        #expect(counter.value == 7)
    }

    @Test(arguments: [0, 1, 2, 7, 100])
    func mapKeepsTheOrder(count: Int) {
        let items = Array(0..<count)
        #expect(TwoLanes.map(items) { $0 * 3 } == items.map { $0 * 3 })
    }
}
