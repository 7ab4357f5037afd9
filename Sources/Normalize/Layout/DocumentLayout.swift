import Ingest

/// The document as every parser reads it: its content without page furniture, each PDF page's
/// visual rows and the tables found on them, and the text conventions of its format.
///
/// This is the one place in Normalize that knows whether a document came from a PDF or a text
/// dump; the parsers above read what it gives.
struct DocumentLayout: Sendable {
    /// The document with its running headers, footers and page numbers taken out.
    let content: SourceDocument
    /// The content's lines in reading order.
    let lines: [SourceLine]
    /// Each page's visual rows; a text dump's lines, one row each, where it has tabbed tables to
    /// place among them (its drawing-order tables are measures pages, read without rows).
    let pageRows: [[VisualRow]]
    /// The tables found by geometry in a PDF; in a text dump, by their tabs (`TabbedGrids`) or by
    /// their header's words on a page written in drawing order (`DrawingOrderGrids`), in order.
    let tables: [TableGrid]
    /// The pages whose tables only the line conventions of a text dump tell (pdftotext's dumps
    /// print a table's cells as paragraphs), the lines of `tables` blank: a dump's content, and
    /// none for a PDF, whose tables are all read by geometry.
    let textPages: [SourcePage]
    /// The lines of `textPages`.
    let textLines: [SourceLine]
    /// The lines across the page where every table is found by geometry (a PDF's visual rows):
    /// a table header among them outside every table means a table was missed. None for a dump.
    let geometryLines: [SourceLine]
    /// A dump's headers of tables set out in spaces that could not be read (`SpacedGrids`): they
    /// and their tables' lines are blank in `textLines`, so the line parsers do not run the cells
    /// together; the headers are kept here to be reported.
    let unreadTableHeaders: [SourceLine]
    /// The content as lines of text across the page: each PDF visual row one line (the words at one
    /// height, left to right, whatever pdftotext's flows), a text dump's lines as they are. For
    /// parsers of lists whose items set their parts apart ("• Kompetensnavet      220401-270331").
    let rowLines: [SourceLine]
    /// The content's blocks as plain text with paragraphs set apart: each block's lines followed by
    /// a blank line (the plain-text convention for a paragraph break), more where a text dump left
    /// wider space, whatever the dump's line spacing. For the parsers that read paragraphs of
    /// running text.
    let paragraphLines: [SourceLine]
    /// Headings, paragraphs, list items and tables: read by geometry in a PDF, by the dump's
    /// conventions in a text dump (`TextBlockReader`, which finds no tables).
    let blocks: [LayoutBlock]
    /// Whether lines carry word boxes, so tables are read from `pageRows`.
    let hasGeometry: Bool
    /// Text dumps end soft-wrapped lines with a space; PDFs do not.
    let wrapsEndInSpace: Bool
    /// Words the dump glued together are split again (PDFs keep their word boxes apart).
    let repairsGluedWords: Bool

    /// The layout of `source`; `vocabulary` tells the dump's tables only words show.
    init(_ source: SourceDocument, vocabulary: LayoutVocabulary = .none) {
        self.init(content: Self.withoutFurniture(source), vocabulary: vocabulary)
    }

    /// `source` with its page furniture taken out: the lines every reading of the content starts
    /// from (in pdftotext's order, before `ReadingOrder`).
    static func withoutFurniture(_ source: SourceDocument) -> SourceDocument {
        PageFurniture(source).removed(from: source)
    }

