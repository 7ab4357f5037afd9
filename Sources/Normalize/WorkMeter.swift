import Synchronization

/// Counts the work (bytes or UTF-16 units scanned) of the parsers whose cost once grew faster than
/// their input, so a test can check that it is linear in the input without timing anything.
/// Nothing is counted unless a test binds `current` for the task that normalizes.
enum WorkMeter {
    /// A running total of work units.
    final class Counter: Sendable {
        private let total = Mutex(0)

        init() {}

        var value: Int { total.withLock { $0 } }

        func add(_ units: Int) { total.withLock { $0 += units } }
    }

    /// The counter of the running task, if a test set one.
    @TaskLocal static var current: Counter?

    /// Adds `units` to the task's counter, if any.
    static func count(_ units: Int) {
        current?.add(units)
    }
}
