import Ingest

/// Reads measures ("Prioriterade insatser | Effekt") from the grids of the layout: a PDF's, a
/// dump's tabbed tables, and a dump's pages written in drawing order (`DrawingOrderGrids`, told
/// by `layoutVocabulary`).
///
/// A grid is a measures table when its header has the `measure` and `effect` roles of
/// `columns.json`. Its title is the objective ("Delmål 1: …"). Its area is the last
/// "Insatsområde N: …" heading before it on the first page of tables after that heading; on later
/// pages, the page's side tab (a short first paragraph: "Förbunds" / "gemensamma mål") where it
/// has one, since a plan's later pages need not belong to the last heading (the förbund's common
/// goals after its areas), else still that heading; before any heading, the side tab. A numbered
/// insats loses its number ("1. God balans …" → "God balans …").
struct MeasureTableReader {
    var text: ParagraphText
    var roles: ColumnRoles
    var headings: SectionHeadings

    static let wantedRoles = ["measure", "effect"]

    /// The cells of a line shaped like a measures table's header, with the `measure` and `effect`
    /// roles and any columns between ("Prioriterade insatser | Ansvar | Effekt"); nil otherwise.
    /// Looser than the header the layout reads a dump's pages by (`layoutVocabulary`): for telling
    /// where such a table starts, and that one was not read.
    static func headerShapedCells(of line: SourceLine, roles: ColumnRoles) -> [String]? {
        guard let cells = roles.cells(of: line, in: "measures"),
              roles.columns(of: cells, in: "measures", roles: wantedRoles) != nil else { return nil }
        return cells
    }

    /// What the layout needs to find a dump's measures pages: the column header, a line of exactly
    /// one `measure` and one `effect` header word ("Prioriterade insatser    Effekt", "Insatser
    /// Förväntade effekter"; stricter than a grid's header, since a dump's line has no columns to
    /// tell a third cell apart), and the delmål headings that title its groups.
    static func layoutVocabulary(roles: ColumnRoles, headings: SectionHeadings) -> LayoutVocabulary {
        let headerWords = wantedRoles.flatMap { roles.words(of: $0, in: "measures") }
        return LayoutVocabulary(
            drawingOrderHeader: { line in
                guard headerWords.contains(where: { line.folded.utf8.starts(with: $0.utf8) }),
                      let cells = roles.cells(of: line, in: "measures"), cells.count == wantedRoles.count
                else { return nil }
                let named = cells.compactMap { cell in
                    roles.role(of: cell, in: "measures").flatMap { role in
                        roles.words(of: role, in: "measures").contains(cell.collapsingWhitespace.fastLowercased()) ? role : nil
                    }
                }
                return Set(named) == Set(wantedRoles) && named.count == cells.count ? cells : nil
            },
            isGroupTitle: { headings.heading($0, kinds: [.goal])?.number != nil })
    }

    /// The goals and measures, and the indices of the tables read; `skipping` were read already.
    func parse(_ pages: [SourcePage], blocks: [LayoutBlock], tables: [TableGrid], texts: [GridText], skipping: Set<Int>)
        -> (goals: [Goal], measures: [Measure], read: Set<Int>) {
        var goals: [Goal] = [], measures: [Measure] = [], read = Set<Int>()
        guard !tables.isEmpty else { return (goals, measures, read) }
        let areas = areaHeadings(pages)
        let firstBlocks = Self.firstBlockLines(blocks)
        // The area heading last taken, and the page it was first taken on.
        var taken: (line: Int, page: Int)?
        for (index, (grid, text)) in zip(tables, texts).enumerated() where !skipping.contains(index) {
            guard let columns = roles.columns(of: text.header.map(GridText.cell), in: "measures", roles: Self.wantedRoles)
            else { continue }
            read.insert(index)
            let provenance = grid.provenance
            let areaHeading = areas.last { $0.line < provenance.lines.lowerBound }
            let area: String?
            if let areaHeading, taken.map({ $0.line != areaHeading.line || $0.page == provenance.page }) ?? true {
                area = areaHeading.text
                if taken?.line != areaHeading.line { taken = (areaHeading.line, provenance.page) }
            } else {
                area = sideTab(firstBlocks[provenance.page]) ?? areaHeading?.text
            }
            let heading = text.title.flatMap { headings.heading($0, kinds: [.goal]) }
            let objective = heading?.name
            if let heading {
                // The heading's own lines (with their boxes in a PDF) where the layout kept them, else the table's.
                goals.append(Goal(area: area, goal: heading.name, number: heading.number, description: nil,
                                  provenance: grid.titleProvenance(in: pages) ?? provenance))
            }
            for (cells, cellTexts) in zip(grid.rows, text.rows) {
                let insats = GridText.cell(cellTexts[columns[0]])
                guard !insats.isEmpty else { continue }
                let measure = DrawingOrderGrids.leadingNumber(insats) == nil ? insats : DrawingOrderGrids.droppingNumber(insats)
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

    /// Per page, the lines on it of the first block that has any.
    private static func firstBlockLines(_ blocks: [LayoutBlock]) -> [Int: [SourceLine]] {
        var result: [Int: [SourceLine]] = [:]
        for block in blocks {
            for page in Set(block.lines.map(\.page)) where result[page] == nil {
                result[page] = block.lines.filter { $0.page == page }
            }
        }
        return result
    }

    /// A page's side tab: the lines of its first block (`lines`, those on the page), when they
    /// are a few short lines that hold no figure and end no sentence.
    private func sideTab(_ lines: [SourceLine]?) -> String? {
        guard let lines, lines.count <= DrawingOrderGrids.sideTabLines,
              lines.allSatisfy({ $0.collapsed.count <= DrawingOrderGrids.sideTabLength }) else { return nil }
        let joined = text.join(lines: lines)
        guard !joined.isEmpty, !joined.hasSuffix("."), !joined.contains(where: \.isNumber),
              headings.heading(joined, kinds: [.goal]) == nil else { return nil }
        return joined
    }
}
