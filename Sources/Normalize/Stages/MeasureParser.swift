import Ingest

/// Reads the two-column pages "Prioriterade insatser | Effekt" of a verksamhetsplan (seed 001).
///
/// The dump writes a page in drawing order: all numbered insatser of a block, then all their
/// effects, with the "Delmål N: …" headings and the column header before or after their block.
/// So a page is read as three queues: the k-th delmål heading goes with the k-th group of
/// insatser (a group starts where the numbering restarts at 1), and the i-th effect paragraph
/// with the i-th insats. A block with a heading but no numbered paragraph holds one unnumbered
/// insats and its effect. The area is the last "Insatsområde N: …" heading before the page, or
/// the page's side tab ("Förbunds" / "gemensamma mål") when there is none since the last page.
///
/// The column header is a line of exactly one `measure` and one `effect` header word of
/// `columns.json` ("Prioriterade insatser    Effekt", "Insatser  Förväntade effekter"): stricter
/// than the PDF reader's header, since a dump's line has no columns to tell a third cell apart.
struct MeasureParser {
    var text: ParagraphText
    var roles: ColumnRoles
    var headings: SectionHeadings
    /// The measures table's header words, for ruling lines out before their cells are read.
    private let headerWords: [String]

    init(text: ParagraphText, roles: ColumnRoles, headings: SectionHeadings) {
        self.text = text
        self.roles = roles
        self.headings = headings
        headerWords = MeasureTableReader.wantedRoles.flatMap { roles.words(of: $0, in: "measures") }
    }

    private struct Paragraph {
        var lines: [SourceLine]
        var joined: String
        var number: Int?
        var isHeading: Bool
    }

    /// The goals and measures, and each delmål's insatser and effects as a table (for `tables`,
    /// as a PDF's grids are listed).
    func parse(_ pages: [SourcePage]) -> (goals: [Goal], measures: [Measure], tables: [DocumentTable]) {
        var goals: [Goal] = []
        var measures: [Measure] = []
        var tables: [DocumentTable] = []
        var area: String?
        for page in pages {
            if !page.lines.contains(where: isColumnHeader) {
                if let heading = page.lines.last(where: { areaName($0.text) != nil }) {
                    area = areaName(text.join([heading.text]))
                }
                continue
            }
            var paragraphs = split(page.lines)[...]
            let pageArea = area ?? paragraphs.first.flatMap { Self.isSideTab($0) ? $0.joined : nil }
            area = nil
            // Side tabs sit at the page's start and end; a short paragraph between is content.
            while let first = paragraphs.first, Self.isSideTab(first) { paragraphs.removeFirst() }
            while let last = paragraphs.last, Self.isSideTab(last) || last.joined.isEmpty && !last.lines.contains(where: isColumnHeader) {
                paragraphs.removeLast()
            }
            let header = page.lines.lazy.compactMap(headerCells).first ?? []
            read(Array(paragraphs), area: pageArea, header: header, goals: &goals, measures: &measures, tables: &tables)
        }
        return (goals, measures, tables)
    }

