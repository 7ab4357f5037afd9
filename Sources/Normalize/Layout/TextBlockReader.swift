import Ingest

/// Reads a text dump's lines into the blocks a PDF's geometry gives (headings with levels,
/// paragraphs, list items), by the conventions of pdftotext's plain output and the dumps made
/// from it. The one place those conventions live, so parsers read blocks whatever the format.
///
/// - **Spacing.** A dump prints no blank line between the lines of a paragraph or, double-spaced,
///   one after every line; the most common run of blank lines after a line that wrapped says
///   which, unless lines with fewer blanks between them are common too (slides: boxes of short
///   lines).
///   Blank lines beyond that make an empty row: a paragraph break.
/// - **Headings** are lines in capitals (`isCapitalsHeading`); capitals lines with no break
///   between them are one heading. A capitals heading's level comes from the empty rows above it,
///   as a PDF's comes from its size: the headings with the most space above are level 1, as is one
///   that opens the document. A page start counts as no space (the dump does not show what the
///   page left above it). A numbered heading ("2.1 Skola och förskola", `SectionNumber`) where a
///   block may open has its numbering's depth as level.
/// - **List items** open with a marker (`LayoutBlock.bullets`, "1.") or, where the dump lost the
///   glyph, with exactly one space before a character that is not lowercase (Ingest has already
///   taken away the one space that marks a page start; a lowercase one continues a justified
///   line), or with an indent of two or three spaces alone. An item runs to the next item,
///   heading or paragraph break.
/// - **Paragraphs** are the other lines up to a paragraph break; in a double-spaced dump also
///   where a short line (`LayoutTolerances.textShortLine`) follows the end of a sentence.
///
/// Blocks run on across page breaks: a dump's page often starts in the middle of a sentence.
/// Known limit: a page start printed after a blank line keeps its space in the dump and reads as
/// a list item.
struct TextBlockReader {
    /// Blank lines the dump prints between two lines of one paragraph (0, or 1 when double-spaced).
    let spacing: Int

    init(_ lines: [SourceLine]) {
        spacing = Self.spacing(lines)
    }

    func blocks(_ lines: [SourceLine]) -> [LayoutBlock] {
        var blocks: [LayoutBlock] = []
        // Each heading block and the empty rows above it, for its level (nil at the document's start).
        var headings: [(block: Int, rows: Int?)] = []
        var blanks = 0
        var previous: SourceLine?
        for line in lines {
            if line.isBlank {
                blanks += 1
                continue
            }
            let emptyRows = blanks > spacing ? max(1, (blanks - spacing) / (spacing + 1)) : 0
            let continues = emptyRows == 0 && !blocks.isEmpty
            defer {
                blanks = 0
                previous = line
            }
            if line.text.isCapitalsHeading {
                if continues, blocks[blocks.count - 1].headingLevel != nil {
                    blocks[blocks.count - 1].lines.append(line)
                } else {
                    headings.append((blocks.count, blocks.isEmpty ? nil : emptyRows))
                    blocks.append(LayoutBlock(kind: .heading(level: 0), lines: [line], breaksAbove: emptyRows))
                }
                continue
            }
            if let number = SectionNumber(line.text), opensBlock(line, after: previous, emptyRows: emptyRows, first: blocks.isEmpty) {
                blocks.append(LayoutBlock(kind: .heading(level: number.depth), lines: [line], breaksAbove: emptyRows))
                continue
            }
            if let marker = Self.marker(line.text) {
                var first = line
                first.text = String(line.text.drop { $0 == " " }.dropFirst(marker.count).drop { $0 == " " })
                blocks.append(LayoutBlock(kind: .listItem(marker: marker), lines: [first], breaksAbove: emptyRows))
                continue
            }
            if continues, let last = blocks.last, last.headingLevel == nil,
               !(last.kind == .paragraph && startsParagraph(line, after: previous)) {
                blocks[blocks.count - 1].lines.append(line)
            } else {
                blocks.append(LayoutBlock(kind: .paragraph, lines: [line], breaksAbove: emptyRows))
            }
        }
        Self.setLevels(of: headings, in: &blocks)
        return blocks
    }

