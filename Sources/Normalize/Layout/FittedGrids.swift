import Foundation
import Ingest

/// Tables whose columns are fitted to their text (a word processor's bordered table with default
/// settings): cells stand 1–15 pt apart and headers are centred over their columns, so the
/// geometry of a row tells no columns (`TableRegionFinder` finds none, or takes a body row for a
/// header). Their header is told by its words (`LayoutVocabulary.tableHeader`: a header some
/// reader of Normalize knows), and their columns by the body: the cells of a column start at one
/// left edge, after a vertical strip no body word crosses. The header's words must then fall into
/// those columns as the vocabulary splits them, or no table is read (and the header is reported,
/// as before).
///
/// Rows by cross-column alignment: a row starts where the first column starts a new cell (its
/// lines are apart by more than a paragraph's line gap); a cell centred in a taller row belongs
/// to the row whose band holds its middle, so a cell that starts above its row's first line or
/// wraps past it stays in its row.
struct FittedGrids {
    var vocabulary: LayoutVocabulary
    /// The widest gap (× line height) between two lines of one paragraph in this document.
    var lineGap: Double

    /// `found` (the tables geometry found, in reading order) with the fitted tables of `pages`
    /// (each page's visual rows) among them, in reading order. A table found that starts inside
    /// a fitted one (a body row geometry took for a header, or the header itself split into too
    /// few columns) gives way to it.
    func adding(to found: [TableGrid], pages: [[VisualRow]]) -> [TableGrid] {
        // Which table found holds each row, by page (repeated headers of continued tables too).
        var holder: [Int: [Int: Int]] = [:]
        for (grid, table) in found.enumerated() {
            for span in table.spans {
                for row in span.rows where holder[span.page]?[row] == nil { holder[span.page, default: [:]][row] = grid }
            }
        }
        var dropped = Set<Int>()
        var fitted: [Fitted] = []
        for (page, rows) in pages.enumerated() {
            var index = 0
            while index < rows.count {
                let row = rows[index]
                let held = holder[page]?[index].flatMap { dropped.contains($0) ? nil : $0 }
                guard row.geometryBox != nil, let line = row.asLine,
                      let cells = vocabulary.tableHeader(line).map({ Self.splittingWideGaps($0, row: row) }),
                      cells.count >= 2, held.map({ Self.mayRead(found[$0], header: index, cells: cells) }) ?? true,
                      let (grid, end, bands) = grid(rows, header: index, cells: cells, page: page),
                      held.map({ found[$0].spans[0].rows.upperBound <= end }) ?? true
                else {
                    index += 1
                    continue
                }
                for (other, table) in found.enumerated() {
                    guard let first = table.spans.first, first.page == page, (index..<end).contains(first.rows.lowerBound)
                    else { continue }
                    dropped.insert(other)
                }
                fitted.append(Fitted(grid: grid, bands: bands))
                index = end
            }
        }
        guard !fitted.isEmpty else { return found }
        let held = { (page: Int, row: Int) in holder[page]?[row].map { !dropped.contains($0) } == true }
        let fittedGrids = acrossPages(fitted, pages: pages, held: held)
        // Both lists run page by page, top to bottom: merged by where each starts.
        func start(_ grid: TableGrid) -> (Int, Int) { (grid.spans.first?.page ?? 0, grid.spans.first?.rows.lowerBound ?? 0) }
        var merged: [TableGrid] = []
        var rest = fittedGrids[...]
        for (index, grid) in found.enumerated() where !dropped.contains(index) {
            while let next = rest.first, start(next) < start(grid) {
                merged.append(next)
                rest = rest.dropFirst()
            }
            merged.append(grid)
        }
        return merged + rest
    }

    /// The vocabulary's header cells, each split again where two of its words stand apart by
    /// `headerCellGap` (× line height) or more: a column whose header no reader knows
    /// ("Datakälla | Kommentar", which the vocabulary reads as one cell) is a column of its own.
    private static func splittingWideGaps(_ cells: [String], row: VisualRow) -> [String] {
        let words = row.words.map(\.word)
        var result: [String] = []
        var index = 0
        for cell in cells {
            let count = cell.split(separator: " ").count
            guard count > 0, index + count <= words.count else { return cells }
            var part = [words[index].text]
            for next in index + 1 ..< index + count {
                if words[next].bbox.x0 - words[next - 1].bbox.x1 >= row.height * LayoutTolerances.headerCellGap {
                    result.append(part.joined(separator: " "))
                    part = []
                }
                part.append(words[next].text)
            }
            result.append(part.joined(separator: " "))
            index += count
        }
        return index == words.count && result.joined(separator: " ") == cells.joined(separator: " ") ? result : cells
    }