    private func read(_ paragraphs: [Paragraph], area: String?, header: [String], goals: inout [Goal],
                      measures: inout [Measure], tables: inout [DocumentTable]) {
        var headings: [Paragraph] = []
        var groups: [[Paragraph]] = []
        var effects: [Paragraph] = []
        // Blocks run between column headers; a block with a heading and no numbered paragraph
        // holds one unnumbered insats followed by its effect.
        var block: [Paragraph] = []
        func closeBlock() {
            defer { block = [] }
            let body = block.filter { !$0.isHeading }
            if block.contains(where: \.isHeading), !body.contains(where: { $0.number != nil }), body.count >= 2 {
                headings += block.filter(\.isHeading)
                groups.append([body[0]])
                effects += body.dropFirst()
                return
            }
            for paragraph in block {
                if paragraph.isHeading {
                    headings.append(paragraph)
                } else if let number = paragraph.number {
                    if number == 1 || groups.isEmpty { groups.append([]) }
                    groups[groups.count - 1].append(paragraph)
                } else {
                    effects.append(paragraph)
                }
            }
        }
        for paragraph in paragraphs {
            if paragraph.lines.contains(where: isColumnHeader) { closeBlock(); continue }
            block.append(paragraph)
        }
        closeBlock()
        var effectQueue = effects[...]
        for (index, group) in groups.enumerated() {
            let heading = index < headings.count ? self.headings.heading(headings[index].joined) : nil
            let objective = heading?.name
            if let heading, let provenance = Provenance(lines: headings[index].lines) {
                goals.append(Goal(area: area, goal: heading.name, number: heading.number, description: nil,
                                  provenance: provenance))
            }
            var rows: [[String]] = []
            var tableLines = index < headings.count ? headings[index].lines : []
            for insats in group {
                let effect = effectQueue.popFirst()
                let measureText = insats.number == nil ? insats.joined : Self.droppingNumber(insats.joined)
                let lines = (insats.lines + (effect?.lines ?? [])).sorted { $0.number < $1.number }
                guard let provenance = Provenance(lines: lines) else { continue }
                measures.append(Measure(area: area, objective: objective, measure: measureText,
                                        effect: effect?.joined, themes: [], provenance: provenance))
                rows.append([insats.joined, effect?.joined ?? ""])
                tableLines += lines
            }
            if let provenance = Provenance(lines: tableLines.sorted { $0.number < $1.number }), !rows.isEmpty {
                tables.append(DocumentTable(title: index < headings.count ? headings[index].joined : nil, header: header,
                                            rows: rows, readAs: .measures, provenance: provenance))
            }
        }
    }

    // MARK: - Paragraphs

    private func split(_ lines: [SourceLine]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current: [SourceLine] = []
        func close() {
            defer { current = [] }
            guard !current.isEmpty else { return }
            let joined = text.join(lines: Array(current))
            let number = Self.leadingNumber(joined)
            paragraphs.append(Paragraph(lines: current, joined: joined, number: number,
                                        isHeading: isObjectiveHeading(joined)))
        }
        for line in lines {
            if line.isBlank || isColumnHeader(line) {
                close()
                if isColumnHeader(line) { paragraphs.append(Paragraph(lines: [line], joined: "", number: nil,
                                                                           isHeading: false)) }
            } else {
                current.append(line)
            }
        }
        close()
        return paragraphs
    }

    /// A line that is a measures table's header: nothing but a measure and an effect header word
    /// ("Åtgärder Resurser Förväntade effekter" heads an activity table, not this one).
    func isColumnHeader(_ line: SourceLine) -> Bool {
        headerCells(line) != nil
    }

    /// The cells of `line` when it is a measures table's header (see `isColumnHeader`).
    func headerCells(_ line: SourceLine) -> [String]? {
        guard headerWords.contains(where: { line.folded.utf8.starts(with: $0.utf8) }),
              let cells = roles.cells(of: line, in: "measures"), cells.count == MeasureTableReader.wantedRoles.count
        else { return nil }
        let named = cells.compactMap { cell in
            roles.role(of: cell, in: "measures").flatMap { role in
                roles.words(of: role, in: "measures").contains(cell.collapsingWhitespace.fastLowercased()) ? role : nil
            }
        }
        return Set(named) == Set(MeasureTableReader.wantedRoles) && named.count == cells.count ? cells : nil
    }

    /// The name of a numbered area heading ("Insatsområde 1: Regional utveckling" → "Regional utveckling").
    func areaName(_ text: String) -> String? {
        headings.heading(text, kinds: [.area]).flatMap { $0.number == nil ? nil : $0.name }
    }

    /// A numbered goal heading: "Delmål 2: En god och meningsfull kommunikation".
    func isObjectiveHeading(_ text: String) -> Bool {
        headings.heading(text, kinds: [.goal])?.number != nil
    }

    /// The longest line of a side tab.
    static let sideTabLength = 25

    /// A side tab: at most three short lines, no sentence, no number, not a heading.
    private static func isSideTab(_ paragraph: Paragraph) -> Bool {
        paragraph.lines.count <= 3 && !paragraph.joined.isEmpty && paragraph.number == nil && !paragraph.isHeading
            && paragraph.lines.allSatisfy { $0.collapsed.count <= sideTabLength }
            && !paragraph.joined.hasSuffix(".")
    }

    /// "2. Paketera …" → 2.
    static func leadingNumber(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 2, text.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return Int(digits)
    }

    static func droppingNumber(_ text: String) -> String {
        String(text.drop { $0.isASCIIDigit }.dropFirst(2))
    }
}
