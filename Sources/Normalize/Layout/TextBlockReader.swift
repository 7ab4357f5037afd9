import Ingest

/// Reads a text dump's lines into the blocks a PDF's geometry gives (headings with levels,
/// paragraphs, list items), by the conventions of pdftotext's plain output and the dumps made
/// from it. The one place those conventions live, so parsers read blocks whatever the format.
///
/// - **Spacing.** A dump prints no blank line between the lines of a paragraph or, double-spaced,
///   one after every line; the most common run of blank lines between two lines says which.
///   Blank lines beyond that make an empty row: a paragraph break.
/// - **Headings** are lines in capitals (`isCapitalsHeading`); capitals lines with no break
///   between them are one heading. A heading's level comes from the empty rows above it, as a
///   PDF's comes from its size: the headings with the most space above are level 1, as is one that
///   opens the document. A page start counts as no space (the dump does not show what the page
///   left above it).
/// - **List items** open with a marker (`LayoutBlock.bullets`, "1.") or, where the dump lost the
///   glyph, with exactly one space before a character that is not lowercase (Ingest has already
///   taken away the one space that marks a page start; a lowercase one continues a justified
///   line). An item runs to the next item, heading or paragraph break.
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
                    blocks.append(LayoutBlock(kind: .heading(level: 0), lines: [line]))
                }
                continue
            }
            if let marker = Self.marker(line.text) {
                var first = line
                first.text = String(line.text.drop { $0 == " " }.dropFirst(marker.count).drop { $0 == " " })
                blocks.append(LayoutBlock(kind: .listItem(marker: marker), lines: [first]))
                continue
            }
            if continues, let last = blocks.last, last.headingLevel == nil,
               !(last.kind == .paragraph && startsParagraph(line, after: previous)) {
                blocks[blocks.count - 1].lines.append(line)
            } else {
                blocks.append(LayoutBlock(kind: .paragraph, lines: [line]))
            }
        }
        // Level 1 for the most space above, 2 for the next most, and so on; the document's start
        // is as wide a break as its widest.
        let ranks = Array(Set(headings.compactMap(\.rows))).sorted(by: >)
        for (index, rows) in headings {
            blocks[index].kind = .heading(level: rows.flatMap { ranks.firstIndex(of: $0) }.map { $0 + 1 } ?? 1)
        }
        return blocks
    }

    /// In a double-spaced dump, a short line after the end of a sentence opens a paragraph.
    private func startsParagraph(_ line: SourceLine, after previous: SourceLine?) -> Bool {
        guard spacing > 0, let last = previous?.collapsed.last else { return false }
        return LayoutTolerances.sentenceEnds.contains(last) && line.collapsed.count < LayoutTolerances.textShortLine
    }

    /// The marker a list item opens with: a printed one, or "" for one space before a character
    /// that is not lowercase (the glyph lost in the dump).
    static func marker(_ text: String) -> String? {
        if let marker = LayoutBlock.marker(text) { return marker }
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == " ", let next = scalars.next(), !next.properties.isWhitespace,
              !next.properties.isLowercase else { return nil }
        return ""
    }

    /// The most common number of blank lines between two non-blank lines (ties go to fewer).
    static func spacing(_ lines: [SourceLine]) -> Int {
        var runs: [Int: Int] = [:]
        var blanks = 0
        var seenText = false
        for line in lines {
            if line.isBlank {
                blanks += 1
            } else {
                if seenText { runs[blanks, default: 0] += 1 }
                seenText = true
                blanks = 0
            }
        }
        return runs.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
    }
}
