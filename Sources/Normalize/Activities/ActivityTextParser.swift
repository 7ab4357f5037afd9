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
        /// Each table read: the heading it stands under as printed, its header line and the
        /// activities it gave.
        var tables: [(title: String?, header: SourceLine, activities: Range<Int>)] = []
    }

    func parse(_ lines: [SourceLine]) -> Result {
        let pageStarts = Set(pageStartNumbers(lines))
        var result = Result()
        var area: String?
        var goal: String?
        var boundary = CellBoundary()
        var heading: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.text.collapsingWhitespace
            if let name = Self.heading(trimmed, prefix: "strategiskt utvecklingsområde") {
                area = name
                goal = nil
                heading = trimmed
                index += 1
            } else if let name = Self.heading(trimmed, prefix: "strategiskt mål") {
                goal = name
                heading = trimmed
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
                let first = result.activities.count
                result.activities += reader.read(chunks)
                result.tables.append((heading, line, first..<result.activities.count))
                boundary.knownEffects = reader.boundary.knownEffects
                index = end
            } else if let title = sectionTitle(lines, at: index) {
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
