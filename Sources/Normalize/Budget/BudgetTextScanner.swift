import Ingest

/// Finds budget tables in a text dump, anchored on their header lines (`BudgetHeader`).
///
/// Rows are label lines ending in numbers; a label that wraps puts its first part on a line
/// of its own directly above the numbers; a label line with nothing after it, set apart by a
/// blank line, is a row with empty cells ("KOSTNADER"). A table ends at prose, a new header,
/// three blank lines or a run of label-only lines longer than a table's section labels.
/// Table-of-contents lines ("Budget Förbundskansli 10") have no header above them and are never
/// read as tables.
///
/// A header's rows are looked for on the side its words suggest (`BudgetHeader.layout`: pdftotext
/// often prints a header of bare years under its rows), then on the other: where they stand
/// decides, not how the header is worded ("Budget 2026" under its rows, "2026" above them).
struct BudgetTextScanner {
    /// Labels longer than this are prose that happens to end in a number.
    var maxLabelLength = 80
    /// More label-only lines than this in a row are a list or prose after the table, not its
    /// section labels ("INTÄKTER", "Verksamhet" / "Kansli").
    var maxLabelOnlyRun = 2
    /// Header words of columns that are no year (`columns.json`, role `figures`).
    var figureColumns: Set<String>
    /// Budget row labels (`budget-rows.json`): a header that names no unit heads a budget table
    /// only over rows that name money.
    var rowWords: BudgetRowWords

    /// The tables found, and the header lines under or over which no row was found (their
    /// tables are reported, not lost in silence).
    struct Result {
        var drafts: [BudgetDraft] = []
        var unreadHeaders: [SourceLine] = []
    }

    func scan(_ lines: [SourceLine]) -> Result {
        var result = Result()
        var floor = 0
        var index = 0
        while index < lines.count {
            guard let header = BudgetHeader.parse(lines[index].text, figureColumns: figureColumns, unknownUnits: true) else {
                if let (draft, end) = PercentListScanner().scan(lines, from: index) {
                    result.drafts.append(draft)
                    floor = end
                    index = end
                } else {
                    index += 1
                }
                continue
            }
            let below = { self.tableBelow(lines, header: header, at: index, floor: floor) }
            let above = { self.tableAbove(lines, header: header, at: index, floor: floor) }
            guard let (draft, next) = header.layout == .rowsAbove ? above() ?? below() : below() ?? above() else {
                if !header.needsRows { result.unreadHeaders.append(lines[index]) }
                index += 1
                continue
            }
            // A header told by its shape, with no unit printed, over rows that name no money is a
            // table of counts ("Nätverk 2023 2024 2025"): left to be listed as a table of figures.
            guard !header.needsRows || draft.unit != nil || draft.printedUnit != nil
                    || draft.rows.contains(where: { rowWords.namesMoney($0.label) }) else {
                index += 1
                continue
            }
            result.drafts.append(draft)
            floor = next
            index = next
        }
        return result
    }

    /// The table whose rows follow the header at `index`, and the index after its last row.
    private func tableBelow(_ lines: [SourceLine], header: BudgetHeader, at index: Int, floor: Int) -> (BudgetDraft, Int)? {
        let (groups, end) = groupsBelow(lines, from: index + 1, header: header)
        guard !groups.isEmpty else { return nil }
        let titleLines = header.title == nil ? titleAbove(lines, before: index, floor: floor) : []
        let title = header.title ?? titleLines.first.map { $0.collapsed } ?? ""
        return (draft(header: withRowUnit(header, groups: groups), title: title, groups: groups,
                      headerLines: titleLines + [lines[index]]), end)
    }

    /// The table whose rows stand over the header at `index` (its title under the header), and
    /// the index after the title.
    private func tableAbove(_ lines: [SourceLine], header: BudgetHeader, at index: Int, floor: Int) -> (BudgetDraft, Int)? {
        let groups = groupsAbove(lines, before: index, floor: floor, header: header)
        guard groups.count >= 2 else { return nil }
        let titleLines = header.title == nil ? titleBelow(lines, after: index) : []
        let title = header.title ?? titleLines.first.map { $0.collapsed } ?? ""
        let draft = draft(header: withRowUnit(header, groups: groups), title: title, groups: groups,
                          headerLines: [lines[index]] + titleLines)
        // The title is at most three lines below the header: look from there, not from the document's start.
        return (draft, (titleLines.last.flatMap { line in lines[index...].firstIndex(of: line) } ?? index) + 1)
    }

    /// `header` with the unit its rows' labels print ("Summa intäkter tkr") when it prints none.
    private func withRowUnit(_ header: BudgetHeader, groups: [Group]) -> BudgetHeader {
        guard header.unit == nil else { return header }
        var header = header
        let unitText = groups.lazy.compactMap { self.unitSuffix(of: $0.last?.text ?? "", header: header) }.first
        header.unit = unitText.flatMap { MoneyUnit(word: $0) }
        return header
    }

    // MARK: - Row groups

    /// A row's lines: label continuation lines, then the line with the numbers (or a label-only row).
    typealias Group = [SourceLine]

    private func isRowLine(_ text: String, header: BudgetHeader) -> Bool {
        guard let tail = NumberTail.split(text, columns: header.columns.count, spacing: header.spacing),
              !tail.label.isEmpty, tail.label.count <= maxLabelLength else { return false }
        return BudgetHeader.parse(text, figureColumns: figureColumns, unknownUnits: true) == nil
    }

