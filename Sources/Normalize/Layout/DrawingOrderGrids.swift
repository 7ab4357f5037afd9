import Ingest

/// The two-column tables of a pdftotext dump that only their header's words tell: a plan's
/// "numbered item | its outcome" pages, read as grids like a PDF's, so the grid readers take them.
///
/// pdftotext writes such a page in drawing order: the numbered paragraphs of a block (the first
/// column), then all their second-column paragraphs, with the group titles and the column header
/// before or after their block. So a page whose lines hold a header is read as three queues, with
/// no word of its own (the header and the titles are told by `LayoutVocabulary`):
/// - blocks run between header lines; in a block, a title paragraph goes to the titles, a
///   numbered one ("1. …") to the groups (a group starts where the numbering restarts at 1) and
///   any other to the second column;
/// - the k-th title heads the k-th group, and the i-th second-column paragraph is the second cell
///   of the i-th numbered one, across the page;
/// - a block with a title and no numbered paragraph holds one unnumbered row: its first
///   paragraph, then its second cell;
/// - side tabs (a few short lines at the page's start or end: `isSideTab`) are no cells.
///
/// Each group is one grid, titled by its title paragraph (`titleParts` keep its printed lines),
/// headed by the page's first header, its cells keeping their printed lines and line numbers.
struct DrawingOrderGrids {
    let vocabulary: LayoutVocabulary

    private struct Paragraph {
        var lines: [SourceLine]
        /// The lines' collapsed texts joined with single spaces.
        var text: String
        var number: Int?
        var isTitle: Bool
        var isHeader: Bool
    }

    /// The grids of `pages`, in reading order, and the header lines of the pages that gave some
    /// (a page prints the header once per block, in no cell); `pages` is a dump's pages (form
    /// feeds or its other page conventions), with the lines of grids already found blank.
    func grids(_ pages: [SourcePage]) -> (grids: [TableGrid], headerLines: [Int]) {
        var grids: [TableGrid] = [], headerLines: [Int] = []
        for (index, page) in pages.enumerated() {
            guard let header = page.lines.lazy.compactMap(vocabulary.drawingOrderHeader).first else { continue }
            let all = paragraphs(of: page.lines)
            var paragraphs = all[...]
            while let first = paragraphs.first, Self.isSideTab(first) { paragraphs.removeFirst() }
            while let last = paragraphs.last, Self.isSideTab(last) { paragraphs.removeLast() }
            let found = self.grids(Array(paragraphs), header: header, page: page, index: index, rows: VisualRow.textRowIndices(page.lines))
            guard !found.isEmpty else { continue }
            grids += found
            headerLines += all.filter(\.isHeader).flatMap { $0.lines.map(\.number) }
        }
        return (grids, headerLines)
    }

    /// The page's groups as grids.
    private func grids(_ paragraphs: [Paragraph], header: [String], page: SourcePage, index: Int,
                       rows: [Int: Int]) -> [TableGrid] {
        var titles: [Paragraph] = [], groups: [[Paragraph]] = [], seconds: [Paragraph] = []
        var block: [Paragraph] = []
        func closeBlock() {
            defer { block = [] }
            let body = block.filter { !$0.isTitle }
            if block.contains(where: \.isTitle), !body.contains(where: { $0.number != nil }), body.count >= 2 {
                titles += block.filter(\.isTitle)
                groups.append([body[0]])
                seconds += body.dropFirst()
                return
            }
            for paragraph in block {
                if paragraph.isTitle {
                    titles.append(paragraph)
                } else if let number = paragraph.number {
                    if number == 1 || groups.isEmpty { groups.append([]) }
                    groups[groups.count - 1].append(paragraph)
                } else {
                    seconds.append(paragraph)
                }
            }
        }
        for paragraph in paragraphs {
            if paragraph.isHeader { closeBlock() } else { block.append(paragraph) }
        }
        closeBlock()
        var queue = seconds[...]
        let headerCells = header.map { TableGrid.Cell(paragraphs: [[$0]], page: page.number) }
        return groups.enumerated().compactMap { offset, group in
            let title = offset < titles.count ? titles[offset] : nil
            var grid = TableGrid(title: title?.text, titleLines: title?.lines.map(\.number) ?? [],
                                 titleParts: title?.lines.map(\.printedText) ?? [], header: headerCells, rows: [], spans: [])
            for first in group {
                let second = queue.popFirst()
                grid.rows.append([Self.cell(first, page: page.number), second.map { Self.cell($0, page: page.number) }
                    ?? TableGrid.Cell(page: page.number)])
            }
            let places = grid.lineNumbers.sorted().compactMap { rows[$0] }.map { (page: index, row: $0) }
            grid.spans = TableGrid.spans(of: places)
            return grid.rows.isEmpty ? nil : grid
        }
    }

    private static func cell(_ paragraph: Paragraph, page: Int) -> TableGrid.Cell {
        TableGrid.Cell(paragraphs: [paragraph.lines.map(\.printedText)], lineNumbers: paragraph.lines.map(\.number), page: page)
    }

    /// The page's paragraphs (runs of non-blank lines), a header line one of its own.
    private func paragraphs(of lines: [SourceLine]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current: [SourceLine] = []
        func close() {
            defer { current = [] }
            guard !current.isEmpty else { return }
            let text = current.map(\.collapsed).filter { !$0.isEmpty }.joined(separator: " ")
            paragraphs.append(Paragraph(lines: current, text: text, number: Self.leadingNumber(text),
                                        isTitle: vocabulary.isGroupTitle(text), isHeader: false))
        }
        for line in lines {
            if line.isBlank {
                close()
            } else if vocabulary.drawingOrderHeader(line) != nil {
                close()
                paragraphs.append(Paragraph(lines: [line], text: "", number: nil, isTitle: false, isHeader: true))
            } else {
                current.append(line)
            }
        }
        close()
        return paragraphs
    }

    /// The longest line of a side tab.
    static let sideTabLength = 25
    /// The most lines of a side tab.
    static let sideTabLines = 3

    /// A side tab: a few short lines, no sentence, no number, not a title.
    private static func isSideTab(_ paragraph: Paragraph) -> Bool {
        paragraph.lines.count <= sideTabLines && !paragraph.text.isEmpty && paragraph.number == nil && !paragraph.isTitle
            && paragraph.lines.allSatisfy { $0.collapsed.count <= sideTabLength } && !paragraph.text.hasSuffix(".")
    }

    /// "2. Paketera …" → 2.
    static func leadingNumber(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 2, text.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return Int(digits)
    }

    /// "2. Paketera …" → "Paketera …".
    static func droppingNumber(_ text: String) -> String {
        String(text.drop { $0.isASCIIDigit }.dropFirst(2))
    }
}
