import Ingest

/// A block of a page as read by geometry: a heading (with its level), a paragraph or a list item,
/// its lines in reading order.
struct LayoutBlock: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Level 1 is the largest text of the document.
        case heading(level: Int)
        case paragraph
        /// A bullet or numbered item; `lines` hold the text without its marker.
        case listItem(marker: String)
        /// The lines of a table found by geometry (its cells are read from its grid).
        case table
    }

    var kind: Kind
    var lines: [SourceLine]
    /// Paragraph breaks above the block (a text dump's blank lines beyond its line spacing); 0 where
    /// the block follows on (and in a PDF, whose blocks are set apart by geometry).
    var breaksAbove = 0

    var text: String { lines.map(\.text).joined(separator: " ").collapsingWhitespace }
    var isListItem: Bool { if case .listItem = kind { true } else { false } }
    var headingLevel: Int? { if case .heading(let level) = kind { level } else { nil } }

    /// The block as plain-text lines: a list item's marker in front of its first line, then
    /// `blanks` blank lines.
    func asParagraph(blanks: Int = 1) -> [SourceLine] {
        guard var first = lines.first, let last = lines.last else { return [] }
        if case .listItem(let marker) = kind { first.text = marker + " " + first.text }
        return [first] + lines.dropFirst()
            + Array(repeating: SourceLine(number: last.number, page: last.page, text: ""), count: blanks)
    }

    /// `blocks` as plain text with paragraphs set apart: each block's lines followed by a blank
    /// line, and one more for each further paragraph break above the next block.
    static func paragraphLines(_ blocks: [LayoutBlock]) -> [SourceLine] {
        blocks.indices.flatMap { index in
            let next = blocks.index(after: index)
            return blocks[index].asParagraph(blanks: next < blocks.endIndex ? max(1, blocks[next].breaksAbove) : 1)
        }
    }

    /// The markers that open a list item, as data.
    static let bullets: Set<String> = ["•", "▪", "◦", "‣", "-", "–", "*", "·"]

    /// The blocks of `pages` (lines in reading order, with boxes): a new block starts after a gap
    /// wider than `lineGap` (× line height), where the text size changes, or at a list marker.
    /// Text taller than the body text by `LayoutTolerances.headingHeight` is a heading.
    /// `tables` gives the table a line belongs to, by line number; those lines form table blocks.
    static func blocks(_ pages: [SourcePage], lineGap: Double, tables: [Int: Int] = [:]) -> [LayoutBlock] {
        let heights = pages.flatMap(\.lines).compactMap(\.bbox?.height).sorted()
        guard !heights.isEmpty else { return [] }
        // The body text is the size that carries the most characters.
        var characters: [Double: Int] = [:]
        for line in pages.flatMap(\.lines) {
            guard let height = line.bbox?.height else { continue }
            characters[(height * 2).rounded() / 2, default: 0] += line.text.count
        }
        let body = characters.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? heights[heights.count / 2]
        let headingHeights = Array(Set(heights.filter { $0 > body * LayoutTolerances.blockHeadingHeight }
            .map { ($0 * 2).rounded() / 2 })).sorted(by: >)
        var blocks: [LayoutBlock] = []
        for page in pages {
            var previous: SourceLine?
            var pendingMarker: SourceLine?
            var table: Int?
            for line in page.lines where !line.isBlank {
                guard let box = line.bbox else { continue }
                if let index = tables[line.number] {
                    if let marker = pendingMarker { blocks.append(LayoutBlock(kind: .paragraph, lines: [marker])) }
                    pendingMarker = nil
                    if table == index, blocks.last?.kind == .table {
                        blocks[blocks.count - 1].lines.append(line)
                    } else {
                        blocks.append(LayoutBlock(kind: .table, lines: [line]))
                    }
                    table = index
                    previous = nil
                    continue
                }
                table = nil
                if Self.isMarker(line.collapsed) {
                    if let marker = pendingMarker { blocks.append(LayoutBlock(kind: .paragraph, lines: [marker])) }
                    pendingMarker = line
                    continue
                }
                let marker = pendingMarker.map { $0.collapsed } ?? Self.marker(line.text)
                defer { pendingMarker = nil }
                let isHeading = box.height > body * LayoutTolerances.blockHeadingHeight
                let startsBlock: Bool
                if let previous, let last = previous.bbox, !blocks.isEmpty, blocks[blocks.count - 1].kind != .table {
                    let gap = box.y0 - last.y1
                    startsBlock = marker != nil || gap > box.height * lineGap || gap < -box.height
                        || abs(box.height - last.height) > last.height * LayoutTolerances.blockHeightChange
                        || blocks[blocks.count - 1].headingLevel != nil && !isHeading
                } else {
                    startsBlock = true
                }
                if startsBlock {
                    let kind: Kind
                    if let marker {
                        kind = .listItem(marker: marker)
                    } else if isHeading {
                        let rounded = (box.height * 2).rounded() / 2
                        kind = .heading(level: (headingHeights.firstIndex(of: rounded) ?? headingHeights.count) + 1)
                    } else {
                        kind = .paragraph
                    }
                    var first = line
                    if pendingMarker == nil, let marker {
                        first.text = String(line.text.drop { $0 == " " }.dropFirst(marker.count)).collapsingWhitespace
                    }
                    blocks.append(LayoutBlock(kind: kind, lines: [first]))
                } else {
                    blocks[blocks.count - 1].lines.append(line)
                }
                previous = line
            }
            // A marker with no text after it on its page is kept as printed.
            if let marker = pendingMarker { blocks.append(LayoutBlock(kind: .paragraph, lines: [marker])) }
        }
        return blocks
    }

    /// The list marker a line opens with ("•", "-", "1."), followed by a space.
    static func marker(_ text: String) -> String? {
        let trimmed = text.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        let head = String(trimmed[..<space])
        return isMarker(head) ? head : nil
    }

    /// Whether `text` is nothing but a list marker: a bullet or a number of one or two digits with
    /// "." or ")" ("1.", "12)").
    static func isMarker(_ text: String) -> Bool {
        if bullets.contains(text) { return true }
        return text.count > 1 && text.count <= 3 && (text.hasSuffix(".") || text.hasSuffix(")"))
            && text.dropLast().allSatisfy(\.isASCIIDigit)
    }
}
