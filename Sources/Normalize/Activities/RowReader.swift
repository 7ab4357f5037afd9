import Ingest

/// The row state machine over a table's chunks: activity → resources → effects.
struct RowReader {
    var text: ParagraphText
    var boundary: CellBoundary
    var area: String?
    var goal: String?

    private enum State { case activity, resources, effects }

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
    }

    mutating func read(_ chunks: [ActivityChunker.Chunk]) -> [Activity] {
        var activities: [Activity] = []
        var row = Row()
        var state = State.activity
        func finish() {
            guard !row.activity.isEmpty || !row.resources.isEmpty || !row.effects.isEmpty else { return }
            activities.append(makeActivity(row))
            row = Row()
        }
        for chunk in chunks {
            var lines = chunk.lines
            switch state {
            case .activity:
                state = takeActivity(&lines, into: &row)
            case .resources:
                state = takeResources(&lines, into: &row)
            case .effects:
                if chunk.isIndented || row.effects.isEmpty {
                    takeEffects(lines, into: &row)
                } else {
                    finish()
                    state = takeActivity(&lines, into: &row)
                }
            }
        }
        finish()
        return activities
    }

    /// The chunk is the activity, unless its first line also holds the start of the resources
    /// (and maybe of the effects).
    private mutating func takeActivity(_ lines: inout [SourceLine], into row: inout Row) -> State {
        guard let first = lines.first else { return .activity }
        if let split = boundary.resourcesStart(in: first.text) {
            row.activity.add(String(first.text[..<split]), first)
            let rest = String(first.text[split...])
            lines.removeFirst()
            lines.insert(SourceLine(number: first.number, page: first.page, text: rest,
                                    trailingSpaces: first.trailingSpaces), at: 0)
            let ending = rest.trimmingCharacters(" ").last
            if lines.count == 1, boundary.effectStart(in: rest) == nil, ending == "," || ending?.isLetter == true {
                // The resources go on after the blank line that follows.
                row.resources.add(rest + String(repeating: " ", count: first.trailingSpaces), first)
                return .resources
            }
            return takeResources(&lines, into: &row)
        }
        for line in lines { row.activity.add(line.printedText, line) }
        return .resources
    }

    /// The chunk is the resources, up to where an effect begins inside it.
    private mutating func takeResources(_ lines: inout [SourceLine], into row: inout Row) -> State {
        for (offset, line) in lines.enumerated() {
            if offset > 0, boundary.looksLikeEffect(line.text.trimmingCharacters(" ")),
               boundary.descriptionSentences.contains(where: {
                   $0.hasPrefix(CellBoundary.words(Substring(line.text)).prefix(4).joined(separator: " "))
               }) {
                takeEffects(Array(lines[offset...]), into: &row)
                return .effects
            }
            if offset == 0, let split = boundary.effectStart(in: line.text) {
                row.resources.add(String(line.text[..<split]), line)
                let rest = SourceLine(number: line.number, page: line.page, text: String(line.text[split...]),
                                      trailingSpaces: line.trailingSpaces)
                takeEffects([rest] + lines.dropFirst(), into: &row)
                return .effects
            }
            row.resources.add(line.printedText, line)
        }
        return .effects
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
        boundary.knownEffects += effects
        let allLines = row.activity.lines + row.resources.lines + row.effects.flatMap(\.lines)
        let first = allLines.min { $0.number < $1.number }
        let last = allLines.max { $0.number < $1.number }
        let provenance = first.map { Provenance(page: $0.page, lines: $0.number...(last?.number ?? $0.number)) }
            ?? Provenance(page: 1, lines: 1...1)
        return Activity(area: area, goal: goal, activity: text.join(row.activity.parts),
                        resources: text.join(row.resources.parts), effects: effects, themes: [],
                        provenance: provenance)
    }
}
