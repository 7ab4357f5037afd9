import Ingest

/// Budget tables among the grids of the layout (a PDF's, or a dump's tabbed tables) that the header-anchored scanner did not find:
/// a header whose cells after the first name years ("| 2025 | 2026 | 2027", "Budget 2026") or a
/// unit, over rows of figures. The unit comes from the first header cell when it names one;
/// otherwise the builder looks for it in the title and the row labels, as for text dumps.
struct BudgetGridReader {
    /// Header words of columns that are no year (`columns.json`, role `figures`).
    var figureColumns: Set<String>
    /// At least this share of a body's cells after the first hold a figure.
    static let figureShare = 0.5

    /// Drafts for the grids that read as budget tables, with the indices of those grids.
    func drafts(_ grids: [TableGrid], texts: [GridText], lines: [SourceLine]) -> [(grid: Int, draft: BudgetDraft)] {
        let byNumber = Dictionary(lines.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        return zip(grids, texts).enumerated().compactMap { index, element in
            let (grid, text) = element
            guard let draft = draft(grid, text: text, lines: byNumber) else { return nil }
            return (index, draft)
        }
    }

    private func draft(_ grid: TableGrid, text: GridText, lines: [Int: SourceLine]) -> BudgetDraft? {
        let header = text.header.map(GridText.cell)
        guard header.count >= 2, text.rows.allSatisfy({ $0.count == header.count }) else { return nil }
        let columns = header.dropFirst().map { label in
            BudgetColumn(label: label, year: label.split(separator: " ").last.flatMap {
                BudgetHeader.isYear($0) ? Int($0) : nil
            })
        }
        let unit = BudgetHeader.unitHeader(header[0])
        let known = { (column: BudgetColumn) in
            column.year != nil || self.figureColumns.contains(
                column.label.fastLowercased().split(separator: " ").first
                    .map { String($0.filter(\.isLetter)) } ?? "")
        }
        guard columns.allSatisfy(known) && (unit != nil || columns.contains { $0.year != nil })
                || (unit != nil && columns.count == 1) else { return nil }
        let bodies = text.rows.map { $0.dropFirst().map(GridText.cell) }
        let cells = bodies.flatMap { $0 }
        let figures = cells.filter { SwedishNumber.parseAccounting($0) != nil }.count
        guard !cells.isEmpty, Double(figures) >= Double(cells.count) * Self.figureShare else { return nil }
        let rows = zip(grid.rows, text.rows).map { gridCells, texts in
            var row = BudgetDraft.Row(label: GridText.cell(texts[0]), cells: [], lines: [])
            for (column, cell) in texts.dropFirst().map(GridText.cell).enumerated() {
                let number = SwedishNumber.parseAccounting(cell)
                row.cells.append(number)
                if number == nil, !cell.isEmpty { row.unreadable[column] = cell }
            }
            row.lines = Set(gridCells.flatMap(\.lineNumbers)).sorted().compactMap { lines[$0] }
            let page = gridCells.compactMap(\.page).min()
            row.bbox = BoundingBox.union(gridCells.filter { $0.page == page }.compactMap(\.bbox))
            return row
        }
        let headerLines = Set(grid.titleLines + grid.header.flatMap(\.lineNumbers)).sorted().compactMap { lines[$0] }
        let printedUnit = unit == nil && BudgetHeader.looksLikeUnit(header[0]) ? header[0] : nil
        return BudgetDraft(title: grid.title ?? "", unit: unit, printedUnit: printedUnit, columns: columns,
                           rows: rows, headerLines: headerLines)
    }
}
