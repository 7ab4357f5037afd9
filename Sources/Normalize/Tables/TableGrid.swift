import Ingest

/// A table read from a page as N columns: header cells and body rows, each cell as printed.
///
/// Grids know nothing of Swedish or of plans: the parsers above them give columns their meaning.
struct TableGrid: Sendable, Equatable {
    /// A cell: its paragraphs, each the lines of text it printed, and where they came from.
    struct Cell: Sendable, Equatable {
        var paragraphs: [[String]] = []
        /// The source lines the cell's words were read in, in order, without repeats.
        var lineNumbers: [Int] = []
        /// The page the cell starts on, and its box there.
        var page: Int?
        var bbox: BoundingBox?

        var isEmpty: Bool { paragraphs.isEmpty }
        /// The cell's text: lines and paragraphs joined with single spaces.
        var text: String { paragraphs.map { $0.joined(separator: " ") }.joined(separator: " ") }
        /// Every line of the cell, paragraph by paragraph.
        var lines: [String] { paragraphs.flatMap { $0 } }
    }

    /// Where on a page a part of the table stands: the page's index and its visual rows.
    struct Span: Sendable, Equatable {
        var page: Int
        var rows: Range<Int>
    }

    var title: String?
    /// The source lines the title was read from; not part of the table's own provenance, which
    /// starts at its header.
    var titleLines: [Int] = []
    /// The title's printed lines where it stood on several (a dump's "Delmål 2: En god och
    /// meningsfull" / "kommunikation"), for joining like any text (`GridText.title`).
    var titleParts: [String] = []
    var header: [Cell]
    var rows: [[Cell]]
    /// The table's parts, one per page it covers, in order.
    var spans: [Span]

    var columnCount: Int { header.count }

    /// Every source line the table's words were read in.
    var lineNumbers: Set<Int> {
        Set((header + rows.flatMap { $0 }).flatMap(\.lineNumbers))
    }

    /// Where the title was printed: its lines on the table's first page among `pages` (with their
    /// boxes in a PDF); nil when the layout kept none.
    func titleProvenance(in pages: [SourcePage]) -> Provenance? {
        guard !titleLines.isEmpty, let page = pages.first(where: { $0.number == firstPage }) else { return nil }
        return Provenance(lines: Set(titleLines).sorted().compactMap(page.line(numbered:)))
    }

    /// The first page the table's cells stand on (1 when none says), without gathering its cells.
    var firstPage: Int {
        var first = header.compactMap(\.page).min()
        for row in rows {
            for page in row.lazy.compactMap(\.page) where page < first ?? .max { first = page }
        }
        return first ?? 1
    }

    /// The table's provenance: its first page, its line span and its box on that page.
    var provenance: Provenance {
        Self.provenance(of: header + rows.flatMap { $0 })
    }

    /// The spans of a table's `places` (page index and row index of each of its lines, in order):
    /// per page, the rows from its first line to its last.
    static func spans(of places: [(page: Int, row: Int)]) -> [Span] {
        var spans: [Span] = []
        for place in places {
            if let last = spans.last, last.page == place.page {
                spans[spans.count - 1].rows = last.rows.lowerBound..<max(last.rows.upperBound, place.row + 1)
            } else {
                spans.append(Span(page: place.page, rows: place.row..<(place.row + 1)))
            }
        }
        return spans
    }

    /// Where some cells came from: their first page, their line span and their box on that page.
    static func provenance(of cells: [Cell]) -> Provenance {
        let numbers = cells.flatMap(\.lineNumbers)
        let page = cells.compactMap(\.page).min() ?? 1
        return Provenance(page: page, lines: (numbers.min() ?? 1)...(numbers.max() ?? 1),
                          bbox: BoundingBox.union(cells.filter { $0.page == page }.compactMap(\.bbox)))
    }
}
