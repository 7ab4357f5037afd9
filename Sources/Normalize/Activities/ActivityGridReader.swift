import Ingest

/// Reads activity tables from the grids of the layout (a PDF's by geometry, a text dump's by tabs).
///
/// A grid is an activity table when its header's roles make `ActivityColumns`; its rows come
/// from the grid (rows by cross-column alignment, tables joined across pages), each effects
/// paragraph one effect; a column without a role goes to the activity's `extra` under its header.
/// Area and goal headings (`headings.json`) are read from the rows outside tables; a goal's
/// description is the text up to the next table or heading. A goal is this list's only when an
/// activity table follows it (other lists read the goals of other tables).
struct ActivityGridReader {
    var text: ParagraphText
    var roles: ColumnRoles
    var headings: SectionHeadings

    /// The goals and activities, and the indices of the tables read as activities.
    /// `texts` holds each table's cells as text, in the order of `tables`; `skipping` were read
    /// already by another list.
    func parse(pages: [[VisualRow]], tables: [TableGrid], texts: [GridText], skipping: Set<Int> = [])
        -> (result: ActivityTextParser.Result, read: Set<Int>) {
        var result = ActivityTextParser.Result()
        var read = Set<Int>()
        // The rows are walked for headings only where some grid is an activity table.
        guard texts.indices.contains(where: { index in
            !skipping.contains(index) && ActivityColumns(headers: texts[index].header.map(GridText.cell), roles: roles) != nil
        }) else { return (result, read) }
        var area: String?
        var goal: Goal?
        var goalTaken = false
        // Where each table stands, by page: the row range and the table's index.
        var spans: [Int: [(rows: Range<Int>, table: Int, first: Bool)]] = [:]
        for (table, grid) in tables.enumerated() {
            for (offset, span) in grid.spans.enumerated() {
                spans[span.page, default: []].append((span.rows, table, offset == 0))
            }
        }
        for (page, rows) in pages.enumerated() {
            let pageSpans = spans[page] ?? []
            func span(at index: Int) -> (rows: Range<Int>, table: Int, first: Bool)? {
                pageSpans.first { $0.rows.lowerBound == index }
            }
            var index = 0
            while index < rows.count {
                if let span = span(at: index) {
                    let text = texts[span.table]
                    let headers = text.header.map(GridText.cell)
                    if span.first, !skipping.contains(span.table),
                       let columns = ActivityColumns(headers: headers, roles: roles) {
                        read.insert(span.table)
                        // A section heading right above the table, outside any goal, is its area.
                        if index > 0, let section = sectionTitle(rows[index - 1], body: rows[index].height) {
                            area = section
                            goal = nil
                        }
                        if let goal, !goalTaken {
                            result.goals.append(goal)
                            goalTaken = true
                        }
                        result.activities += zip(tables[span.table].rows, text.rows).compactMap { cells, texts in
                            activity(cells, texts: texts, columns: columns, area: area, goal: goal?.goal)
                        }
                    }
                    index = max(span.rows.upperBound, index + 1)
                    continue
                }
                let row = rows[index]
                let trimmed = row.text.collapsingWhitespace
                let heading = headings.heading(trimmed)
                if let heading, heading.kind == .area {
                    area = heading.name
                    goal = nil
                    index += 1
                } else if let heading {
                    var description: [VisualRow] = []
                    index += 1
                    while index < rows.count, span(at: index) == nil, headings.heading(rows[index].text) == nil {
                        description.append(rows[index])
                        index += 1
                    }
                    let lines = ([row] + description).flatMap(\.lines)
                    var provenance = Provenance(lines: lines)
                        ?? Provenance(page: row.lines.first?.page ?? 1, lines: 1...1)
                    provenance.bbox = BoundingBox.union(([row] + description).compactMap(\.geometryBox))
                    let text = self.text.join(description.map(\.text))
                    goal = Goal(area: area, goal: heading.name, number: heading.number,
                                description: text.isEmpty ? nil : text, provenance: provenance)
                    goalTaken = false
                } else {
                    index += 1
                }
            }
        }
        return (result, read)
    }

    /// A heading of its own (text taller than the table's, a few words, no sentence) that is neither
    /// an area nor a goal heading: a section such as "Verksamhetsstöd".
    func sectionTitle(_ row: VisualRow, body: Double) -> String? {
        let text = row.text.collapsingWhitespace
        guard row.height > body * LayoutTolerances.headingHeight, text.split(separator: " ").count <= 5,
              !text.hasSuffix("."), headings.heading(text) == nil else { return nil }
        return text
    }

    /// One grid row as an activity; nil for a row with no text in any column.
    private func activity(_ cells: [TableGrid.Cell], texts: [[String]], columns: ActivityColumns,
                          area: String?, goal: String?) -> Activity? {
        guard cells.contains(where: { !$0.isEmpty }) else { return nil }
        let effects = columns.index(of: .effects).flatMap { $0 < texts.count ? texts[$0] : nil } ?? []
        return columns.activity(texts.map(GridText.cell), effects: effects, area: area, goal: goal,
                                provenance: TableGrid.provenance(of: cells))
    }
}
