import Ingest

/// Reads the cells of a table from its visual rows, given its column bands.
///
/// Rows are found by cross-column alignment: a row starts where the first (row-key) column starts
/// a new cell. A cell's lines touch; a gap starts a paragraph. A paragraph in the key column is
/// told from a new row by the other columns: when one of them goes on at that height, or the gap
/// equals the table's paragraph spacing and not its row spacing, it is a paragraph. So a cell of
/// several paragraphs stays whole and a label wrapped over three lines stays one row.
struct GridReader {
    var columns: [ClosedRange<Double>]
    /// The widest gap (× line height) between two lines of one paragraph in this document.
    var lineGap: Double = LayoutTolerances.defaultLineGap

    /// The header cells of `rows` (a header may wrap over several lines).
    func header(_ rows: [VisualRow]) -> [TableGrid.Cell] {
        var cells = Array(repeating: Builder(), count: columns.count)
        for row in rows {
            for (column, words) in split(row).enumerated() where !words.isEmpty {
                cells[column].add(words, row: row, newParagraph: false)
            }
        }
        return cells.map(\.cell)
    }

    /// The body rows of one page's part of a table (header rows left out); a row broken by the
    /// page break is joined by `TableRegionFinder`.
    func rows(_ rows: [VisualRow]) -> [[TableGrid.Cell]] {
        var result: [[Builder]] = []
        let gaps = learnedGaps(rows)
        var lastBottom = Array(repeating: Double?.none, count: columns.count)
        var lastRight = Array(repeating: Double?.none, count: columns.count)
        var rowBottom: Double?
        for row in rows {
            let words = split(row)
            if result.isEmpty || startsRow(words, row: row, lastBottom: lastBottom, rowBottom: rowBottom, gaps: gaps) {
                result.append(Array(repeating: Builder(), count: columns.count))
                lastBottom = Array(repeating: nil, count: columns.count)
                lastRight = Array(repeating: nil, count: columns.count)
            }
            for (column, cellWords) in words.enumerated() where !cellWords.isEmpty {
                let apart = lastBottom[column].map { row.bbox.y0 - $0 > row.height * lineGap } ?? true
                let newParagraph = apart || endsBeforeItsWidth(lastRight[column], next: cellWords, column: column,
                                                               height: row.height)
                result[result.count - 1][column].add(cellWords, row: row, newParagraph: newParagraph)
                lastBottom[column] = cellWords.map(\.word.bbox.y1).max()
                lastRight[column] = cellWords.map(\.word.bbox.x1).max()
            }
            rowBottom = max(rowBottom ?? row.bbox.y1, row.bbox.y1)
        }
        return result.map { $0.map(\.cell) }
    }

    /// A line that ends where the next line's first word would still have fitted was ended on
    /// purpose: the next line starts a paragraph, though the lines touch (effects printed one a line).
    private func endsBeforeItsWidth(_ right: Double?, next: [VisualRow.Placed], column: Int, height: Double) -> Bool {
        guard let right, let first = next.first?.word.bbox else { return false }
        let space = height * LayoutTolerances.spaceWidth
        return right + space + first.width < columns[column].upperBound
    }

    /// The words of a visual row by column: each word goes to the band holding its centre, or the
    /// nearest band.
    func split(_ row: VisualRow) -> [[VisualRow.Placed]] {
        var cells = Array(repeating: [VisualRow.Placed](), count: columns.count)
        for placed in row.words {
            let centre = (placed.word.bbox.x0 + placed.word.bbox.x1) / 2
            let column = columns.firstIndex { $0.contains(centre) } ?? columns.indices.min { lhs, rhs in
                distance(centre, columns[lhs]) < distance(centre, columns[rhs])
            } ?? 0
            cells[column].append(placed)
        }
        return cells
    }

    private func distance(_ x: Double, _ band: ClosedRange<Double>) -> Double {
        x < band.lowerBound ? band.lowerBound - x : x - band.upperBound
    }

    /// The table's typical gaps: between paragraphs inside a cell, and between rows.
    private struct Gaps {
        var paragraph: Double?
        var row: Double?
    }

    /// Paragraph gaps are where a non-key column starts a paragraph while the key column is
    /// silent; row gaps where the key column and another start together.
    private func learnedGaps(_ rows: [VisualRow]) -> Gaps {
        var paragraphs: [Double] = []
        var rowGaps: [Double] = []
        var lastBottom = Array(repeating: Double?.none, count: columns.count)
        var bottom: Double?
        for row in rows {
            let words = split(row)
            let tolerance = row.height * lineGap
            if words[0].isEmpty {
                for column in words.indices.dropFirst() where !words[column].isEmpty {
                    if let last = lastBottom[column], row.bbox.y0 - last > tolerance {
                        paragraphs.append(row.bbox.y0 - last)
                    }
                }
            } else if let bottom, words.indices.dropFirst().contains(where: { !words[$0].isEmpty }),
                      row.bbox.y0 - bottom > tolerance {
                rowGaps.append(row.bbox.y0 - bottom)
            }
            for column in words.indices where !words[column].isEmpty {
                lastBottom[column] = words[column].map(\.word.bbox.y1).max()
            }
            bottom = max(bottom ?? row.bbox.y1, row.bbox.y1)
        }
        return Gaps(paragraph: Self.median(paragraphs), row: Self.median(rowGaps))
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }

    private func startsRow(_ words: [[VisualRow.Placed]], row: VisualRow, lastBottom: [Double?],
                           rowBottom: Double?, gaps: Gaps) -> Bool {
        guard !words[0].isEmpty else { return false }
        let tolerance = row.height * lineGap
        if let last = lastBottom[0], row.bbox.y0 - last <= tolerance { return false }
        let others = words.indices.dropFirst()
        // Another column goes on at this height: the key column starts a paragraph of the same row.
        if others.contains(where: { column in
            !words[column].isEmpty && lastBottom[column].map { row.bbox.y0 - $0 <= tolerance } == true
        }) { return false }
        if others.contains(where: { !words[$0].isEmpty }) { return true }
        guard let paragraph = gaps.paragraph, let bottom = rowBottom else { return true }
        let gap = row.bbox.y0 - bottom
        return !(Self.same(gap, paragraph) && !(gaps.row.map { Self.same(gap, $0) } ?? false))
    }

    private static func same(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= max(1, LayoutTolerances.gapSimilarity * max(lhs, rhs))
    }

    /// A cell being read.
    private struct Builder {
        var cell = TableGrid.Cell()

        mutating func add(_ words: [VisualRow.Placed], row: VisualRow, newParagraph: Bool) {
            let line = words.map(\.word.text).joined(separator: " ")
            if newParagraph || cell.paragraphs.isEmpty {
                cell.paragraphs.append([line])
            } else {
                cell.paragraphs[cell.paragraphs.count - 1].append(line)
            }
            for placed in words where cell.lineNumbers.last != placed.line.number
                && !cell.lineNumbers.contains(placed.line.number) {
                cell.lineNumbers.append(placed.line.number)
            }
            let page = words.first?.line.page
            if cell.page == nil { cell.page = page }
            if page == cell.page {
                let box = BoundingBox.union(words.map(\.word.bbox))
                cell.bbox = BoundingBox.union([cell.bbox, box].compactMap { $0 })
            }
        }
    }
}
