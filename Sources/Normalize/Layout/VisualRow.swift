import Ingest

/// The words of a PDF page that sit at the same height, left to right.
///
/// pdftotext's reading order follows blocks, which for a table is cell by cell, not row by row;
/// parsers of tables rebuild rows from geometry with this.
struct VisualRow: Sendable, Equatable {
    struct Placed: Sendable, Equatable {
        var word: Word
        /// The source line the word was read in (for provenance).
        var line: SourceLine
    }

    let words: [Placed]
    let bbox: BoundingBox
    /// The typical word height (font size) of the row.
    let height: Double
    let text: String
    /// The row's words in groups, left to right: words closer than a cell gap
    /// (`LayoutTolerances.cellWordGap`) are one group, the text of one table cell.
    let cells: [CellGroup]

    /// A group of words: its horizontal extent and each word's.
    struct CellGroup: Sendable, Equatable {
        var band: ClosedRange<Double>
        var words: [ClosedRange<Double>]
    }

    init(words: [Placed]) {
        self.words = words
        bbox = BoundingBox.union(words.map(\.word.bbox)) ?? BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0)
        let heights = words.map(\.word.bbox.height).sorted()
        height = heights.isEmpty ? 0 : heights[heights.count / 2]
        text = words.map(\.word.text).joined(separator: " ")
        var cells: [CellGroup] = []
        for placed in words {
            let box = placed.word.bbox
            let word = box.x0...max(box.x0, box.x1)
            if let last = cells.last, box.x0 - last.band.upperBound < height * LayoutTolerances.cellWordGap {
                cells[cells.count - 1].band = last.band.lowerBound...max(last.band.upperBound, box.x1)
                cells[cells.count - 1].words.append(word)
            } else {
                cells.append(CellGroup(band: word, words: [word]))
            }
        }
        self.cells = cells
    }

    /// The row's box where it has one: a PDF's row, not a text dump's (`rows(ofText:)`).
    var geometryBox: BoundingBox? {
        words.first?.line.bbox == nil ? nil : bbox
    }

    /// The source lines the row's words came from, in line order, without repeats.
    var lines: [SourceLine] {
        var seen = Set<Int>()
        return words.map(\.line).filter { seen.insert($0.number).inserted }.sorted { $0.number < $1.number }
    }

    /// Groups a page's words into rows: words whose vertical centres lie within half a word
    /// height of a row's centre join it. Rows come top to bottom.
    static func rows(on page: SourcePage) -> [VisualRow] {
        let placed = page.lines.flatMap { line in line.words.map { Placed(word: $0, line: line) } }
        let sorted = placed.sorted { lhs, rhs in
            let (l, r) = (lhs.word.bbox, rhs.word.bbox)
            return ((l.y0 + l.y1) / 2, l.x0) < ((r.y0 + r.y1) / 2, r.x0)
        }
        var rows: [(centre: Double, words: [Placed])] = []
        for word in sorted {
            let box = word.word.bbox
            let centre = (box.y0 + box.y1) / 2
            if let last = rows.last, abs(last.centre - centre) < box.height * LayoutTolerances.rowCentreSlack {
                rows[rows.count - 1].words.append(word)
            } else {
                rows.append((centre, [word]))
            }
        }
        return rows.map { row in VisualRow(words: row.words.sorted { $0.word.bbox.x0 < $1.word.bbox.x0 }) }
    }

    /// A text dump's page as rows: each non-blank line one row, its text one word with an empty
    /// box (a dump has no geometry), so the readers of grids walk a dump's pages as a PDF's.
    static func rows(ofText page: SourcePage) -> [VisualRow] {
        page.lines.filter { !$0.isBlank }.map { line in
            VisualRow(words: [Placed(word: Word(text: line.collapsed, bbox: BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0)),
                                     line: line)])
        }
    }

    /// Each non-blank line's index among `lines` (a dump page's): its row in `rows(ofText:)`.
    static func textRowIndices(_ lines: [SourceLine]) -> [Int: Int] {
        var rows: [Int: Int] = [:]
        for line in lines where !line.isBlank { rows[line.number] = rows.count }
        return rows
    }

    /// The row as one line of text, with its box: numbered as the lowest source line among its
    /// words, paged as its leftmost word's line.
    var asLine: SourceLine? {
        guard let first = words.first?.line else { return nil }
        let number = words.map(\.line.number).min() ?? first.number
        return SourceLine(number: number, page: first.page, text: text, bbox: bbox,
                          words: words.map(\.word), block: first.block)
    }
}
