import Foundation
import Ingest

/// Reads activity tables from a text dump: an area heading ("Strategiskt utvecklingsområde <area>",
/// "Målområde 1: <area>") → a goal heading ("Strategiskt mål[:] <goal>", "Mål 2.1 <goal>") →
/// description → a header line whose words are header words of `columns.json` ("Aktivitet
/// Resurser Önskade effekter på lång sikt", "Aktivitet Ansvar Tidplan Förväntat resultat") → rows
/// of one cell per column. A lone short title over a table ("Verksamhetsstöd") opens a section
/// without a goal. A goal is this list's only when an activity table follows it.
///
/// (A table saved by a word processor with tabs between its cells is a grid of the layout,
/// `TabbedGrids`, read by `ActivityGridReader`.) pdftotext's dumps give a table's cells as blank-line separated paragraphs in reading order, damaged
/// in known ways (see `ActivityChunker` and `CellBoundary`). Rows are read by structure first:
/// activity → resources → effects, a new row at an unindented paragraph after the effects;
/// the words of a line decide only where a line holds two cells.
struct ActivityTextParser {
    var text: ParagraphText
    var roles: ColumnRoles
    var headings: SectionHeadings
    var cellWords: CellWords

    /// A table read: the heading it stands under as printed, its header line, its columns and
    /// the activities it gave.
    struct Table {
        var title: String?
        var header: SourceLine
        var columns: ActivityColumns
        var activities: Range<Int>
    }

    struct Result {
        var goals: [Goal] = []
        var activities: [Activity] = []
        var tables: [Table] = []
    }

    func parse(_ lines: [SourceLine]) -> Result {
        let pageStarts = Set(pageStartNumbers(lines))
        let figureColumns = roles.words(of: "figures", in: "budget")
        let readings = lines.map { LineReading(heading: headings.heading($0), columns: columns($0)) }
        var result = Result()
        var area: String?
        var goal: Goal?
        var goalTaken = false
        var boundary = CellBoundary(vocabulary: cellWords)
        var heading: String?
        var index = 0
        while index < lines.count {
            WorkMeter.count(1)
            let line = lines[index]
            let trimmed = line.collapsed
            if let found = readings[index].heading, found.kind == .area {
                area = found.name
                goal = nil
                heading = trimmed
                index += 1
            } else if let found = readings[index].heading {
                heading = trimmed
                var description: [SourceLine] = []
                index += 1
                while index < lines.count, !lines[index].isBlank, readings[index].columns == nil {
                    description.append(lines[index])
                    index += 1
                }
                let text = self.text.join(lines: Array(description))
                boundary.descriptionSentences = Self.sentences(text)
                let provenance = Provenance(lines: [line] + description)
                    ?? Provenance(page: line.page, lines: line.number...line.number)
                goal = Goal(area: area, goal: found.name, number: found.number,
                            description: text.isEmpty ? nil : text, provenance: provenance)
                goalTaken = false
            } else if var columns = readings[index].columns {
                // A header wrapped onto a second line of header words ("Aktivitet Ansvar" /
                // "Tidplan Förväntat resultat") is one header.
                var bodyStart = index + 1
                if bodyStart < lines.count, let more = continuedHeader(lines[bodyStart]),
                   let joined = ActivityColumns(headers: columns.headers + more, roles: roles) {
                    columns = joined
                    bodyStart += 1
                }
                let end = tableEnd(lines, readings, from: bodyStart, figureColumns: figureColumns)
                let first = result.activities.count
                let chunks = ActivityChunker(pageStarts: pageStarts).chunks(Array(lines[bodyStart..<end]))
                var reader = RowReader(text: text, boundary: boundary, columns: columns, area: area, goal: goal?.goal)
                result.activities += Self.completeRows(reader.read(chunks), columns: columns)
                boundary.knownEffects = reader.boundary.knownEffects
                result.tables.append(Table(title: heading, header: line, columns: columns,
                                           activities: first..<result.activities.count))
                if let goal, !goalTaken {
                    result.goals.append(goal)
                    goalTaken = true
                }
                index = end
            } else if let title = sectionTitle(lines, readings, at: index) {
                area = title
                heading = trimmed
                goal = nil
                boundary.descriptionSentences = []
                index += 1
            } else {
                index += 1
            }
        }
        return result
    }

