import Ingest

/// The row state machine over a table's chunks, column by column in the header's order: one
/// chunk per cell, except the effects cell, which takes every indented chunk after its first.
/// Where the dump glued two cells into one line, `CellBoundary` finds the split between an
/// activity and the resources after it, and between resources and the effects after them.
struct RowReader {
    var text: ParagraphText
    var boundary: CellBoundary
    var columns: ActivityColumns
    var area: String?
    var goal: String?

    /// A cell being built: its lines (whole or in part) and the source lines it covers.
    private struct Cell {
        var parts: [String] = []
        var lines: [SourceLine] = []
        var isEmpty: Bool { parts.isEmpty }
        mutating func add(_ part: String, _ line: SourceLine) {
            parts.append(part)
            if lines.last?.number != line.number { lines.append(line) }
        }
    }

    private struct Row {
        var activity = Cell()
        var resources = Cell()
        var effects: [Cell] = []
        var extra: [Int: Cell] = [:]
        var isEmpty: Bool { activity.isEmpty && resources.isEmpty && effects.isEmpty && extra.isEmpty }
    }

    mutating func read(_ chunks: [ActivityChunker.Chunk]) -> [Activity] {
        var activities: [Activity] = []
        var row = Row()
        var column = 0
        func finish() {
            guard !row.isEmpty else { return }
            activities.append(makeActivity(row))
            row = Row()
        }
        for chunk in chunks {
            var lines = chunk.lines
            if column < columns.roles.count, columns.roles[column] == .effects, !row.effects.isEmpty,
               !chunk.isIndented {
                column += 1
            }
            if column >= columns.roles.count {
                finish()
                column = 0
            }
            column = take(&lines, column: column, into: &row)
        }
        finish()
        return activities
    }

    /// Puts `lines` into the cell of `column` (and the cells after it where the dump glued them);
    /// returns the column the next chunk goes to.
    private mutating func take(_ lines: inout [SourceLine], column: Int, into row: inout Row) -> Int {
        switch columns.roles[column] {
        case .activity:
            return takeActivity(&lines, column: column, into: &row)
        case .resources:
            return takeResources(&lines, column: column, into: &row)
        case .effects:
            takeEffects(lines, into: &row)
            return column
        case .extra:
            for line in lines { row.extra[column, default: Cell()].add(line.printedText, line) }
            return column + 1
        }
    }

    /// The role of the column after `column`, if any.
    private func role(after column: Int) -> ActivityColumns.Role? {
        column + 1 < columns.roles.count ? columns.roles[column + 1] : nil
    }

    /// The chunk is the activity, unless its first line also holds the start of the resources
    /// (and maybe of the effects) of the next column.
    private mutating func takeActivity(_ lines: inout [SourceLine], column: Int, into row: inout Row) -> Int {
        guard let first = lines.first else { return column }
        if role(after: column) == .resources, let split = boundary.resourcesStart(in: first.text) {
            row.activity.add(String(first.text[..<split]), first)
            let rest = String(first.text[split...])
            lines.removeFirst()
            lines.insert(SourceLine(number: first.number, page: first.page, text: rest,
                                    trailingSpaces: first.trailingSpaces), at: 0)
            let ending = rest.trimmingCharacters(" ").last
            if lines.count == 1, boundary.effectStart(in: rest) == nil, ending == "," || ending?.isLetter == true {
                // The resources go on after the blank line that follows.
                row.resources.add(rest + String(repeating: " ", count: first.trailingSpaces), first)
                return column + 1
            }
            return takeResources(&lines, column: column + 1, into: &row)
        }
        for line in lines { row.activity.add(line.printedText, line) }
        return column + 1
    }

    /// The chunk is the resources, up to where an effect begins inside it when the effects come next.
    private mutating func takeResources(_ lines: inout [SourceLine], column: Int, into row: inout Row) -> Int {
        let effectsNext = role(after: column) == .effects
        for (offset, line) in lines.enumerated() {
            if effectsNext, offset > 0, boundary.looksLikeEffect(line.text.trimmingCharacters(" ")),
               boundary.descriptionSentences.contains(where: {
                   $0.hasPrefix(CellBoundary.words(Substring(line.text)).prefix(4).joined(separator: " "))
               }) {
                takeEffects(Array(lines[offset...]), into: &row)
                return column + 1
            }
            if effectsNext, offset == 0, let split = boundary.effectStart(in: line.text) {
                row.resources.add(String(line.text[..<split]), line)
                let rest = SourceLine(number: line.number, page: line.page, text: String(line.text[split...]),
                                      trailingSpaces: line.trailingSpaces)
                takeEffects([rest] + lines.dropFirst(), into: &row)
                return column + 1
            }
            row.resources.add(line.printedText, line)
        }
        return column + 1
    }

    /// One effect per chunk, split again at hard line breaks (a short line ending a sentence).
    private mutating func takeEffects(_ lines: [SourceLine], into row: inout Row) {
        var cell = Cell()
        for line in lines {
            if let last = cell.parts.last?.trimmingCharacters(" "), last.hasSuffix("."), last.count <= 20,
               line.text.trimmingCharacters(" ").first?.isUppercase == true {
                row.effects.append(cell)
                cell = Cell()
            }
            cell.add(line.printedText, line)
        }
        if !cell.isEmpty { row.effects.append(cell) }
    }

    private mutating func makeActivity(_ row: Row) -> Activity {
        let effects = row.effects.map { text.join($0.parts) }
        boundary.knownEffects.add(effects)
        let extra = row.extra.keys.sorted().compactMap { column in row.extra[column].map { (column, text.join($0.parts)) } }
        let allLines = row.activity.lines + row.resources.lines + row.effects.flatMap(\.lines)
            + row.extra.values.flatMap(\.lines)
        let first = allLines.min { $0.number < $1.number }
        let last = allLines.max { $0.number < $1.number }
        let provenance = first.map { Provenance(page: $0.page, lines: $0.number...(last?.number ?? $0.number)) }
            ?? Provenance(page: 1, lines: 1...1)
        return Activity(area: area, goal: goal, activity: text.join(row.activity.parts),
                        resources: text.join(row.resources.parts), effects: effects,
                        extra: ExtraCells(extra.map { ExtraCells.Cell(header: columns.headers[$0.0], text: $0.1) }),
                        themes: [],
                        provenance: provenance)
    }
}
