extension Sequence where Element == Int {
    /// The sum, or nil when it overflows: sums of amounts read from documents never trap.
    public var checkedSum: Int? {
        var total = 0
        for value in self {
            let (next, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = next
        }
        return total
    }
}
