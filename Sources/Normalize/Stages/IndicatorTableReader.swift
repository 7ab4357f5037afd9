import Ingest

/// Reads indicator tables ("Indikator | Utgångsläge | Mål 2026 | Mål 2027 | Källa") from the
/// layout's grids, a PDF's and a dump's alike.
///
/// A grid is an indicator table when its header has the `indicator` role of `columns.json` and a
/// `baseline`, `target` or `source` column (`IndicatorColumns`). Each row with an indicator is one
/// indicator. Its goal is the goal column's cell where the table has one; else the table's title
/// when that is a goal heading ("Mål 1 Ökad konkurrenskraft"); else the goal heading nearest above
/// the table on its page, with no other table between them; else none. A goal heading that
/// names a table's goal is also given as a goal.
struct IndicatorTableReader {
    var roles: ColumnRoles
    var headings: SectionHeadings

    /// The indicators, the goals named by the headings over their tables, and the indices of the
    /// tables read; `skipping` were read already.
    func parse(pages: [SourcePage], blocks: [LayoutBlock], tables: [TableGrid], texts: [GridText], skipping: Set<Int>)
        -> (indicators: [Indicator], goals: [Goal], read: Set<Int>) {
        var indicators: [Indicator] = [], goals: [Goal] = [], read = Set<Int>()
        for (index, (grid, text)) in zip(tables, texts).enumerated() where !skipping.contains(index) {
            guard let columns = IndicatorColumns(headers: text.header.map(GridText.cell), roles: roles) else { continue }
            read.insert(index)
            let goal = titleGoal(grid, title: text.title, pages: pages) ?? goalAbove(grid, blocks: blocks, tables: tables)
            if let goal, !goals.contains(where: { $0.goal == goal.goal }) { goals.append(goal) }
            for (cells, cellTexts) in zip(grid.rows, text.rows) {
                indicators += columns.indicators(cellTexts, goal: goal?.goal, provenance: TableGrid.provenance(of: cells))
            }
        }
        return (indicators, goals, read)
    }

    /// The goal the table's title names ("Mål 1 Ökad konkurrenskraft"), pointing at the title's lines.
    private func titleGoal(_ grid: TableGrid, title: String?, pages: [SourcePage]) -> Goal? {
        guard let title, let heading = headings.heading(title, kinds: [.goal]) else { return nil }
        return Goal(area: nil, goal: heading.name, number: heading.number, description: nil,
                    provenance: grid.titleProvenance(in: pages) ?? grid.provenance)
    }

    /// The goal heading nearest above `grid` on its page (a heading block, or a block of one line,
    /// whose text is a goal heading), unless a table or an area heading comes first.
    private func goalAbove(_ grid: TableGrid, blocks: [LayoutBlock], tables: [TableGrid]) -> Goal? {
        let page = grid.provenance.page
        let start = grid.provenance.lines.lowerBound
        let titleLines = Set(grid.titleLines)
        let tableStarts = tables.filter { $0.provenance.page == page }.map(\.provenance.lines.lowerBound)
        for block in blocks.reversed() {
            if let first = block.lines.first, first.page < page { break }
            guard let first = block.lines.first, first.page == page, first.number < start,
                  !block.lines.contains(where: { titleLines.contains($0.number) }) else { continue }
            if block.kind == .table || tableStarts.contains(where: { (first.number..<start).contains($0) }) { return nil }
            guard block.headingLevel != nil || block.lines.count == 1,
                  let heading = headings.heading(block.text, kinds: [.area, .goal]) else { continue }
            guard heading.kind == .goal, let provenance = Provenance(lines: block.lines) else { return nil }
            return Goal(area: nil, goal: heading.name, number: heading.number, description: nil, provenance: provenance)
        }
        return nil
    }
}
