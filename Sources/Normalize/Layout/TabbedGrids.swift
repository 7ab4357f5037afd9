import Ingest

/// The tables a word processor saved as text, read as grids like a PDF's, so the same table
/// readers take them: each row on a line, its cells set apart by tabs (`SourceLine.tabCells`).
/// The one dump layout whose columns show without geometry.
///
/// A line with tabs heads a table, and every line with as many cells is one of its rows. Between
/// and after them:
/// - a line without a tab right under a row (or the header) goes on in its last cell with text:
///   a wrapped line;
/// - a row whose first cell is empty goes on in the row above, each of its cells a further
///   paragraph: the first column keys the rows, as in a PDF's grid;
/// - blank lines stay inside the table when a row follows them;
/// - a line without a tab after a blank line, with rows under it, titles a new part of the table:
///   a further grid under the same header (a "Delmål 2: …" between two groups of rows);
/// - anything else ends the table.
///
/// A header whose first cell is a list marker ("•\tText", "1.\tText") is a list, not a table.
enum TabbedGrids {
    /// A line with the index of its page and of its row among the page's rows (its non-blank
    /// lines: `VisualRow.rows(ofText:)`).
    private struct Entry {
        var line: SourceLine
        var page: Int
        var row: Int
    }

    /// The grids of `pages`, in reading order.
    static func grids(_ pages: [SourcePage]) -> [TableGrid] {
        var entries: [Entry] = []
        for (page, source) in pages.enumerated() {
            var row = 0
            for line in source.lines {
                entries.append(Entry(line: line, page: page, row: row))
                if !line.isBlank { row += 1 }
            }
        }
        var grids: [TableGrid] = []
        var index = 0
        while index < entries.count {
            guard let header = entries[index].line.tabCells, header.count > 1, !LayoutBlock.isMarker(header[0]) else {
                index += 1
                continue
            }
            let (parts, end) = table(entries, header: index)
            grids += parts
            index = max(end, index + 1)
        }
        return grids
    }

    /// The parts of the table headed at `header`, and the index of the first entry after it.
    private static func table(_ entries: [Entry], header: Int) -> (grids: [TableGrid], end: Int) {
        let headerLine = entries[header].line
        let columns = headerLine.tabCells?.count ?? 0
        var parts: [TableGrid] = []
        var used: [[Entry]] = []
        let caption = title(entries, above: header)
        var grid = TableGrid(title: caption?.text, titleLines: caption.map { [$0.line] } ?? [],
                             header: cells(of: headerLine), rows: [], spans: [])
        var lines = [entries[header]]
        func close() {
            guard !grid.rows.isEmpty else { return }
            parts.append(grid)
            used.append(lines)
        }
        func nextText(from start: Int) -> Int {
            var index = start
            while index < entries.count, entries[index].line.isBlank { index += 1 }
            return index
        }
        func isRow(_ index: Int) -> Bool {
            index < entries.count && entries[index].line.tabCells?.count == columns
        }
        var index = header + 1
        while index < entries.count {
            let entry = entries[index]
            if isRow(index), let texts = entry.line.tabCells {
                if texts[0].isEmpty, !grid.rows.isEmpty {
                    for (column, text) in texts.enumerated() where !text.isEmpty {
                        grid.rows[grid.rows.count - 1][column].paragraphs.append([text])
                        grid.rows[grid.rows.count - 1][column].lineNumbers.append(entry.line.number)
                    }
                } else {
                    grid.rows.append(cells(of: entry.line))
                }
                lines.append(entry)
                index += 1
            } else if !entry.line.isBlank, entry.line.tabCells == nil, !entries[index - 1].line.isBlank {
                continueLastCell(&grid, with: entry.line)
                lines.append(entry)
                index += 1
            } else if entry.line.isBlank || entry.line.tabCells == nil {
                let next = nextText(from: index)
                if isRow(next) {
                    index = next
                } else if next < entries.count, entries[next].line.tabCells == nil, isRow(nextText(from: next + 1)) {
                    let title = entries[next].line.collapsed, titleLines = [entries[next].line.number]
                    if grid.rows.isEmpty {
                        grid.title = title
                        grid.titleLines = titleLines
                    } else {
                        close()
                        let header = grid.header.map { TableGrid.Cell(paragraphs: $0.paragraphs, page: $0.page) }
                        grid = TableGrid(title: title, titleLines: titleLines, header: header, rows: [], spans: [])
                        lines = []
                    }
                    index = nextText(from: next + 1)
                } else {
                    break
                }
            } else {
                break
            }
        }
        close()
        for (offset, part) in used.enumerated() {
            parts[offset].spans = TableGrid.spans(of: part.map { (page: $0.page, row: $0.row) })
        }
        return (parts, index)
    }

    /// One cell per text between two tabs (the header and every row have as many: `isRow`).
    private static func cells(of line: SourceLine) -> [TableGrid.Cell] {
        (line.tabCells ?? []).map { text in
            text.isEmpty ? TableGrid.Cell(page: line.page)
                : TableGrid.Cell(paragraphs: [[text]], lineNumbers: [line.number], page: line.page)
        }
    }

    /// A line without a tab under a row: the rest of the row's last cell with text.
    private static func continueLastCell(_ grid: inout TableGrid, with line: SourceLine) {
        func extend(_ cells: inout [TableGrid.Cell]) {
            guard let column = cells.lastIndex(where: { !$0.isEmpty }) else { return }
            cells[column].paragraphs[cells[column].paragraphs.count - 1].append(line.collapsed)
            cells[column].lineNumbers.append(line.number)
        }
        if grid.rows.isEmpty { extend(&grid.header) } else { extend(&grid.rows[grid.rows.count - 1]) }
    }

    /// The most words of a table's caption.
    static let titleWords = 10

    /// The caption of a table: the first line of the paragraph above it (blank lines between
    /// allowed), a heading over its description ("Mål 1.1 Fler växande företag" / "Företagen …"),
    /// when that line is short and ends no sentence.
    private static func title(_ entries: [Entry], above index: Int) -> (text: String, line: Int)? {
        var above = index - 1
        while above >= 0, entries[above].line.isBlank { above -= 1 }
        guard above >= 0, entries[above].line.tabCells == nil else { return nil }
        while above > 0, !entries[above - 1].line.isBlank, entries[above - 1].line.tabCells == nil { above -= 1 }
        let text = entries[above].line.collapsed
        return text.hasSuffix(".") || text.split(separator: " ").count > titleWords ? nil : (text, entries[above].line.number)
    }
}
