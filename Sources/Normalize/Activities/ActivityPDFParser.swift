import Ingest

/// Reads activity tables from the grids of a PDF's layout.
///
/// A grid is an activity table when its header has the `activity`, `resources` and `effects`
/// roles of `columns.json`; its rows come from the grid (rows by cross-column alignment, tables
/// joined across pages), each effects paragraph one effect; a column without a role goes to the
/// activity's `extra` under its header. Area and goal headings are read from
/// the rows outside tables; a goal's description is the text up to the next table or heading.
struct ActivityPDFParser {
    var text: ParagraphText
    var roles: ColumnRoles

    static let wantedRoles = ["activity", "resources", "effects"]

    /// The goals and activities, and the indices of the tables read as activities.
    /// `texts` holds each table's cells as text, in the order of `tables`; `skipping` were read
    /// already by another list.
    func parse(pages: [[VisualRow]], tables: [TableGrid], texts: [GridText], skipping: Set<Int> = [])
        -> (result: ActivityTextParser.Result, read: Set<Int>) {
        var result = ActivityTextParser.Result()
        var read = Set<Int>()
        var area: String?
        var goal: String?
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
                       let columns = roles.columns(of: headers, in: "activities", roles: Self.wantedRoles) {
                        read.insert(span.table)
                        // A section heading right above the table, outside any goal, is its area.
                        if index > 0, let section = Self.sectionTitle(rows[index - 1], body: rows[index].height) {
                            area = section
                            goal = nil
                        }
                        result.activities += zip(tables[span.table].rows, text.rows).compactMap { cells, texts in
                            activity(cells, texts: texts, columns: columns, headers: headers, area: area, goal: goal)
                        }
                    }
                    index = max(span.rows.upperBound, index + 1)
                    continue
                }
                let row = rows[index]
                let trimmed = row.text.collapsingWhitespace
                if let name = ActivityTextParser.heading(trimmed, prefix: "strategiskt utvecklingsområde") {
                    area = name
                    goal = nil
                    index += 1
                } else if let name = ActivityTextParser.heading(trimmed, prefix: "strategiskt mål") {
                    goal = name
                    var description: [VisualRow] = []
                    index += 1
                    while index < rows.count, span(at: index) == nil,
                          ActivityTextParser.heading(rows[index].text, prefix: "strategiskt") == nil {
                        description.append(rows[index])
                        index += 1
                    }
                    let lines = ([row] + description).flatMap(\.lines)
                    var provenance = Provenance(lines: lines)
                        ?? Provenance(page: row.lines.first?.page ?? 1, lines: 1...1)
                    provenance.bbox = BoundingBox.union(([row] + description).map(\.bbox))
                    let text = self.text.join(description.map(\.text))
                    result.goals.append(Goal(area: area, goal: name, description: text.isEmpty ? nil : text,
                                             provenance: provenance))
                } else {
                    index += 1
                }
            }
        }
        return (result, read)
    }

    /// A heading of its own (text taller than the table's, a few words, no sentence) that is neither
    /// an area nor a goal heading: a section such as "Verksamhetsstöd".
    static func sectionTitle(_ row: VisualRow, body: Double) -> String? {
        let text = row.text.collapsingWhitespace
        guard row.height > body * LayoutTolerances.headingHeight, text.split(separator: " ").count <= 5,
              !text.hasSuffix("."), ActivityTextParser.heading(text, prefix: "strategiskt") == nil else { return nil }
        return text
    }

    /// One grid row as an activity; nil for a row with no text in the role columns.
    /// `headers` are the table's header cells: columns without a role go to `extra` under theirs.
    private func activity(_ cells: [TableGrid.Cell], texts: [[String]], columns: [Int], headers: [String],
                          area: String?, goal: String?) -> Activity? {
        guard cells.contains(where: { !$0.isEmpty }) else { return nil }
        let provenance = TableGrid.provenance(of: cells)
        let extra = headers.indices.filter { !columns.contains($0) && $0 < texts.count }
            .compactMap { column -> ExtraCells.Cell? in
                let text = GridText.cell(texts[column])
                return text.isEmpty ? nil : ExtraCells.Cell(header: headers[column], text: text)
            }
        return Activity(area: area, goal: goal, activity: GridText.cell(texts[columns[0]]),
                        resources: GridText.cell(texts[columns[1]]), effects: texts[columns[2]],
                        extra: ExtraCells(extra), themes: [], provenance: provenance)
    }
}
