import Foundation

/// Recognizes the header line of a budget table in a text dump:
/// a unit and year columns ("Kr 2026 2025"), year columns alone ("2025 2026 2027"),
/// or a title with a one-column unit header ("Intäkter DRUM 2025   Belopp (tkr)").
struct BudgetHeader: Sendable, Equatable {
    enum Layout: Sendable, Equatable {
        /// Rows follow the header.
        case rowsBelow
        /// The dump prints the rows first and the header after them.
        case rowsAbove
    }

    var columns: [BudgetColumn]
    var unit: MoneyUnit?
    /// A title printed on the header line itself.
    var title: String?
    var spacing: NumberTail.Spacing
    var layout: Layout

    /// The header in `text`, or nil when the line is not one.
    static func parse(_ text: String) -> BudgetHeader? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return nil }
        let yearCount = words.reversed().prefix(while: { isYear($0) }).count
        let prefix = words.dropLast(yearCount).joined(separator: " ")
        let years = words.suffix(yearCount).compactMap { Int($0) }
        if yearCount >= 1 {
            let spacing: NumberTail.Spacing = text.trimmingCharacters(" ").contains("  ") ? .padded : .singleSpaced
            let columns = years.map { BudgetColumn(label: String($0), year: $0) }
            if prefix.isEmpty, yearCount >= 2 {
                return BudgetHeader(columns: columns, unit: nil, title: nil, spacing: spacing,
                                    layout: .rowsAbove)
            }
            if let unit = unitHeader(prefix) {
                return BudgetHeader(columns: columns, unit: unit, title: nil, spacing: spacing,
                                    layout: .rowsBelow)
            }
            return nil
        }
        // "<title>   Belopp (tkr)": the unit cell after a wide gap closes the line.
        guard let gap = text.trimmingCharacters(" ").range(of: "   ") else { return nil }
        let trimmed = text.trimmingCharacters(" ")
        let title = trimmed[..<gap.lowerBound].trimmingCharacters(" ")
        let cell = trimmed[gap.upperBound...].trimmingCharacters(" ")
        guard let unit = unitHeader(cell), !title.isEmpty, !title.contains("  ") else { return nil }
        let year = title.split(separator: " ").first(where: { isYear($0) }).flatMap { Int($0) }
        return BudgetHeader(columns: [BudgetColumn(label: cell, year: year)], unit: unit,
                            title: title, spacing: .padded, layout: .rowsBelow)
    }

    /// A header cell that names a unit: "Kr", "Tkr", "Belopp (tkr)", "Belopp, kr".
    static func unitHeader(_ cell: String) -> MoneyUnit? {
        let words = cell.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...2).contains(words.count), let last = words.last, let unit = MoneyUnit(word: last) else {
            return nil
        }
        if words.count == 2, words[0].lowercased() != "belopp" { return nil }
        return unit
    }

    static func isYear(_ word: some StringProtocol) -> Bool {
        guard word.count == 4, word.allSatisfy(\.isASCIIDigit), let year = Int(word) else { return false }
        return (1990...2100).contains(year)
    }
}

extension StringProtocol {
    /// The text without leading and trailing `character`s.
    func trimmingCharacters(_ character: Character) -> String {
        String(Substring(self).trimming([character]))
    }
}
