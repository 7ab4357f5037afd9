import Foundation
import Ingest

/// Recognizes the header line of a budget table in a text dump: a unit and columns
/// ("Kr 2026 2025", "Tkr Bokslut 2024 Budget 2025 Plan 2026", "Belopp i tkr Intäkter Kostnader Netto"),
/// year columns alone ("2025 2026 2027"), or a title with a one-column unit header
/// ("Intäkter DRUM 2025   Belopp (tkr)").
///
/// A column is a year with the words of its basis before it ("Budget 2026") and maybe its unit
/// after it ("2026 (tkr)"), or a word of `figureColumns` (a column that is no year: Netto, Andel %).
struct BudgetHeader: Sendable, Equatable {
    /// Where the header's words suggest its rows stand; `BudgetTextScanner` looks there first,
    /// then on the other side.
    enum Layout: Sendable, Equatable {
        /// Rows follow the header (a header with a unit or a basis: "Tkr 2026", "Budget 2026").
        case rowsBelow
        /// The dump prints the rows first and the header after them (years alone: "2025 2026").
        case rowsAbove
    }

    var columns: [BudgetColumn]
    var unit: MoneyUnit?
    /// A title printed on the header line itself.
    var title: String?
    var spacing: NumberTail.Spacing
    var layout: Layout
    /// The unit cell as printed when no unit word names it ("EUR"); nil otherwise.
    var printedUnit: String?
    /// A header told by its shape alone (`unknownUnitHeader`, `labelledHeader`): it heads a
    /// table only with rows beside it, and without them is no header to report.
    var needsRows = false

    /// The header in `text`, or nil when the line is not one. `figureColumns` are the
    /// lowercased header words of columns that are no year. With `unknownUnits`, headers told by
    /// their shape are headers too (a unit cell no vocabulary names, `unknownUnitHeader`; a first
    /// cell naming the rows' column, `labelledHeader`): the scanner that reads tables asks for
    /// them, the scanners that only tell where a table starts do not.
    static func parse(_ text: String, figureColumns: Set<String>, unknownUnits: Bool) -> BudgetHeader? {
        if let header = parse(text, figureColumns: figureColumns) { return header }
        guard unknownUnits else { return nil }
        return unknownUnitHeader(text) ?? labelledHeader(text, figureColumns: figureColumns)
    }

