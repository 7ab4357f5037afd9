import Ingest

/// Reads goal pages laid out as a scorecard (seed 003): a heading "MÅL 1 - ÖKAD KONKURRENSKRAFT",
/// the goal's description, then parts under their labels (`SectionLabels`: "Varför är detta
/// område viktigt?", "Konkreta effekter som ska uppnås", "Indikator"), each followed by
/// blank-line separated paragraphs. Gives the goals
/// (with their effects) and the indicators under each goal. The table of contents line
/// "Mål 1 - Ökad konkurrenskraft 6" is not a heading (it ends in a page number).
struct ScorecardParser {
    var text: ParagraphText
    var casing: NormalCase
    var headings: SectionHeadings
    var labels: SectionLabels

    private enum Part { case description, motivation, effects, indicators }

    func parse(_ lines: [SourceLine]) -> (goals: [Goal], indicators: [Indicator]) {
        var goals: [Goal] = []
        var indicators: [Indicator] = []
        var index = 0
        while index < lines.count {
            guard let heading = goalHeading(lines[index].text) else { index += 1; continue }
            let name = heading.name
            let start = index
            var part = Part.description
            var description: String?
            var effects: [String] = []
            var paragraph: [SourceLine] = []
            index += 1
            func close() {
                defer { paragraph = [] }
                guard !paragraph.isEmpty else { return }
                let joined = text.join(lines: Array(paragraph))
                switch part {
                case .description: description = description.map { $0 + " " + joined } ?? joined
                case .motivation: break
                case .effects: effects.append(joined)
                case .indicators:
                    if let provenance = Provenance(lines: paragraph) {
                        indicators.append(Indicator(goal: name, text: joined, provenance: provenance))
                    }
                }
            }
            while index < lines.count, goalHeading(lines[index].text) == nil, !Self.endsSection(lines[index].text) {
                let line = lines[index]
                if line.isBlank {
                    close()
                } else if let label = labels.part(of: line).flatMap(Self.part) {
                    close()
                    part = label
                } else {
                    paragraph.append(line)
                }
                index += 1
            }
            close()
            let provenance = Provenance(lines: Array(lines[start..<index]))
                ?? Provenance(page: lines[start].page, lines: lines[start].number...lines[start].number)
            goals.append(Goal(area: nil, goal: name, number: heading.number, description: description, effects: effects,
                              provenance: provenance))
        }
        return (goals, indicators)
    }

    /// A numbered goal heading in capitals: "MÅL 1 - ÖKAD KONKURRENSKRAFT" → number "1", name
    /// "Ökad konkurrenskraft" (the document's own casing).
    private func goalHeading(_ line: String) -> SectionHeadings.Heading? {
        let trimmed = line.collapsingWhitespace
        guard trimmed.isUppercased, trimmed.contains(where: \.isLetter),
              var heading = headings.heading(trimmed, kinds: [.goal]), heading.number != nil else { return nil }
        heading.name = casing.normal(heading.name)
        return heading
    }

    /// The part of a goal a label opens; a plan label is no part of a scorecard goal.
    private static func part(_ label: SectionLabels.Part) -> Part? {
        switch label {
        case .motivation: .motivation
        case .effects: .effects
        case .indicators: .indicators
        case .plan: nil
        }
    }

    /// A heading in capitals that is not the goal's own ("BUDGET 2026") ends its section.
    private static func endsSection(_ line: String) -> Bool {
        line.collapsingWhitespace.isCapitalsLine
    }
}