    /// Whether a fitted table may be read at a header row that `table` (found by geometry) holds:
    /// when the row heads `table` on its one page, and geometry split it into fewer cells than
    /// the vocabulary's `cells` (it took two columns whose cells stand close for one).
    private static func mayRead(_ table: TableGrid, header: Int, cells: [String]) -> Bool {
        table.spans.count == 1 && table.spans[0].rows.lowerBound == header && table.header.count < cells.count
    }

    /// A fitted table with its columns' bands, for its rows on the next page.
    struct Fitted {
        var grid: TableGrid
        var bands: [ClosedRange<Double>]
    }

    /// The table headed by `rows[header]`, the index of the row after it, and its columns' bands.
    private func grid(_ rows: [VisualRow], header: Int, cells: [String], page: Int)
        -> (TableGrid, Int, [ClosedRange<Double>])? {
        let body = bodyRows(rows, after: header)
        guard !body.isEmpty, let bands = columnBands(rows[header], body: rows[body], count: cells.count)
        else { return nil }
        let reader = GridReader(columns: bands, lineGap: lineGap)
        let headerCells = reader.header([rows[header]])
        guard headerCells.map({ $0.text.collapsingWhitespace }) == cells.map(\.collapsingWhitespace) else { return nil }
        let bodyRows = self.rows(Array(rows[body]), reader: reader)
        guard !bodyRows.isEmpty else { return nil }
        let title = TableRegionFinder.title(rows, before: header)
        return (TableGrid(title: title?.text, titleLines: title?.lines ?? [], header: headerCells, rows: bodyRows,
                          spans: [.init(page: page, rows: header..<body.upperBound)]), body.upperBound, bands)
    }

    /// The rows under a header down to a heading, a wide gap or another header; with no header
    /// (`header` -1), from the page's first row.
    func bodyRows(_ rows: [VisualRow], after header: Int) -> Range<Int> {
        let start = header + 1
        guard start < rows.count else { return start..<start }
        let height = rows[start].height
        var end = start
        var bottom = header >= 0 ? rows[header].bbox.y1 : rows[start].bbox.y0
        while end < rows.count {
            let row = rows[end]
            if row.height > height * LayoutTolerances.headingHeight
                || row.bbox.y0 - bottom > height * LayoutTolerances.tableGap || row.asLine.flatMap(vocabulary.tableHeader) != nil {
                break
            }
            bottom = max(bottom, row.bbox.y1)
            end += 1
        }
        return start..<end
    }

    /// The columns' bands: each from its cells' left edge to the next column's, the first and
    /// last open to the page's edges. A column starts after a strip no body word crosses, where
    /// `fittedAlignedStarts` or more words start (its cells' left edge); of those strips the
    /// `count - 1` widest part the columns, and nil when they cannot be told from the next one.
    private func columnBands(_ header: VisualRow, body: ArraySlice<VisualRow>, count: Int) -> [ClosedRange<Double>]? {
        let words = body.flatMap(\.words).map(\.word.bbox).sorted { $0.x0 < $1.x0 }
        guard let first = words.first else { return nil }
        var covered: [ClosedRange<Double>] = [first.x0...first.x1]
        for box in words.dropFirst() {
            if let last = covered.last, box.x0 <= last.upperBound {
                covered[covered.count - 1] = last.lowerBound...max(last.upperBound, box.x1)
            } else {
                covered.append(box.x0...box.x1)
            }
        }
        let slack = LayoutTolerances.fittedEdgeSlack
        let strips = zip(covered, covered.dropFirst()).map { (left: $0.upperBound, right: $1.lowerBound) }
            .filter { strip in
                words.count { abs($0.x0 - strip.right) <= slack } >= LayoutTolerances.fittedAlignedStarts
            }
        guard strips.count >= count - 1 else { return nil }
        func width(_ index: Int) -> Double { strips[index].right - strips[index].left }
        let widest = strips.indices.sorted { width($0) > width($1) }
        if strips.count > count - 1, count > 1, width(widest[count - 2]) - width(widest[count - 1]) <= slack { return nil }
        let lefts = [min(first.x0, header.bbox.x0)] + widest.prefix(count - 1).sorted().map { strips[$0].right }
        let right = max(covered.last?.upperBound ?? first.x1, header.bbox.x1)
        return lefts.indices.map { index in
            lefts[index]...(index + 1 < lefts.count ? lefts[index + 1] : right)
        }
    }