    // MARK: - Structure

    private func pageStartNumbers(_ lines: [SourceLine]) -> [Int] {
        zip(lines, lines.dropFirst()).compactMap { $1.page != $0.page ? $1.number : nil }
    }

    /// What a line opens, read once per line for the loops that look at it again.
    private struct LineReading {
        var heading: SectionHeadings.Heading?
        var columns: ActivityColumns?
    }

    /// The columns of a table header printed on one line, or nil when `line` is no activity header.
    func columns(_ line: SourceLine) -> ActivityColumns? {
        roles.cells(of: line, in: "activities").flatMap { ActivityColumns(headers: $0, roles: roles) }
    }

    /// The cells of a line right under a header that holds nothing but header words of activity
    /// tables (the header's second line), or nil.
    private func continuedHeader(_ line: SourceLine) -> [String]? {
        guard !line.isBlank, let cells = roles.cells(of: line, in: "activities", minimum: 1),
              cells.allSatisfy({ roles.role(of: $0, in: "activities") != nil }) else { return nil }
        return cells
    }

    /// A table runs to the next heading, header (of an activity or measures table) or section
    /// title, or to the header of a table of figures ("Tkr Bokslut 2024 Budget 2025";
    /// `figureColumns` are the words of its columns that are no year) and the title line right
    /// above it.
    private func tableEnd(_ lines: [SourceLine], _ readings: [LineReading], from start: Int,
                          figureColumns: Set<String>) -> Int {
        var index = start
        while index < lines.count {
            WorkMeter.count(1)
            let trimmed = lines[index].collapsed
            if readings[index].heading != nil || readings[index].columns != nil
                || sectionTitle(lines, readings, at: index) != nil
                || MeasureTableReader.headerShapedCells(of: lines[index], roles: roles) != nil {
                return index
            }
            if let header = BudgetHeader.parse(trimmed, figureColumns: figureColumns), header.layout == .rowsBelow {
                var title = index - 1
                while title > start, lines[title].isBlank { title -= 1 }
                return title > start && title < index - 1 && Self.isLoneShortLine(lines, at: title) ? title : index
            }
            index += 1
        }
        return index
    }

    /// The rows of a table without a last row that stops before the effects column while the rows
    /// above it reach it: in a dump that is the running text after the table ("Ekonomi", a
    /// paragraph), not a row.
    static func completeRows(_ rows: [Activity], columns: ActivityColumns) -> [Activity] {
        guard columns.index(of: .effects) != nil, rows.count >= 2, let last = rows.last, last.effects.isEmpty,
              rows.dropLast().allSatisfy({ !$0.effects.isEmpty }) else { return rows }
        return Array(rows.dropLast())
    }

    /// A short line alone between blank lines, followed by blank lines and a table header.
    private func sectionTitle(_ lines: [SourceLine], _ readings: [LineReading], at index: Int) -> String? {
        guard Self.isLoneShortLine(lines, at: index) else { return nil }
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        guard next > index + 1, next < lines.count, readings[next].columns != nil else { return nil }
        return lines[index].collapsed
    }

    /// A title-like line: short (five words at most), ending no sentence, after a blank line.
    private static func isLoneShortLine(_ lines: [SourceLine], at index: Int) -> Bool {
        let text = lines[index].collapsed
        return !text.isEmpty && text.split(separator: " ").count <= 5 && !text.hasSuffix(".")
            && index > 0 && lines[index - 1].isBlank
    }

    static func sentences(_ text: String) -> [String] {
        text.components(separatedBy: ". ").map { $0.trimmingCharacters(" ") }.filter { !$0.isEmpty }
    }
}
