import Foundation
import Ingest

/// Finds tables of figures in a text dump that no parser read, so they are reported rather than lost.
///
/// A dump has no geometry, so only figure tables can be told (tables saved with tabs are grids:
/// `TabbedGrids`): three or more lines in a row (blank lines between them allowed) that each end
/// in the same number of figures, two or more, after a label. The line above that ends in as many
/// years ("Mnkr Bokslut 2024 Budget 2025 …") is its header, and the line above the table its title.
///
/// A single space parts both cells and thousands ("-6 011 000 -5 728 000" reads as two figures or
/// as four: "-6", "011 000" is no reading, but "-6 768 000" is also "-6", "768 000"), so a line is
/// not read alone: a run goes on while some number of columns reads all its lines, and its rows are
/// read with the fewest such columns (a figure's groups kept together).
struct TextTableFinder {
    /// The most figures a row is tried with.
    static let maximumColumns = 8
    /// The fewest rows of figures in every column a table needs.
    static let minimumRows = 3
    /// Label-only lines in a row that a table keeps between its rows ("KOSTNADER"), as the budget
    /// scanner keeps section labels.
    static let maxLabelRun = 2
    /// Labels longer than this are prose.
    static let maxLabelLength = 60

    /// A line of a run: a row with a figure in every column, a row that prints a cell empty
    /// (a dump's empty cell is two spaces: "Varav OH-intäkt  -6 254 000"), or a section label.
    private enum RunLine {
        case full(NumberTail.Row)
        case partial(NumberTail.Row)
        case label

        var isFull: Bool {
            if case .full = self { true } else { false }
        }
    }

    /// The figure tables among `lines` whose lines are none of `covered`.
    func tables(_ lines: [SourceLine], covered: (Int) -> Bool) -> [DocumentTable] {
        var tables: [DocumentTable] = []
        var run: [(line: Int, kind: RunLine)] = []
        // The column counts that read every full row of the run; empty before its first.
        var counts = Set<Int>()
        var labelRun = 0
        func close() {
            defer { run = []; counts = []; labelRun = 0 }
            while let last = run.last, !last.kind.isFull { run.removeLast() }
            guard run.filter(\.kind.isFull).count >= Self.minimumRows,
                  let columns = Self.likeliestColumns(counts, rows: run.compactMap { entry in
                      if case .full(let row) = entry.kind { row } else { nil }
                  }),
                  let first = run.first, let last = run.last else { return }
            var above = first.line - 1
            while above >= 0, lines[above].isBlank { above -= 1 }
            var header: [String] = [""] + Array(repeating: "", count: columns)
            var titleIndex = above
            // A header over as many years is split into its cells; one that names years but
            // cannot be split ("Kr 2026 2025 Not") is kept whole in the first cell.
            if above >= 0, let years = Self.yearHeader(lines[above].text, columns: columns) {
                header = years
            } else if above >= 0, !covered(lines[above].number), Self.namesYear(lines[above].collapsed),
                      !Self.endsInFigure(lines[above].text) {
                header[0] = lines[above].collapsed
            }
            if header.contains(where: { !$0.isEmpty }) {
                titleIndex = above - 1
                while titleIndex >= 0, lines[titleIndex].isBlank { titleIndex -= 1 }
            }
            let title = titleIndex >= 0 && !covered(lines[titleIndex].number) && !Self.endsInFigure(lines[titleIndex].text)
                ? lines[titleIndex].collapsed : nil
            let start = header.contains(where: { !$0.isEmpty }) ? above : first.line
            // A dump that parts its cells with one space marks an empty cell with two: where most
            // rows print no two spaces, a row that does is read so ("Varav OH-intäkt  -6 254 000").
            let full = run.filter(\.kind.isFull)
            let singleSpaced = full.filter { !Self.isPadded(lines[$0.line]) }.count * 2 > full.count
            tables.append(DocumentTable(
                title: title, header: header,
                rows: run.map { entry in
                    var kind = entry.kind
                    if singleSpaced, case .full(let row) = kind, Self.isPadded(lines[entry.line]) { kind = .partial(row) }
                    return Self.cells(of: lines[entry.line], kind, columns: columns)
                },
                readAs: nil,
                provenance: Provenance(page: lines[start].page, lines: lines[start].number...lines[last.line].number)))
        }
        for (index, line) in lines.enumerated() where !line.isBlank {
            guard !covered(line.number) else { close(); continue }
            // Most lines end in no figure: they are not read as rows.
            let row = Self.endsInFigure(line.text) ? NumberTail.Row(line.text) : nil
            var readable = row.map(Self.columnCounts) ?? []
            // A line of years over a run is its header ("Nätverk 2023 2024 2025"), not its first row.
            if readable.contains(where: { Self.yearHeader(line.text, columns: $0) != nil }) { readable = [] }
            let shared = counts.isEmpty ? readable : counts.intersection(readable)
            if let row, !shared.isEmpty {
                run.append((index, .full(row)))
                counts = shared
                labelRun = 0
            } else if let row, !counts.isEmpty, Self.isPadded(line) {
                run.append((index, .partial(row)))
                labelRun = 0
            } else if !counts.isEmpty, labelRun < Self.maxLabelRun, Self.isLabel(line) {
                run.append((index, .label))
                labelRun += 1
            } else {
                close()
                if let row, !readable.isEmpty { run = [(index, .full(row))]; counts = readable }
            }
        }
        close()
        return tables
    }