    /// The layout of `content`, a document `withoutFurniture` made.
    init(content: SourceDocument, vocabulary: LayoutVocabulary = .none) {
        var content = content
        hasGeometry = content.format == .pdf
        var pageRows = hasGeometry ? TwoLanes.map(content.pages, VisualRow.rows(on:)) : []
        let lineGap = Self.lineGap(content)
        let tables: [TableGrid]
        // Lines of a dump's tables that are in no cell: the drawing-order pages' headers and titles.
        var tableFurniture = Set<Int>()
        var unreadHeaders: [SourceLine] = []
        if hasGeometry {
            let found = TableRegionFinder(lineGap: lineGap, contentBottoms: Self.contentBottoms(content.pages, rows: pageRows))
                .tables(pages: pageRows)
            tables = FittedGrids(vocabulary: vocabulary, lineGap: lineGap).adding(to: found, pages: pageRows)
        } else {
            let tabbed = TabbedGrids.grids(content.pages)
            let tabbedLines = tabbed.reduce(into: Set<Int>()) { $0.formUnion($1.lineNumbers) }
            let (spaced, unreadSpaced) = SpacedGrids(vocabulary: vocabulary).grids(Self.blanking(tabbedLines, in: content.pages))
            let gridLines = spaced.reduce(into: tabbedLines) { $0.formUnion($1.lineNumbers) }
            // A tabbed or spaced table may be an activity table, whose reader walks the rows around it.
            if !gridLines.isEmpty { pageRows = content.pages.map(VisualRow.rows(ofText:)) }
            let drawn = DrawingOrderGrids(vocabulary: vocabulary).grids(Self.blanking(gridLines, in: content.pages))
            let found = spaced.isEmpty ? tabbed : (tabbed + spaced).sorted { $0.provenance < $1.provenance }
            tables = drawn.grids.isEmpty ? found : (found + drawn.grids).sorted { $0.provenance < $1.provenance }
            // The rows of a table set out in spaces that could not be read are no dump's table
            // either; its header stays, to be reported.
            tableFurniture = Set(drawn.headerLines + drawn.grids.flatMap(\.titleLines))
            // A header the drawing-order pages read is no unread table.
            let drawnLines = drawn.grids.reduce(into: tableFurniture) { $0.formUnion($1.lineNumbers) }
            let unread = unreadSpaced.filter { $0.lines.isDisjoint(with: drawnLines) }
            tableFurniture.formUnion(unread.flatMap(\.lines))
            unreadHeaders = unread.map(\.header)
        }
        let tableOfLine = Self.tableOfLine(tables)
        if hasGeometry {
            let ordered = TwoLanes.map(content.pages) { ReadingOrder.ordered($0, tables: tableOfLine) }
            for (index, lines) in zip(content.pages.indices, ordered) { content.pages[index].lines = lines }
        }
        self.tables = tables
        self.content = content
        lines = content.lines
        blocks = hasGeometry ? LayoutBlock.blocks(content.pages, lineGap: lineGap, tables: tableOfLine)
            : TextBlockReader(lines).blocks(lines)
        rowLines = hasGeometry ? pageRows.flatMap { $0.compactMap(\.asLine) } : lines
        self.pageRows = pageRows
        textPages = hasGeometry ? [] : Self.blanking(tableFurniture.union(tableOfLine.keys), in: content.pages)
        textLines = hasGeometry ? [] : tables.isEmpty && tableFurniture.isEmpty ? lines : textPages.flatMap(\.lines)
        geometryLines = hasGeometry ? rowLines : []
        unreadTableHeaders = unreadHeaders
        paragraphLines = LayoutBlock.paragraphLines(blocks)
        wrapsEndInSpace = content.format == .text && ParagraphText.wrapsEndInSpace(lines)
        repairsGluedWords = content.format == .text
    }

    /// `pages` with the lines of tables blank (numbers kept), so that what stood above and below a
    /// table does not run together.
    static func blanking(_ tableLines: Set<Int>, in pages: [SourcePage]) -> [SourcePage] {
        guard !tableLines.isEmpty else { return pages }
        return pages.map { page in
            // A page without table lines is shared, not copied.
            guard page.lines.contains(where: { tableLines.contains($0.number) }) else { return page }
            var page = page
            page.lines = page.lines.map { line in
                !tableLines.contains(line.number) ? line : SourceLine(number: line.number, page: line.page, text: "")
            }
            return page
        }
    }

    /// Per page, the lowest text on any page of the same size (a document may mix portrait and
    /// landscape pages).
    static func contentBottoms(_ pages: [SourcePage], rows: [[VisualRow]]) -> [Double] {
        var bySize: [String: Double] = [:]
        func size(_ page: SourcePage) -> String { "\(Int(page.width ?? 0))x\(Int(page.height ?? 0))" }
        for (page, pageRows) in zip(pages, rows) {
            guard let bottom = pageRows.map(\.bbox.y1).max() else { continue }
            bySize[size(page)] = max(bySize[size(page)] ?? bottom, bottom)
        }
        return pages.map { bySize[size($0)] ?? .infinity }
    }

    /// The table each line belongs to (the first, where pdftotext merged lines of two).
    static func tableOfLine(_ tables: [TableGrid]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (index, table) in tables.enumerated() {
            for line in table.lineNumbers where result[line] == nil { result[line] = index }
        }
        return result
    }

    /// The widest gap (× line height) between two lines of one paragraph: the median gap between
    /// consecutive lines of one pdftotext block, plus a slack.
    static func lineGap(_ source: SourceDocument) -> Double {
        var gaps: [Double] = []
        for page in source.pages {
            for (line, next) in zip(page.lines, page.lines.dropFirst()) where line.block != nil && line.block == next.block {
                guard let box = line.bbox, let nextBox = next.bbox, box.height > 0,
                      nextBox.y0 > box.y0, abs(nextBox.height - box.height) < box.height * 0.2 else { continue }
                gaps.append((nextBox.y0 - box.y1) / box.height)
            }
        }
        guard !gaps.isEmpty else { return LayoutTolerances.defaultLineGap }
        return gaps.sorted()[gaps.count / 2] + LayoutTolerances.lineGapSlack
    }

}
