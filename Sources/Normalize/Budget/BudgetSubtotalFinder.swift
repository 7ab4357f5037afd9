/// Finds rows that sum their neighbours without a "Summa" label, by arithmetic:
/// a row equal, in every printed column, to the sum of the two or more plain rows right
/// below it ("Funktioner 4 390" over six posts) or of all plain rows of its block above it
/// ("Intäkter 2025 16 422" under three posts).
struct BudgetSubtotalFinder {
    /// Row index → the rows it sums.
    typealias Groups = [Int: ClosedRange<Int>]

    func find(values: [[Int?]], kinds: [BudgetRow.Kind], isHeading: [Bool]) -> Groups {
        let plain: (Int) -> Bool = { index in
            [.income, .cost, .other].contains(kinds[index]) && !isHeading[index]
                && values[index].contains { $0 != nil }
        }
        var groups: Groups = [:]
        var blockStart = 0
        var index = 0
        while index < values.count {
            guard plain(index) else {
                blockStart = index + 1
                index += 1
                continue
            }
            if let end = sumBelow(index, values: values, plain: plain) {
                groups[index] = (index + 1)...end
                index = end + 1
                blockStart = index
                continue
            }
            if index - blockStart >= 2, sums(values[index], values[blockStart..<index]) {
                groups[index] = blockStart...(index - 1)
                blockStart = index + 1
            }
            index += 1
        }
        return groups
    }

    /// The last row of the shortest run of at least two plain rows below `index` that sums to it.
    private func sumBelow(_ index: Int, values: [[Int?]], plain: (Int) -> Bool) -> Int? {
        var end = index + 1
        while end < values.count, plain(end) {
            if end - index >= 2, sums(values[index], values[(index + 1)...end]) { return end }
            end += 1
        }
        return nil
    }

    /// True when `total` has a value and every printed value equals the column sum of `parts`.
    private func sums(_ total: [Int?], _ parts: ArraySlice<[Int?]>) -> Bool {
        var any = false
        for (column, printed) in total.enumerated() {
            guard let printed else { continue }
            let sum = parts.reduce(0) { $0 + ($1[safe: column].flatMap { $0 } ?? 0) }
            guard sum == printed else { return false }
            if printed != 0 { any = true }
        }
        return any
    }
}