    /// A row's cells as printed in a table of `columns` columns, its label first. A row that
    /// prints a cell empty is read with a dump's single spacing, where two spaces mark the empty
    /// cell; when even that cannot place its figures, its text stays whole in the label cell.
    private static func cells(of line: SourceLine, _ kind: RunLine, columns: Int) -> [String] {
        let empty = Array(repeating: "", count: columns)
        switch kind {
        case .full(let row):
            guard let tail = figures(row, columns: columns) else { return [line.collapsed] + empty }
            return [tail.label] + tail.cells.map { $0?.text ?? "" }
        case .partial(let row):
            guard let tail = row.split(columns: columns, spacing: .singleSpaced), !tail.label.isEmpty,
                  !tail.placementUncertain else { return [line.collapsed] + empty }
            return [tail.label.collapsingWhitespace] + tail.cells.map { $0?.text ?? "" }
        case .label:
            return [line.collapsed] + empty
        }
    }

    /// A line that can only be a row's label: short, not a sentence, and no header or title of a
    /// next table (which names years: "Kr 2026 2025", "Budget 2026").
    private static func isLabel(_ line: SourceLine) -> Bool {
        let text = line.collapsed
        return text.count <= maxLabelLength && !text.hasSuffix(".") && !endsInFigure(text)
            && !namesYear(text)
    }

    private static func namesYear(_ text: String) -> Bool {
        text.split(separator: " ").contains { TableRegionFinder.isYear(String($0)) }
    }

    /// Whether two spaces stand inside the line's text.
    private static func isPadded(_ line: SourceLine) -> Bool {
        line.text.hasInteriorSpaces(2)
    }

    private static func endsInFigure(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return last.isNumber || last == "%"
    }

    /// Of the column counts that read every row, the one whose reading is likeliest: neighbouring
    /// columns of a table hold figures of about one size (this year's budget beside last year's,
    /// a count beside a count), and a label does not end in a digit group the columns left over.
    /// "120 135 150" is three counts, not "120 135" and "150"; "-8 768 000 -8 593 000" is two
    /// amounts, not "-8 768 000", "-8" and "593 000". Ties go to more columns.
    private static func likeliestColumns(_ counts: Set<Int>, rows: [NumberTail.Row]) -> Int? {
        func cost(_ columns: Int) -> Double {
            rows.reduce(0) { total, row in
                guard let tail = figures(row, columns: columns) else { return total }
                let sizes = tail.cells.compactMap { $0.map { log10(abs($0.doubleValue) + 1) } }
                let steps = zip(sizes, sizes.dropFirst()).map { abs($0 - $1) }
                let spread = steps.isEmpty ? 0 : steps.reduce(0, +) / Double(steps.count)
                let leftOver = tail.label.last?.isNumber == true ? 1.0 : 0
                return total + spread + leftOver
            }
        }
        return counts.sorted(by: >).min { cost($0) < cost($1) }
    }

    /// The numbers of columns, two to `maximumColumns`, that read the row as a label and a figure
    /// in every column.
    private static func columnCounts(_ row: NumberTail.Row) -> Set<Int> {
        Set((2...maximumColumns).filter { figures(row, columns: $0) != nil })
    }

    /// The row's label and its figures in `columns` columns, when each column holds one.
    private static func figures(_ row: NumberTail.Row, columns: Int) -> NumberTail? {
        guard let tail = row.split(columns: columns, spacing: .padded), !tail.label.isEmpty,
              tail.cells.allSatisfy({ $0 != nil }), !tail.placementUncertain else { return nil }
        return tail
    }

    /// "Mnkr Bokslut 2024 Budget 2025 Budget 2026" with `columns` years: its cells, the lead
    /// first and each year with the word before it ("Bokslut 2024").
    private static func yearHeader(_ text: String, columns: Int) -> [String]? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let years = words.indices.filter { TableRegionFinder.isYear(words[$0]) }
        guard years.count == columns, let firstYear = years.first, years.last == words.count - 1 else { return nil }
        // Each cell is the words after the previous year up to its own year, so "Budget 2025"
        // keeps its word; the lead cell is what stands before the first year's words.
        var cells: [String] = []
        var start = 0
        for (offset, year) in years.enumerated() {
            let from = offset == 0 ? Swift.max(start, firstYear - (years.count > 1 ? years[1] - years[0] - 1 : 0)) : start
            if offset == 0 { cells.append(words[0..<from].joined(separator: " ")) }
            cells.append(words[from...year].joined(separator: " "))
            start = year + 1
        }
        return cells
    }
}
