import Foundation
import Synchronization

/// Runs two independent readings of one document at once, so that a single document uses both
/// cores: `second` on a thread of its own, `first` on the calling thread.
///
/// A thread of its own rather than a shared queue: the caller may itself run on a pool thread
/// that blocks here, and the second lane must not wait for that pool. Both lanes have finished
/// when this returns, so no work outlives its document; the task's `WorkMeter` counts both.
/// Export uses it too (the batch's workbook is written beside its other tables).
public enum TwoLanes {
    public static func run<First, Second: Sendable, Failure: Error>(
        _ first: () throws(Failure) -> First,
        beside second: @escaping @Sendable () -> Second
    ) throws(Failure) -> (First, Second) {
        let slot = Slot<Second>()
        let meter = WorkMeter.current
        let thread = Thread {
            slot.fill(WorkMeter.$current.withValue(meter) { second() })
        }
        thread.start()
        let firstResult = Result { () throws(Failure) -> First in try first() }
        let secondResult = slot.wait()
        return (try firstResult.get(), secondResult)
    }

    /// `transform` of each of `items`, in order: the first half on the calling thread, the second
    /// beside it (for per-page work, whose pages are independent).
    public static func map<Item: Sendable, Mapped: Sendable>(_ items: [Item],
                                                     _ transform: @escaping @Sendable (Item) -> Mapped) -> [Mapped] {
        guard items.count > 1 else { return items.map(transform) }
        let half = items.count / 2
        let (head, tail) = run({ items[..<half].map(transform) }, beside: { items[half...].map(transform) })
        return head + tail
    }

    /// The second lane's result, handed over once.
    private final class Slot<Value: Sendable>: Sendable {
        private let value = Mutex<Value?>(nil)
        private let filled = DispatchSemaphore(value: 0)

        func fill(_ result: Value) {
            value.withLock { $0 = result }
            filled.signal()
        }

        func wait() -> Value {
            filled.wait()
            guard let result = value.withLock({ $0.take() }) else {
                preconditionFailure("the second lane signalled before it had a result")
            }
            return result
        }
    }
}
