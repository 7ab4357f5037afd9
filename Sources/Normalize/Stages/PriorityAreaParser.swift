import Ingest

/// Reads prioritized areas laid out as "<AREA IN CAPITALS>" / a motivation label ("Varför är
/// detta område viktigt?") / a plan label ("Plan för genomförande 2026:") (seed 003; labels from
/// `SectionLabels`): each paragraph of the plan is a measure under its area, and the area with
/// its motivation is a goal.
struct PriorityAreaParser {
    var text: ParagraphText
    var casing: NormalCase
    var labels: SectionLabels

    func parse(_ lines: [SourceLine]) -> (goals: [Goal], measures: [Measure]) {
        var goals: [Goal] = []
        var measures: [Measure] = []
        var index = 0
        while index < lines.count {
            guard labels.part(of: lines[index]) == .motivation else { index += 1; continue }
            // The heading is the run of capitals right above "Varför är …".
            var headingStart = index
            while headingStart > 0, Self.isCapitals(lines[headingStart - 1].text) || lines[headingStart - 1].isBlank,
                  index - headingStart < 4 {
                headingStart -= 1
            }
            while headingStart < index, lines[headingStart].isBlank { headingStart += 1 }
            let headingLines = lines[headingStart..<index].filter { !$0.isBlank }
            guard !headingLines.isEmpty else { index += 1; continue }
            let area = casing.normal(headingLines.map(\.text).joined(separator: " "))
            var motivation: [String] = []
            var paragraph: [SourceLine] = []
            var inPlan = false
            var end = index + 1
            func close() {
                defer { paragraph = [] }
                guard let provenance = Provenance(lines: paragraph) else { return }
                let joined = text.join(lines: Array(paragraph))
                if inPlan {
                    measures.append(Measure(area: area, objective: nil, measure: joined, effect: nil, themes: [],
                                            provenance: provenance))
                } else {
                    motivation.append(joined)
                }
            }
            while end < lines.count, !Self.isCapitals(lines[end].text) {
                let line = lines[end]
                if line.isBlank {
                    close()
                } else if labels.part(of: line) == .plan {
                    close()
                    inPlan = true
                } else {
                    paragraph.append(line)
                }
                end += 1
            }
            close()
            // An area is read only with its plan: a capitals heading over "Varför …" alone is an introduction.
            if inPlan, let provenance = Provenance(lines: Array(lines[headingStart..<end])) {
                goals.append(Goal(area: nil, goal: area, description: motivation.joined(separator: " "),
                                  provenance: provenance))
            }
            index = end
        }
        return (goals, measures)
    }

    /// A heading line in capitals; one ending in punctuation ("LIA).") is the end of a sentence.
    private static func isCapitals(_ line: String) -> Bool {
        let trimmed = line.collapsingWhitespace
        guard let last = trimmed.last, !".,;)".contains(last) else { return false }
        return trimmed.isCapitalsLine
    }
}