    /// The body's rows: bands from one start of a first-column cell to the next, each word in the
    /// band that holds its middle, read into cells by `reader`.
    func rows(_ body: [VisualRow], reader: GridReader) -> [[TableGrid.Cell]] {
        let starts = rowStarts(body, reader: reader)
        guard !starts.isEmpty else { return [] }
        // Each visual row's words by band, in row order.
        var bands = Array(repeating: [VisualRow](), count: starts.count)
        for row in body {
            var words = Array(repeating: [VisualRow.Placed](), count: starts.count)
            for placed in row.words {
                let middle = (placed.word.bbox.y0 + placed.word.bbox.y1) / 2
                words[starts.lastIndex { $0 <= middle } ?? 0].append(placed)
            }
            for (band, part) in words.enumerated() where !part.isEmpty { bands[band].append(VisualRow(words: part)) }
        }
        return bands.compactMap { Self.joined(reader.rows($0)) }
    }

    /// Rows read as one, cell by cell: each column's paragraphs in row order; nil for none.
    static func joined(_ rows: [[TableGrid.Cell]]) -> [TableGrid.Cell]? {
        guard let first = rows.first else { return nil }
        return rows.dropFirst().reduce(first) { merged, more in
            merged.indices.map { column in column < more.count ? joined(merged[column], more[column]) : merged[column] }
        }
    }

    /// The tops of the first column's cells. A line of it starts one when it stands apart from
    /// the line above by more than a paragraph's line gap, or by more than the table's own line
    /// gap (the narrowest gap between two lines of one column: a wrapped cell's) and
    /// `fittedRowSlack` (× line height). A table cell's padding can be narrower than the
    /// document's paragraph gap, so a table with a wrapped cell anywhere shows its rows that
    /// way. A table of three or more columns with no wrapped cell at all, whose lines all stand
    /// one gap apart, has a row per line where its other columns have text on the line too.
    private func rowStarts(_ body: [VisualRow], reader: GridReader) -> [Double] {
        guard !body.isEmpty else { return [] }
        // Per column, the top and bottom of each visual row's words in it.
        let split = body.map(reader.split)
        let columns = reader.columns.count
        var lines = Array(repeating: [(top: Double, bottom: Double, row: Int)](), count: columns)
        for (row, cells) in split.enumerated() {
            for (column, words) in cells.enumerated() {
                guard let top = words.map(\.word.bbox.y0).min(), let bottom = words.map(\.word.bbox.y1).max() else { continue }
                lines[column].append((top, bottom, row))
            }
        }
        func gaps(_ column: Int) -> [Double] {
            zip(lines[column], lines[column].dropFirst()).map { $1.top - $0.bottom }
        }
        let keyGaps = gaps(0)
        let height = body.map(\.height).sorted()[body.count / 2]
        let slack = height * LayoutTolerances.fittedRowSlack
        // The narrowest gap between two lines of one column, overlaps of more than half a line aside.
        let cellGap = (0..<columns).flatMap(gaps).filter { $0 > -height / 2 }.min()
        let evenLines = columns >= 3 && !keyGaps.isEmpty && cellGap.map { $0 >= (keyGaps.min() ?? 0) - slack } == true
            && (keyGaps.max() ?? 0) - (keyGaps.min() ?? 0) <= slack
        var starts: [Double] = []
        for (index, line) in lines[0].enumerated() {
            guard index > 0 else { starts.append(line.top); continue }
            let gap = keyGaps[index - 1]
            let filled = split[line.row].dropFirst().count { !$0.isEmpty }
            if gap > body[line.row].height * lineGap || cellGap.map({ gap > $0 + slack }) == true
                || evenLines && filled * 2 >= columns - 1 {
                starts.append(line.top)
            }
        }
        return starts
    }

    /// Two cells of one column as one: the second's paragraphs after the first's.
    static func joined(_ first: TableGrid.Cell, _ second: TableGrid.Cell) -> TableGrid.Cell {
        guard !second.isEmpty else { return first }
        guard !first.isEmpty else { return second }
        var cell = first
        cell.paragraphs += second.paragraphs
        cell.lineNumbers += second.lineNumbers.filter { !first.lineNumbers.contains($0) }
        if second.page == first.page { cell.bbox = BoundingBox.union([first.bbox, second.bbox].compactMap { $0 }) }
        return cell
    }
}
