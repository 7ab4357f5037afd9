import Synchronization

/// Counts units of work a parser does (lines it reads, effects and sentences it compares a
/// line with), so a test can check that the work grows linearly with the input without timing
/// anything. Parsers take one only when a test hands it over; a run of the pipeline has none.
final class WorkMeter: Sendable {
    private let units = Atomic<Int>(0)

    /// Adds `count` units.
    func add(_ count: Int) {
        units.add(count, ordering: .relaxed)
    }

    /// The units counted so far.
    var total: Int { units.load(ordering: .relaxed) }
}