    /// The header in `text` whose unit, if it prints one, a vocabulary names.
    static func parse(_ text: String, figureColumns: Set<String>) -> BudgetHeader? {
        // Most lines open no header: their first word rules them out before the line is split.
        guard let opening = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).first,
              mayOpen(String(opening), text: text, figureColumns: figureColumns) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let spacing: NumberTail.Spacing = text.hasInteriorSpaces(2) ? .padded : .singleSpaced
        let lead = (1...min(5, words.count)).reversed().first { unitHeader(words.prefix($0).joined(separator: " ")) != nil }
        let unit = lead.flatMap { unitHeader(words.prefix($0).joined(separator: " ")) }
        if let parsed = columns(Array(words.dropFirst(lead ?? 0)), figureColumns: figureColumns) {
            let bareYears = parsed.columns.allSatisfy { $0.year != nil && $0.basis == nil && $0.label.count == 4 }
            if unit == nil, parsed.unit == nil, bareYears {
                guard parsed.columns.count >= 2 else { return nil }
                return BudgetHeader(columns: parsed.columns, unit: nil, title: nil, spacing: spacing, layout: .rowsAbove)
            }
            // Without a unit, a header needs the basis of its years ("Budget 2026") to be one.
            let hasYears = parsed.columns.contains { $0.year != nil }
            guard unit != nil || parsed.unit != nil || hasYears && parsed.columns.count >= 2 else { return nil }
            return BudgetHeader(columns: parsed.columns, unit: unit ?? parsed.unit, title: nil, spacing: spacing,
                                layout: .rowsBelow)
        }
        // "<title>   Belopp (tkr)": the unit cell after a wide gap closes the line.
        let trimmed = text.trimmingCharacters(" ")
        guard let gap = trimmed.firstSpaces(3) else { return nil }
        let title = trimmed[..<gap.lowerBound].trimmingCharacters(" ")
        let cell = trimmed[gap.upperBound...].trimmingCharacters(" ")
        guard let unit = unitHeader(cell), !title.isEmpty, !title.contains("  ") else { return nil }
        let year = title.split(separator: " ").first(where: { isYear($0) }).flatMap { Int($0) }
        return BudgetHeader(columns: [BudgetColumn(label: cell, year: year)], unit: unit,
                            title: title, spacing: .padded, layout: .rowsBelow)
    }

    /// False when no header can start with the word `first`: it is no unit cell's first word, no
    /// year, basis or figure column, and `text` holds no wide gap before a unit cell. Most lines
    /// are ruled out here, before their words are read as cells.
    private static func mayOpen(_ first: String, text: String, figureColumns: Set<String>) -> Bool {
        // A unit cell's first word is "belopp" or the unit; a word of commas alone leaves it to the next.
        guard let token = first.split(separator: ",").first else { return true }
        let folded = first.fastLowercased()
        return token.fastLowercased() == "belopp" || MoneyUnit(word: token) != nil
            || MoneyUnit.scaleWords[token.lowercasedLetters()] != nil
            || isYear(first) || BudgetColumn.Basis(rawValue: folded) != nil
            || figureColumns.contains(Self.trimmingPunctuation(folded))
            || text.hasInteriorSpaces(3) || opensWithNamedUnit(text)
    }

    /// `word` without punctuation at its ends; as it is when it starts and ends in an ASCII letter
    /// or digit (most words), without asking Foundation.
    private static func trimmingPunctuation(_ word: String) -> String {
        func isAlphanumeric(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        if isAlphanumeric(word.utf8.first), isAlphanumeric(word.utf8.last) { return word }
        return word.trimmingCharacters(in: .punctuationCharacters)
    }

    /// Whether the line opens with a unit cell that names its table ("Driftbudget (tkr) …",
    /// "Resultatbudget, tkr …"; `unitHeader`).
    private static func opensWithNamedUnit(_ text: String) -> Bool {
        // Set apart by "(" or ",": most lines hold neither in their first two words.
        var spaces = 0
        guard text.utf8.contains(where: { byte in
            if byte == 0x20 { spaces += 1 }
            return spaces < 2 && (byte == 0x28 || byte == 0x2C)
        }) else { return false }
        let words = text.split(separator: " ", maxSplits: 3)
        return [2, 3].contains { unitHeader(words.prefix($0).joined(separator: " ")) != nil }
    }

    /// The column cells of `words` (the header after its unit cell), and a unit printed in a
    /// column's cell ("Budget 2026 (tkr)"); nil when a word belongs to no column.
    private static func columns(_ words: [String], figureColumns: Set<String>)
        -> (columns: [BudgetColumn], unit: MoneyUnit?)? {
        guard !words.isEmpty else { return nil }
        var columns: [BudgetColumn] = []
        var unit: MoneyUnit?
        var pending: [String] = []
        for word in words {
            let folded = word.fastLowercased()
            if isYear(word) {
                columns.append(BudgetColumn(label: (pending + [word]).joined(separator: " "), year: Int(word)))
                pending = []
            } else if word.hasPrefix("("), word.hasSuffix(")"), let cellUnit = MoneyUnit(word: word),
                      pending.isEmpty, let last = columns.popLast() {
                // "2026 (tkr)": the unit is part of the column's cell.
                columns.append(BudgetColumn(label: last.label + " " + word, year: last.year))
                unit = unit ?? cellUnit
            } else if BudgetColumn.Basis(rawValue: folded) != nil {
                pending.append(word)
            } else if figureColumns.contains(folded.trimmingCharacters(in: .punctuationCharacters)), pending.isEmpty {
                columns.append(BudgetColumn(label: word, year: nil))
            } else if word == "%", pending.isEmpty, let last = columns.popLast(), last.year == nil {
                columns.append(BudgetColumn(label: last.label + " %", year: nil))
            } else {
                return nil
            }
        }
        guard pending.isEmpty, !columns.isEmpty else { return nil }
        return (columns, unit)
    }

    /// A header cell that names a unit: "Kr", "Tkr", "Belopp (tkr)", "Belopp, kr", "Belopp i tkr",
    /// "Belopp i tusen kronor", or a name with its unit set apart ("Driftbudget (tkr)",
    /// "Resultatbudget, tkr").
    static func unitHeader(_ cell: String) -> MoneyUnit? {
        let words = cell.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.fastLowercased() }
        guard (1...5).contains(words.count), let (unit, width) = MoneyUnit.ending(words) else { return nil }
        let lead = words.dropLast(width)
        switch lead.count {
        case 0: return unit
        case 1 where lead[0] == "belopp": return unit
        case 1:
            // A unit set apart after the table's name: "Driftbudget (tkr)", "Resultatbudget, tkr".
            let printed = cell.split(separator: " ").suffix(width).joined(separator: " ")
            let setApart = printed.hasPrefix("(") && printed.hasSuffix(")") || cell.contains(", " + printed)
            return setApart ? unit : nil
        case 2 where lead[0] == "belopp" && lead[1] == "i": return unit
        default: return nil
        }
    }

    /// Whether a header's first cell, which no vocabulary names, is printed as a unit is: a
    /// currency code of two to four capitals ("EUR"), or a word in brackets ("(euro)").
    static func looksLikeUnit(_ cell: String) -> Bool {
        let letters = cell.trimmingCharacters(in: .punctuationCharacters)
        guard !letters.isEmpty, !letters.contains(" ") else { return false }
        if cell.hasPrefix("("), cell.hasSuffix(")") { return letters.allSatisfy(\.isLetter) }
        return (2...4).contains(letters.count) && letters.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// A header whose unit cell no vocabulary names ("EUR 2026 2025", "Belopp i euro Budget 2026
    /// Budget 2025"): a currency code of capitals, a word in brackets, or a "Belopp" cell, then
    /// two or more year columns. Its table is read with no unit and the unit reported
    /// (`printedUnit`), rather than lost.
    private static func unknownUnitHeader(_ text: String) -> BudgetHeader? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 3, let first = words.first else { return nil }
        let leadCount: Int
        if first.fastLowercased().hasPrefix("belopp") {
            leadCount = words.dropFirst().firstIndex(where: { isYear($0) || BudgetColumn.Basis(rawValue: $0.fastLowercased()) != nil }) ?? 0
            guard (1...3).contains(leadCount) else { return nil }
        } else {
            guard looksLikeUnit(first) else { return nil }
            leadCount = 1
        }
        guard let parsed = columns(Array(words.dropFirst(leadCount)), figureColumns: []), parsed.unit == nil,
              parsed.columns.count >= 2, parsed.columns.allSatisfy({ $0.year != nil }) else { return nil }
        return BudgetHeader(columns: parsed.columns, unit: nil, title: nil,
                            spacing: text.hasInteriorSpaces(2) ? .padded : .singleSpaced, layout: .rowsBelow,
                            printedUnit: words.prefix(leadCount).joined(separator: " "), needsRows: true)
    }

    /// A header whose first cell names the rows' column before its unit and columns ("Verksamhet
    /// 2026 2025", "Kostnadsslag Kr 2026 2025", "Post Budget 2026 Budget 2025"): one to three words
    /// of letters, then a header. Its years must be a plan's (distinct, at most
    /// `maxYearSpan` apart), so that a row whose figures only look like years ("Bidrag 2000 2050")
    /// stays a row.
    private static func labelledHeader(_ text: String, figureColumns: Set<String>) -> BudgetHeader? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 3, words.count <= 12 else { return nil }
        for leadCount in 1...min(3, words.count - 2) {
            guard let word = words[leadCount - 1].first, word.isLetter, !isYear(words[leadCount - 1]) else { return nil }
            let rest = words.dropFirst(leadCount).joined(separator: " ")
            guard var header = parse(rest, figureColumns: figureColumns), header.title == nil else { continue }
            let years = header.columns.compactMap(\.year)
            guard !years.isEmpty, Set(years).count == years.count,
                  let low = years.min(), let high = years.max(), high - low <= maxYearSpan else { return nil }
            header.needsRows = true
            return header
        }
        return nil
    }

    /// The widest span of years one header's columns cover (a plan's past outcome to its last plan year).
    static let maxYearSpan = 10

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

extension StringProtocol {
    /// Whether `count` spaces in a row stand between two other characters (a wide gap inside the
    /// text, not its indent or its end); read on bytes, as most lines are ruled out by it.
    func hasInteriorSpaces(_ count: Int) -> Bool {
        var run = 0
        var seenText = false
        for byte in utf8 {
            if byte == 0x20 {
                run += 1
            } else {
                if seenText, run >= count { return true }
                seenText = true
                run = 0
            }
        }
        return false
    }

    /// Where `count` spaces in a row first stand, read on bytes (as `range(of:)` finds them, without Foundation).
    func firstSpaces(_ count: Int) -> Range<Index>? {
        var run = 0
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if run == 0 { start = index }
                run += 1
                if run == count { return start..<utf8.index(after: index) }
            } else {
                run = 0
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
