import Ingest

/// Reads measures ("Prioriterade insatser | Effekt") from the grids of the layout (a PDF's, or a dump's tabbed tables).
///
/// A grid is a measures table when its header has the `measure` and `effect` roles of
/// `columns.json`. Its title is the objective ("Delmål 1: …"); the area is the last
/// "Insatsområde N: …" heading before it, or, before any, the page's side tab (a short first line).
/// A numbered insats loses its number ("1. God balans …" → "God balans …").
struct MeasureTableReader {
    var roles: ColumnRoles
    var headings: SectionHeadings

    static let wantedRoles = ["measure", "effect"]

    /// The goals and measures, and the indices of the tables read; `skipping` were read already.
    func parse(_ pages: [SourcePage], tables: [TableGrid], texts: [GridText], skipping: Set<Int>)
        -> (goals: [Goal], measures: [Measure], read: Set<Int>) {
        var goals: [Goal] = [], measures: [Measure] = [], read = Set<Int>()
        guard !tables.isEmpty else { return (goals, measures, read) }
        let areas = areaHeadings(pages)
        for (index, (grid, text)) in zip(tables, texts).enumerated() where !skipping.contains(index) {
            guard let columns = roles.columns(of: text.header.map(GridText.cell), in: "measures", roles: Self.wantedRoles)
            else { continue }
            read.insert(index)
            let provenance = grid.provenance
            let area = areas.last { $0.line < provenance.lines.lowerBound }?.text
                ?? sideTab(pages.first { $0.number == provenance.page })
            let heading = grid.title.flatMap { headings.heading($0, kinds: [.goal]) }
            let objective = heading?.name
            if let heading {
                // The heading's own lines where the layout kept them, else the table's.
                let lines = grid.titleLines
                let headingProvenance = lines.min().map { Provenance(page: provenance.page, lines: $0...(lines.max() ?? $0)) }
                goals.append(Goal(area: area, goal: heading.name, number: heading.number, description: nil,
                                  provenance: headingProvenance ?? provenance))
            }
            for (cells, cellTexts) in zip(grid.rows, text.rows) {
                let insats = GridText.cell(cellTexts[columns[0]])
                guard !insats.isEmpty else { continue }
                let measure = MeasureParser.leadingNumber(insats) == nil ? insats : MeasureParser.droppingNumber(insats)
                let effect = GridText.cell(cellTexts[columns[1]])
                measures.append(Measure(area: area, objective: objective, measure: measure,
                                        effect: effect.isEmpty ? nil : effect, themes: [],
                                        provenance: TableGrid.provenance(of: cells)))
            }
        }
        return (goals, measures, read)
    }

    /// The area headings of the document, by line number.
    private func areaHeadings(_ pages: [SourcePage]) -> [(line: Int, text: String)] {
        pages.flatMap(\.lines).compactMap { line in
            headings.heading(line.text, kinds: [.area]).flatMap { $0.number == nil ? nil : (line.number, $0.name) }
        }.sorted { $0.line < $1.line }
    }

    /// A page's side tab: its first line when that is short, holds no figure and ends no sentence.
    private func sideTab(_ page: SourcePage?) -> String? {
        guard let first = page?.lines.first(where: { !$0.isBlank }) else { return nil }
        let text = first.collapsed
        guard text.count <= MeasureParser.sideTabLength, !text.hasSuffix("."), !text.contains(where: \.isNumber),
              headings.heading(text, kinds: [.goal]) == nil else { return nil }
        return text
    }
}
