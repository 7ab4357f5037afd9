import Ingest

/// Finds tables of figures in a text dump that no parser read, so they are reported rather than lost.
///
/// A dump has no geometry, so only figure tables can be told (tables saved with tabs are grids:
/// `TabbedGrids`): three or more lines in a row (blank lines between them allowed) that each end
/// in the same number of figures, two or more, after a label. The line above that ends in as many
/// years ("Mnkr Bokslut 2024 Budget 2025 …") is its header, and the line above the table its title.
struct TextTableFinder {
    /// The most figures a row is tried with.
    static let maximumColumns = 8
    /// The fewest rows of a table.
    static let minimumRows = 3

    /// The figure tables among `lines` whose lines are none of `covered`.
    func tables(_ lines: [SourceLine], covered: (Int) -> Bool) -> [DocumentTable] {
        var tables: [DocumentTable] = []
        var run: [(line: Int, cells: NumberTail)] = []
        func close() {
            defer { run = [] }
            guard run.count >= Self.minimumRows, let first = run.first, let last = run.last else { return }
            let columns = first.cells.cells.count
            var above = first.line - 1
            while above >= 0, lines[above].isBlank { above -= 1 }
            var header: [String] = [""] + Array(repeating: "", count: columns)
            var titleIndex = above
            if above >= 0, let years = Self.yearHeader(lines[above].text, columns: columns) {
                header = years
                titleIndex = above - 1
                while titleIndex >= 0, lines[titleIndex].isBlank { titleIndex -= 1 }
            }
            let title = titleIndex >= 0 && !covered(lines[titleIndex].number) && !Self.endsInFigure(lines[titleIndex].text)
                ? lines[titleIndex].collapsed : nil
            let start = header.contains(where: { !$0.isEmpty }) ? above : first.line
            tables.append(DocumentTable(
                title: title, header: header,
                rows: run.map { [$0.cells.label] + $0.cells.cells.map { $0?.text ?? "" } },
                readAs: nil,
                provenance: Provenance(page: lines[start].page, lines: lines[start].number...lines[last.line].number)))
        }
        for (index, line) in lines.enumerated() where !line.isBlank {
            var cells = !covered(line.number) && Self.endsInFigure(line.text) ? Self.figures(line.text) : nil
            // A line of years over a run is its header ("Nätverk 2023 2024 2025"), not its first row.
            if let found = cells, Self.yearHeader(line.text, columns: found.cells.count) != nil { cells = nil }
            guard let cells, run.isEmpty || run[run.count - 1].cells.cells.count == cells.cells.count else {
                close()
                if let cells { run = [(index, cells)] }
                continue
            }
            run.append((index, cells))
        }
        close()
        return tables
    }

    private static func endsInFigure(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return last.isNumber || last == "%"
    }

    /// The line's label and its figures, read with the most columns that all hold a figure.
    private static func figures(_ text: String) -> NumberTail? {
        let row = NumberTail.Row(text)
        for columns in stride(from: maximumColumns, through: 2, by: -1) {
            if let tail = row.split(columns: columns, spacing: .padded),
               !tail.label.isEmpty, tail.cells.allSatisfy({ $0 != nil }), !tail.placementUncertain {
                return tail
            }
        }
        return nil
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
