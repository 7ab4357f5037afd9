import Foundation
import Ingest

/// Reads activity tables from a text dump: "Strategiskt utvecklingsområde <area>" →
/// "Strategiskt mål[:] <goal>" → description → "Aktivitet Resurser Önskade effekter på lång sikt"
/// → rows of three cells. A lone short title over a table ("Verksamhetsstöd") opens a section
/// without a goal.
///
/// The dump gives a table's cells as blank-line separated paragraphs in reading order, damaged
/// in known ways (see `ActivityChunker` and `CellBoundary`). Rows are read by structure first:
/// activity → resources → effects, a new row at an unindented paragraph after the effects;
/// the words of a line decide only where a line holds two cells.
struct ActivityTextParser {
    var text: ParagraphText

    struct Result {
        var goals: [Goal] = []
        var activities: [Activity] = []
    }

    func parse(_ lines: [SourceLine]) -> Result {
        let pageStarts = Set(pageStartNumbers(lines))
        var result = Result()
        var area: String?
        var goal: String?
        var boundary = CellBoundary()
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.text.collapsingWhitespace
            if let name = Self.heading(trimmed, prefix: "strategiskt utvecklingsområde") {
                area = name
                goal = nil
                index += 1
            } else if let name = Self.heading(trimmed, prefix: "strategiskt mål") {
                goal = name
                var description: [SourceLine] = []
                index += 1
                while index < lines.count, !lines[index].isBlank, !Self.isHeader(lines[index].text) {
                    description.append(lines[index])
                    index += 1
                }
                let text = self.text.join(lines: Array(description))
                boundary.descriptionSentences = Self.sentences(text)
                let provenance = Provenance(lines: [line] + description)
                    ?? Provenance(page: line.page, lines: line.number...line.number)
                result.goals.append(Goal(area: area, goal: name, description: text.isEmpty ? nil : text,
                                         provenance: provenance))
            } else if Self.isHeader(line.text) {
                let end = tableEnd(lines, from: index + 1)
                let chunks = ActivityChunker(pageStarts: pageStarts).chunks(Array(lines[(index + 1)..<end]))
                var reader = RowReader(text: text, boundary: boundary, area: area, goal: goal)
                result.activities += reader.read(chunks)
                boundary.knownEffects = reader.boundary.knownEffects
                index = end
            } else if let title = sectionTitle(lines, at: index) {
                area = title
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

    /// "Strategiskt mål: Barn och unga" / "Strategiskt mål Kompetens, FoU …" → the name.
    static func heading(_ trimmed: String, prefix: String) -> String? {
        guard trimmed.lowercased().hasPrefix(prefix) else { return nil }
        var rest = trimmed.dropFirst(prefix.count)
        guard rest.first == ":" || rest.first == " " else { return nil }
        rest = rest.drop { $0 == ":" || $0 == " " }
        return rest.isEmpty ? nil : String(rest)
    }

    static func isHeader(_ text: String) -> Bool {
        text.collapsingWhitespace.lowercased().hasPrefix("aktivitet resurser önskade effekter")
    }

    /// A table runs to the next heading, header or section title.
    private func tableEnd(_ lines: [SourceLine], from start: Int) -> Int {
        var index = start
        while index < lines.count {
            let trimmed = lines[index].text.collapsingWhitespace
            if Self.heading(trimmed, prefix: "strategiskt utvecklingsområde") != nil
                || Self.heading(trimmed, prefix: "strategiskt mål") != nil
                || Self.isHeader(lines[index].text) || sectionTitle(lines, at: index) != nil {
                return index
            }
            index += 1
        }
        return index
    }

    /// A short line alone between blank lines, followed by blank lines and a table header.
    private func sectionTitle(_ lines: [SourceLine], at index: Int) -> String? {
        let trimmed = lines[index].text.collapsingWhitespace
        guard !trimmed.isEmpty, trimmed.split(separator: " ").count <= 5, !trimmed.hasSuffix("."),
              index > 0, lines[index - 1].isBlank else { return nil }
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        guard next > index + 1, next < lines.count, Self.isHeader(lines[next].text) else { return nil }
        return trimmed
    }

    static func sentences(_ text: String) -> [String] {
        text.components(separatedBy: ". ").map { $0.trimmingCharacters(" ") }.filter { !$0.isEmpty }
    }
}

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