    /// A line that can only be a label: short, not a sentence, not a header.
    private func isLabelLine(_ text: String) -> Bool {
        let trimmed = text.collapsingWhitespace
        return !trimmed.isEmpty && trimmed.count <= 60 && !trimmed.hasSuffix(".") && BudgetHeader.parse(text, figureColumns: figureColumns, unknownUnits: true) == nil
    }

    private func groupsBelow(_ lines: [SourceLine], from start: Int, header: BudgetHeader) -> ([Group], Int) {
        var groups: [Group] = []
        var pending: Group = []
        var index = start
        var blanks = 0
        var labelRun = 0
        var end = start
        while index < lines.count, blanks < 3 {
            let line = lines[index]
            if line.isBlank {
                blanks += 1
                if !pending.isEmpty { groups.append(pending); pending = [] }
                index += 1
                continue
            }
            blanks = 0
            if isRowLine(line.printedText, header: header) {
                groups.append(pending + [line])
                pending = []
                labelRun = 0
                end = index + 1
            } else if isLabelLine(line.text), let next = nextNonBlank(lines, after: index, within: 2),
                      isRowLine(lines[next].printedText, header: header) || isLabelLine(lines[next].text) {
                if next == index + 1, isRowLine(lines[next].printedText, header: header) {
                    pending.append(line)  // the first part of a wrapped label
                } else {
                    labelRun += 1
                    guard labelRun <= maxLabelOnlyRun else { break }
                    groups.append(pending + [line])  // a row with empty cells
                    pending = []
                }
            } else {
                break
            }
            index += 1
        }
        // Trailing label-only rows after the last numeric row belong to the prose, not the table.
        while let last = groups.last, let line = last.last, !isRowLine(line.printedText, header: header) {
            groups.removeLast()
        }
        return (groups, end)
    }

    private func groupsAbove(_ lines: [SourceLine], before headerIndex: Int, floor: Int,
                             header: BudgetHeader) -> [Group] {
        var index = headerIndex - 1
        var blanks = 0
        while index >= floor, lines[index].isBlank, blanks < 2 { index -= 1; blanks += 1 }
        var groups: [Group] = []
        while index >= floor {
            let line = lines[index]
            if isRowLine(line.printedText, header: header) {
                groups.insert([line], at: 0)
            } else if !line.isBlank, isLabelLine(line.text), let first = groups.first,
                      let firstLine = first.first, firstLine.number == line.number + 1 {
                groups[0].insert(line, at: 0)
            } else {
                break
            }
            index -= 1
        }
        return groups
    }

    private func nextNonBlank(_ lines: [SourceLine], after index: Int, within limit: Int) -> Int? {
        var next = index + 1
        while next < lines.count, next <= index + limit + 1 {
            if !lines[next].isBlank { return next }
            next += 1
        }
        return nil
    }

    // MARK: - Titles

    /// The title printed just above a header: the nearest non-blank line, if it reads like one.
    private func titleAbove(_ lines: [SourceLine], before index: Int, floor: Int) -> [SourceLine] {
        var candidate = index - 1
        while candidate >= floor, candidate >= index - 3, lines[candidate].isBlank { candidate -= 1 }
        guard candidate >= floor, candidate >= 0, isLabelLine(lines[candidate].text) else { return [] }
        return [lines[candidate]]
    }

    /// The title printed after a header that follows its rows ("Budget 2025-2027, medlemsfinansiering").
    private func titleBelow(_ lines: [SourceLine], after index: Int) -> [SourceLine] {
        guard let next = nextNonBlank(lines, after: index, within: 2), isLabelLine(lines[next].text) else { return [] }
        return [lines[next]]
    }

    /// A unit printed at the end of a row label: "Summa intäkter tkr".
    private func unitSuffix(of text: String, header: BudgetHeader) -> String? {
        guard let tail = NumberTail.split(text, columns: header.columns.count, spacing: header.spacing),
              let last = tail.label.split(separator: " ").last, MoneyUnit(word: last) != nil else { return nil }
        return String(last)
    }

    // MARK: - Drafts

    private func draft(header: BudgetHeader, title: String, groups: [Group], headerLines: [SourceLine]) -> BudgetDraft {
        let columns = header.columns.count
        let first = groups.map { row(for: $0, header: header, typical: []) }
        var typical: [Int?] = []
        for column in 0..<columns {
            let counts = first.filter { !$0.isAmbiguous }.compactMap { $0.cells[safe: column]??.groupCount }
            typical.append(counts.isEmpty ? nil : counts.sorted()[counts.count / 2])
        }
        // The typical groups only break ties (`NumberTail`'s last ranking): a row read without a
        // tie reads the same with them.
        let rows = zip(groups, first).map { group, row in
            row.isAmbiguous ? self.row(for: group, header: header, typical: typical) : row
        }
        return BudgetDraft(title: title, unit: header.unit, printedUnit: header.printedUnit,
                           columns: header.columns, rows: rows, headerLines: headerLines)
    }

    private func row(for group: Group, header: BudgetHeader, typical: [Int?]) -> BudgetDraft.Row {
        let columns = header.columns.count
        let labels = group.dropLast().map { $0.collapsed }
        guard let last = group.last,
              let tail = NumberTail.split(last.printedText, columns: columns, spacing: header.spacing,
                                          typicalGroups: typical) else {
            let label = group.map { $0.collapsed }.joined(separator: " ")
            return BudgetDraft.Row(label: label, cells: Array(repeating: nil, count: columns), lines: group)
        }
        let label = (labels + [tail.label.collapsingWhitespace]).filter { !$0.isEmpty }.joined(separator: " ")
        return BudgetDraft.Row(label: label, cells: tail.cells, lines: group, isAmbiguous: tail.isAmbiguous,
                               missingColumnUnknown: tail.placementUncertain)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
