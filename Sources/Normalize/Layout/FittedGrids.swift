import Foundation
import Ingest

/// Tables whose columns are fitted to their text (a word processor's bordered table with default
/// settings): cells stand 1–15 pt apart and headers are centred over their columns, so the
/// geometry of a row tells no columns (`TableRegionFinder` finds none). Their header is told by
/// its words (`LayoutVocabulary.tableHeader`: a header some reader of Normalize knows), and their
/// columns by the body: the cells of a column start at one left edge, so the widest vertical
/// strips no body word crosses, one fewer than the header has cells, part the columns. The
/// header's words must then fall into those columns as the vocabulary splits them, or no table
/// is read (and the header is reported, as before).
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
    /// (each page's visual rows) among them, in reading order.
    func adding(to found: [TableGrid], pages: [[VisualRow]]) -> [TableGrid] {
        // Rows of a table found (repeated headers of a table continued on a page too), by page.
        var taken: [Int: IndexSet] = [:]
        for span in found.flatMap(\.spans) { taken[span.page, default: IndexSet()].insert(integersIn: span.rows) }
        let fitted = grids(pages: pages, taken: taken)
        guard !fitted.isEmpty else { return found }
        // Both lists run page by page, top to bottom: merged by where each starts.
        func start(_ grid: TableGrid) -> (Int, Int) { (grid.spans.first?.page ?? 0, grid.spans.first?.rows.lowerBound ?? 0) }
        var merged: [TableGrid] = []
        var rest = fitted[...]
        for grid in found {
            while let next = rest.first, start(next) < start(grid) {
                merged.append(next)
                rest = rest.dropFirst()
            }
            merged.append(grid)
        }
        return merged + rest
    }

    /// The fitted tables of `pages`, in reading order; `taken` are the rows of tables already found.
    private func grids(pages: [[VisualRow]], taken: [Int: IndexSet]) -> [TableGrid] {
        var grids: [TableGrid] = []
        for (page, rows) in pages.enumerated() {
            var index = 0
            while index < rows.count {
                let row = rows[index]
                guard row.geometryBox != nil, taken[page]?.contains(index) != true,
                      let line = row.asLine, let cells = vocabulary.tableHeader(line), cells.count >= 2,
                      let (grid, end) = grid(rows, header: index, cells: cells, page: page, taken: taken[page] ?? IndexSet())
                else {
                    index += 1
                    continue
                }
                grids.append(grid)
                index = end
            }
        }
        return grids
    }

    /// The table headed by `rows[header]`, and the index of the row after it.
    private func grid(_ rows: [VisualRow], header: Int, cells: [String], page: Int, taken: IndexSet) -> (TableGrid, Int)? {
        let body = bodyRows(rows, after: header, taken: taken)
        guard !body.isEmpty, let bands = columnBands(rows[header], body: rows[body], count: cells.count)
        else { return nil }
        let reader = GridReader(columns: bands, lineGap: lineGap)
        let headerCells = reader.header([rows[header]])
        guard headerCells.map({ $0.text.collapsingWhitespace }) == cells.map(\.collapsingWhitespace) else { return nil }
        let bodyRows = self.rows(Array(rows[body]), reader: reader)
        guard !bodyRows.isEmpty else { return nil }
        return (TableGrid(title: nil, header: headerCells, rows: bodyRows,
                          spans: [.init(page: page, rows: header..<body.upperBound)]), body.upperBound)
    }

    /// The rows under a header down to a heading, a wide gap, another header or a table found.
    private func bodyRows(_ rows: [VisualRow], after header: Int, taken: IndexSet) -> Range<Int> {
        let start = header + 1
        guard start < rows.count else { return start..<start }
        let height = rows[start].height
        var end = start
        var bottom = rows[header].bbox.y1
        while end < rows.count {
            let row = rows[end]
            if taken.contains(end) || row.height > height * LayoutTolerances.headingHeight
                || row.bbox.y0 - bottom > height * LayoutTolerances.tableGap || row.asLine.flatMap(vocabulary.tableHeader) != nil {
                break
            }
            bottom = max(bottom, row.bbox.y1)
            end += 1
        }
        return start..<end
    }

    /// The columns' bands: each from its cells' left edge to the next column's, the first and
    /// last open to the page's edges. Nil unless the body leaves `count - 1` clear strips, each
    /// wider than a space by `fittedColumnGap` and than any other strip by `fittedGapContrast`.
    private func columnBands(_ header: VisualRow, body: ArraySlice<VisualRow>, count: Int) -> [ClosedRange<Double>]? {
        let words = body.flatMap(\.words).map(\.word.bbox).sorted { $0.x0 < $1.x0 }
        guard let first = words.first, let height = body.first?.height else { return nil }
        var covered: [ClosedRange<Double>] = [first.x0...first.x1]
        for box in words.dropFirst() {
            if let last = covered.last, box.x0 <= last.upperBound {
                covered[covered.count - 1] = last.lowerBound...max(last.upperBound, box.x1)
            } else {
                covered.append(box.x0...box.x1)
            }
        }
        let strips = zip(covered, covered.dropFirst()).map { (left: $0.upperBound, right: $1.lowerBound) }
        guard strips.count >= count - 1 else { return nil }
        let widest = strips.indices.sorted { strips[$0].right - strips[$0].left > strips[$1].right - strips[$1].left }
        let chosen = widest.prefix(count - 1).sorted()
        let narrowest = chosen.map { strips[$0].right - strips[$0].left }.min() ?? 0
        let others = widest.dropFirst(count - 1).map { strips[$0].right - strips[$0].left }.max() ?? 0
        guard narrowest >= height * LayoutTolerances.fittedColumnGap,
              narrowest >= others * LayoutTolerances.fittedGapContrast else { return nil }
        let lefts = [min(first.x0, header.bbox.x0)] + chosen.map { strips[$0].right }
        let right = max(covered.last?.upperBound ?? first.x1, header.bbox.x1)
        return lefts.indices.map { index in
            lefts[index]...(index + 1 < lefts.count ? lefts[index + 1] : right)
        }
    }

    /// The body's rows: bands from one start of a first-column cell to the next, each word in the
    /// band that holds its middle, read into cells by `reader`.
    private func rows(_ body: [VisualRow], reader: GridReader) -> [[TableGrid.Cell]] {
        // The tops of the first column's cells: a line of it apart from the one above by more
        // than a paragraph's line gap starts one.
        var starts: [Double] = []
        var lastBottom: Double?
        for row in body {
            let key = reader.split(row)[0]
            guard let top = key.map(\.word.bbox.y0).min(), let bottom = key.map(\.word.bbox.y1).max() else { continue }
            if let lastBottom, top - lastBottom <= row.height * lineGap {
                // The same cell goes on.
            } else {
                starts.append(top)
            }
            lastBottom = bottom
        }
        guard !starts.isEmpty else { return [] }
        func band(of box: BoundingBox) -> Int {
            let middle = (box.y0 + box.y1) / 2
            return max(0, (starts.lastIndex { $0 <= middle } ?? 0))
        }
        var rows: [[TableGrid.Cell]] = []
        for index in starts.indices {
            let visual = body.compactMap { row -> VisualRow? in
                let words = row.words.filter { band(of: $0.word.bbox) == index }
                return words.isEmpty ? nil : VisualRow(words: words)
            }
            let read = reader.rows(visual)
            guard var merged = read.first else { continue }
            for more in read.dropFirst() {
                for column in merged.indices where column < more.count {
                    merged[column] = Self.joined(merged[column], more[column])
                }
            }
            rows.append(merged)
        }
        return rows
    }

    /// Two cells of one column as one: the second's paragraphs after the first's.
    private static func joined(_ first: TableGrid.Cell, _ second: TableGrid.Cell) -> TableGrid.Cell {
        guard !second.isEmpty else { return first }
        guard !first.isEmpty else { return second }
        var cell = first
        cell.paragraphs += second.paragraphs
        cell.lineNumbers += second.lineNumbers.filter { !first.lineNumbers.contains($0) }
        if second.page == first.page { cell.bbox = BoundingBox.union([first.bbox, second.bbox].compactMap { $0 }) }
        return cell
    }
}
