import Ingest

/// Reads activity tables from PDF pages by geometry.
///
/// The header row ("Aktivitet", "Resurser", "Önskade effekter …") gives each column's left
/// edge; every word goes to the column whose left edge is the nearest at or left of it. The
/// lines of a cell touch or overlap, so a table row starts where a line follows a gap wider
/// than a quarter of the font size (the cell padding). A row that breaks across pages continues at the top of the next page,
/// under the repeated header, with its resources and effects empty there.
struct ActivityPDFParser {
    var text: ParagraphText

    /// The goals and activities of a PDF, from each page's visual rows.
    func parse(pages: [[VisualRow]]) -> ActivityTextParser.Result {
        var result = ActivityTextParser.Result()
        var area: String?
        var goal: String?
        var columns: [Double]?
        var pending: PendingRow?
        /// The font size of the table's first body line.
        var bodyHeight: Double?
        func flush() {
            if let row = pending { result.activities.append(row.activity(area: area, goal: goal, text: text)) }
            pending = nil
        }
        for rows in pages {
            var index = 0
            var atPageTop = true
            var previousBottom: Double?
            while index < rows.count {
                let row = rows[index]
                let trimmed = row.text.collapsingWhitespace
                if let name = ActivityTextParser.heading(trimmed, prefix: "strategiskt utvecklingsområde") {
                    flush(); columns = nil; bodyHeight = nil
                    area = name; goal = nil
                    index += 1
                } else if let name = ActivityTextParser.heading(trimmed, prefix: "strategiskt mål") {
                    flush(); columns = nil; bodyHeight = nil
                    goal = name
                    var description: [VisualRow] = []
                    index += 1
                    while index < rows.count, Self.columnStarts(rows[index]) == nil,
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
                } else if let starts = Self.columnStarts(row) {
                    columns = starts
                    bodyHeight = nil
                    previousBottom = nil
                    index += 1
                } else if columns != nil, let body = bodyHeight,
                          row.height > body * 1.2 || previousBottom.map({ row.bbox.y0 - $0 > body * 2 }) == true {
                    // A larger font (a heading) or a wide gap ends the table.
                    flush()
                    columns = nil
                    bodyHeight = nil
                    index += 1
                } else if let columns {
                    let cells = Self.split(row, columns: columns)
                    if bodyHeight == nil { bodyHeight = row.height }
                    // Lines of a cell touch or overlap; the cell padding leaves a gap between rows.
                    let gap = previousBottom.map { row.bbox.y0 - $0 } ?? .infinity
                    let startsRow = gap > row.height * 0.25
                    // Under a repeated header, a row broken by the page goes on: its activity, or
                    // both its other cells, are empty there, or a cell goes on in lowercase.
                    let continuesAcrossPage = atPageTop && pending != nil
                        && (cells[0].isEmpty || (cells[1].isEmpty && cells[2].isEmpty)
                            || cells.contains { $0.first?.text.first?.isLowercase == true })
                    if startsRow, !continuesAcrossPage {
                        flush()
                        pending = PendingRow()
                    }
                    pending?.add(cells, row: row)
                    atPageTop = false
                    previousBottom = row.bbox.y1
                    index += 1
                } else {
                    index += 1
                }
            }
        }
        flush()
        return result
    }

    /// The left edges of the three columns, when `row` is the table header.
    static func columnStarts(_ row: VisualRow) -> [Double]? {
        let words = row.words.map(\.word)
        guard let activity = words.first(where: { $0.text == "Aktivitet" }),
              let resources = words.first(where: { $0.text == "Resurser" }),
              let effects = words.first(where: { $0.text == "Önskade" }),
              activity.bbox.x0 < resources.bbox.x0, resources.bbox.x0 < effects.bbox.x0 else { return nil }
        return [activity.bbox.x0, resources.bbox.x0, effects.bbox.x0]
    }

    /// The row's words in three columns, as text.
    static func split(_ row: VisualRow, columns: [Double]) -> [[Word]] {
        var cells: [[Word]] = [[], [], []]
        for placed in row.words {
            let x = placed.word.bbox.x0 + 2
            let column = columns.lastIndex { $0 <= x } ?? 0
            cells[column].append(placed.word)
        }
        return cells
    }

    /// A table row being read: per column, its lines of text; plus the rows it spans.
    struct PendingRow {
        var cells: [[String]] = [[], [], []]
        var rows: [VisualRow] = []

        mutating func add(_ words: [[Word]], row: VisualRow) {
            for (column, cellWords) in words.enumerated() where !cellWords.isEmpty {
                cells[column].append(cellWords.map(\.text).joined(separator: " "))
            }
            rows.append(row)
        }

        func activity(area: String?, goal: String?, text: ParagraphText) -> Activity {
            let lines = rows.flatMap(\.lines)
            let first = rows.first?.words.first?.line
            var provenance = Provenance(lines: lines.sorted { $0.number < $1.number })
                ?? Provenance(page: first?.page ?? 1, lines: 1...1)
            provenance.page = first?.page ?? provenance.page
            provenance.bbox = BoundingBox.union(rows.filter { $0.lines.first?.page == provenance.page }.map(\.bbox))
            return Activity(area: area, goal: goal, activity: text.join(cells[0]), resources: text.join(cells[1]),
                            effects: cells[2].isEmpty ? [] : [text.join(cells[2])], themes: [],
                            provenance: provenance)
        }
    }
}
