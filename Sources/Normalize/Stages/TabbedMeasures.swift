import Ingest

extension MeasureParser {
    /// The measures of a page a word processor saved as text: under a header whose tabs give its
    /// measure and effect cells, each line with a tab is an insats and its effect (`TabbedRows`),
    /// and a goal heading ("Delmål 1: …") opens the next delmål. nil when the page's header has no
    /// tabs (pdftotext's dumps print the columns one after the other instead).
    func tabbed(_ page: SourcePage, area: String?) -> (goals: [Goal], measures: [Measure], tables: [DocumentTable])? {
        guard let headerIndex = page.lines.firstIndex(where: isColumnHeader),
              let header = page.lines[headerIndex].tabCells, header.count == MeasureTableReader.wantedRoles.count,
              let columns = roles.columns(of: header, in: "measures", roles: MeasureTableReader.wantedRoles) else { return nil }
        var result: (goals: [Goal], measures: [Measure], tables: [DocumentTable]) = ([], [], [])
        var body = page.lines[(headerIndex + 1)...]
        while !body.isEmpty {
            let headingLine = body.first.flatMap { isObjectiveHeading($0.collapsed) ? $0 : nil }
            if headingLine != nil { body = body.dropFirst() }
            let end = body.firstIndex { isObjectiveHeading($0.collapsed) } ?? body.endIndex
            let rows = TabbedRows.rows(header: page.lines[headerIndex], lines: body[..<end], columns: header.count) ?? []
            body = body[end...]
            let heading = headingLine.flatMap { headings.heading($0.collapsed, kinds: [.goal]) }
            if let heading, let line = headingLine {
                result.goals.append(Goal(area: area, goal: heading.name, number: heading.number, description: nil,
                                         provenance: Provenance(page: line.page, lines: line.number...line.number)))
            }
            var tableRows: [[String]] = []
            for row in rows {
                let insats = row.cells[columns[0]], effect = row.cells[columns[1]]
                // A row with no insats goes on with the one above (a second paragraph of its effect).
                if insats.isEmpty, !tableRows.isEmpty, let last = result.measures.indices.last {
                    if !effect.isEmpty {
                        result.measures[last].effect = [result.measures[last].effect, effect].compactMap { $0 }.joined(separator: " ")
                        tableRows[tableRows.count - 1][columns[1]] = result.measures[last].effect ?? ""
                    }
                    let lines = row.lines.last.map { result.measures[last].provenance.lines.lowerBound...$0.number }
                    if let lines { result.measures[last].provenance.lines = lines }
                    continue
                }
                guard !insats.isEmpty, let provenance = Provenance(lines: row.lines) else { continue }
                result.measures.append(Measure(area: area, objective: heading?.name,
                                               measure: Self.leadingNumber(insats) == nil ? insats : Self.droppingNumber(insats),
                                               effect: effect.isEmpty ? nil : effect, themes: [], provenance: provenance))
                tableRows.append(row.cells)
            }
            let lines = (headingLine.map { [$0] } ?? []) + rows.flatMap(\.lines)
            if !tableRows.isEmpty, let provenance = Provenance(lines: lines) {
                result.tables.append(DocumentTable(title: headingLine?.collapsed, header: header, rows: tableRows,
                                                   readAs: .measures, provenance: provenance))
            }
        }
        return result
    }
}