    /// Gives the capitals headings their levels. Level 1 for the most space above, 2 for the next
    /// most, and so on; the document's start is as wide a break as its widest. In a dump that also
    /// numbers its headings the two scales are made one: capitals headings above the first
    /// numbered one (the document's titles) rank above the numbering, which moves down by as many
    /// levels, and a capitals heading inside a numbered section is one level below its heading.
    private static func setLevels(of headings: [(block: Int, rows: Int?)], in blocks: inout [LayoutBlock]) {
        func rank(_ rows: Int?, among ranks: [Int]) -> Int {
            rows.flatMap { ranks.firstIndex(of: $0) }.map { $0 + 1 } ?? 1
        }
        let capitals = Set(headings.map(\.block))
        guard let firstNumbered = blocks.indices.first(where: { blocks[$0].headingLevel != nil && !capitals.contains($0) }) else {
            let ranks = Array(Set(headings.compactMap(\.rows))).sorted(by: >)
            for (index, rows) in headings { blocks[index].kind = .heading(level: rank(rows, among: ranks)) }
            return
        }
        let titles = headings.filter { $0.block < firstNumbered }
        let titleRanks = Array(Set(titles.compactMap(\.rows))).sorted(by: >)
        let shift = titles.isEmpty ? 0 : (titles.map { rank($0.rows, among: titleRanks) }.max() ?? 0)
        var section = shift
        for index in blocks.indices {
            guard let level = blocks[index].headingLevel else { continue }
            if !capitals.contains(index) {
                section = level + shift
                blocks[index].kind = .heading(level: section)
            } else if index > firstNumbered {
                blocks[index].kind = .heading(level: section + 1)
            }
        }
        for title in titles { blocks[title.block].kind = .heading(level: rank(title.rows, among: titleRanks)) }
    }

    /// Whether `line` stands where a block may open: at the document's or a page's start, after a
    /// paragraph break, or, in a double-spaced dump (whose breaks do not show), after a line that
    /// ends a paragraph.
    private func opensBlock(_ line: SourceLine, after previous: SourceLine?, emptyRows: Int, first: Bool) -> Bool {
        guard let previous, !first else { return true }
        if emptyRows > 0 || previous.page != line.page { return true }
        return spacing > 0 && previous.collapsed.last.map(LayoutTolerances.paragraphEnds.contains) == true
    }

    /// In a double-spaced dump, a short line after the end of a sentence opens a paragraph.
    private func startsParagraph(_ line: SourceLine, after previous: SourceLine?) -> Bool {
        guard spacing > 0, let last = previous?.collapsed.last else { return false }
        return LayoutTolerances.sentenceEnds.contains(last) && line.collapsed.count < LayoutTolerances.textShortLine
    }

    /// The marker a list item opens with: a printed one, or "" for one space before a character
    /// that is not lowercase (the glyph lost in the dump) and for an indent of
    /// `LayoutTolerances.textBulletIndent` spaces before one (a bullet shown only by its indent).
    static func marker(_ text: String) -> String? {
        if let marker = LayoutBlock.marker(text) { return marker }
        if text.opensWithOneSpaceIndent { return "" }
        let indent = text.utf8.prefix { $0 == UInt8(ascii: " ") }.count
        guard LayoutTolerances.textBulletIndent.contains(indent),
              let next = text.unicodeScalars.dropFirst(indent).first,
              !next.properties.isWhitespace, !next.properties.isLowercase else { return nil }
        return ""
    }

    /// The blank lines between two lines of one paragraph: the most common run after a line that
    /// wrapped (as long as the document's long lines, `LayoutTolerances.textWrappedLine`, and not
    /// ending a sentence; ties go to fewer), or fewer when, over the whole document, runs of fewer
    /// blank lines are common too (`LayoutTolerances.textTightPairs`). 0 when no line wrapped:
    /// one-line paragraphs with a blank line between them are single-spaced.
    static func spacing(_ lines: [SourceLine]) -> Int {
        let lengths = lines.filter { !$0.isBlank }.map(\.collapsed.count).sorted()
        guard !lengths.isEmpty else { return 0 }
        let long = Double(lengths[lengths.count * 9 / 10]) * LayoutTolerances.textWrappedLine
        var runs: [Int: Int] = [:]  // after wrapped lines
        var allRuns: [Int: Int] = [:]  // after any line
        var blanks = 0
        var wrapped = false
        var seenText = false
        for line in lines {
            if line.isBlank {
                blanks += 1
                continue
            }
            if wrapped { runs[blanks, default: 0] += 1 }
            if seenText { allRuns[blanks, default: 0] += 1 }
            seenText = true
            let text = line.collapsed
            wrapped = Double(text.count) >= long && text.last.map { !LayoutTolerances.paragraphEnds.contains($0) } ?? false
            blanks = 0
        }
        var spacing = runs.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
        while spacing > 0, Double(allRuns[spacing - 1] ?? 0) >= LayoutTolerances.textTightPairs * Double(allRuns[spacing] ?? 0) {
            spacing -= 1
        }
        return spacing
    }
}
