import Ingest

/// The rows of a table a word processor saved as text: each row on a line, its cells set apart
/// by tabs (`SourceLine.tabCells`). The one dump layout whose columns show without geometry, so its rows are read by the
/// tabs, not by the blank-line and word conventions of pdftotext's dumps.
enum TabbedRows {
    struct Row: Sendable, Equatable {
        /// One text per column (empty where the row has no cell).
        var cells: [String]
        var lines: [SourceLine]
    }

    /// The rows in `lines` under `header`, when the header's tabs give its `columns` cells: a line
    /// with a tab opens a row (cells beyond the last column join the last); a line without one
    /// continues the row's last cell that has text (a cell of several paragraphs). nil when the
    /// header is not set apart by tabs.
    static func rows(header: SourceLine, lines: ArraySlice<SourceLine>, columns: Int) -> [Row]? {
        guard columns > 1, header.tabCells?.count == columns else { return nil }
        var rows: [Row] = []
        for line in lines where !line.isBlank {
            if var cells = line.tabCells {
                if cells.count > columns {
                    cells = Array(cells[..<(columns - 1)]) + [cells[(columns - 1)...].filter { !$0.isEmpty }.joined(separator: " ")]
                }
                rows.append(Row(cells: cells + Array(repeating: "", count: columns - cells.count), lines: [line]))
            } else if let last = rows.indices.last, let cell = rows[last].cells.lastIndex(where: { !$0.isEmpty }) {
                rows[last].cells[cell] += " " + line.collapsed
                rows[last].lines.append(line)
            }
        }
        return rows
    }
}
