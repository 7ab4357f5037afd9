import Ingest

/// Reads a handlingsplan's initiatives from the layout's blocks (PDF or text). Headings (capitals,
/// numbered "2.1 Skola och förskola", or in a PDF any case set larger) of the deepest level whose
/// lists hold "Name: text … Drivs av X" items, some naming their owners, are delområden; the nearest larger heading
/// above one is its fokusområde. The paragraphs between the description and the list are the
/// linked goals. Each item is read by `InitiativeParser`. A delområde with no fokusområde heading
/// above it is not read (a remiss letter's "Fråga: …" lists are none), and gives `unplaced_items`.
struct InitiativeBlockReader {
    var parser: InitiativeParser
    /// The heading words ("Fokusområde 1: …") a heading's name is read without.
    var headings: SectionHeadings

    func parse(_ blocks: [LayoutBlock], log: inout DiagnosticLog) -> InitiativeParser.Result {
        var result = InitiativeParser.Result()
        let sections = self.sections(blocks)
        let items = sections.map { section in
            section.body.filter(\.isListItem).compactMap { parser.initiative($0.lines) }
        }
        // Delområden are the headings of the deepest level whose lists name who drives
        // them: "Name: text" lists with no owner anywhere (a plan's strategies) are no initiatives.
        guard let subareaLevel = zip(sections, items).filter({ $0.1.contains { !$0.drivenBy.isEmpty } })
            .map(\.0.level).max() else { return result }
        var areas: [(level: Int, name: String)] = []
        for (section, initiatives) in zip(sections, items) {
            // A delområde opens with its description, then lists its initiatives.
            if section.level == subareaLevel, section.body.first?.kind == .paragraph, !initiatives.isEmpty {
                // A delområde belongs to a fokusområde; one outside any is not read, and reported.
                guard let area = areas.last(where: { $0.level < section.level })?.name else {
                    let subarea = name(of: section.heading)
                    log.emit(Diagnostic(code: .unplacedItems,
                                        message: "delområde '\(subarea)' with \(initiatives.count) initiatives is not read: "
                                            + "no fokusområde heading stands above it",
                                        provenance: Provenance(lines: section.heading.lines)))
                    continue
                }
                read(subarea: section.heading, body: section.body, initiatives: initiatives, area: area,
                     into: &result)
            } else if section.level < subareaLevel {
                areas.removeAll { $0.level >= section.level }
                areas.append((section.level, name(of: section.heading)))
            }
        }
        return result
    }

    /// A heading's name: without its heading word and number ("Fokusområde 1: Välfärd") or its
    /// section number ("2.1 Skola"), in the document's casing.
    private func name(of heading: LayoutBlock) -> String {
        parser.casing.normal(headings.heading(heading.text)?.name ?? SectionNumber(heading.text)?.name ?? heading.text)
    }

    /// Each heading with the blocks up to the next heading.
    private func sections(_ blocks: [LayoutBlock]) -> [(heading: LayoutBlock, level: Int, body: [LayoutBlock])] {
        var sections: [(heading: LayoutBlock, level: Int, body: [LayoutBlock])] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            var end = index + 1
            while end < blocks.count, blocks[end].headingLevel == nil { end += 1 }
            if let level = block.headingLevel {
                sections.append((block, level, Array(blocks[(index + 1)..<end])))
            }
            index = end
        }
        return sections
    }

    /// A delområde's goal (description and linked goals) and its `initiatives`, read from its list items.
    private func read(subarea heading: LayoutBlock, body: [LayoutBlock], initiatives: [Initiative], area: String,
                      into result: inout InitiativeParser.Result) {
        let subarea = name(of: heading)
        let firstItem = body.firstIndex(where: \.isListItem) ?? body.endIndex
        let intro = body[..<firstItem]
        let description = intro.first.map { parser.text.join(lines: $0.lines) }
        let goals = intro.dropFirst().flatMap(\.lines).flatMap { InitiativeParser.splitGoals($0.text) }
        if let provenance = Provenance(lines: heading.lines + intro.flatMap(\.lines)) {
            result.goals.append(Goal(area: area, goal: subarea, description: description, linkedGoals: goals,
                                     provenance: provenance))
        }
        for var initiative in initiatives {
            initiative.area = area
            initiative.subarea = subarea
            result.initiatives.append(initiative)
        }
    }
}
