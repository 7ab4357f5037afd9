import Ingest

/// A fitted table that runs to the end of its page goes on at the top of the next one: under its
/// header printed again (a word processor's repeated header row), or without one, where the
/// page's first rows are set out in the table's columns. A row the page broke (its first cell
/// empty at the top of the next page) is one row.
extension FittedGrids {
    /// `fitted` with each table joined to its rows on the pages after it. `held` tells the rows
    /// a table found by geometry holds, which no fitted table takes.
    func acrossPages(_ fitted: [Fitted], pages: [[VisualRow]], held: (_ page: Int, _ row: Int) -> Bool) -> [TableGrid] {
        var joined: [Fitted] = []
        for table in fitted {
            if var previous = joined.last, let end = previous.grid.spans.last, let start = table.grid.spans.first,
               start.page == end.page + 1, start.rows.lowerBound == 0, end.rows.upperBound == pages[end.page].count,
               previous.grid.header.map(\.text) == table.grid.header.map(\.text) {
                previous.grid.rows += table.grid.rows
                previous.grid.spans += table.grid.spans
                joined[joined.count - 1] = previous
            } else {
                joined.append(table)
            }
        }
        let starts = Set(joined.compactMap { $0.grid.spans.first.map { [$0.page, $0.rows.lowerBound] } })
        return joined.map { table in
            var table = table
            while let end = table.grid.spans.last, end.rows.upperBound == pages[end.page].count,
                  end.page + 1 < pages.count, !starts.contains([end.page + 1, 0]), !held(end.page + 1, 0),
                  continuing(&table, on: end.page + 1, rows: pages[end.page + 1]) {}
            return table.grid
        }
    }

    /// Adds to `table` the rows at the top of `page` (its visual `rows`) that are set out in its
    /// columns; false when there are none.
    private func continuing(_ table: inout Fitted, on page: Int, rows: [VisualRow]) -> Bool {
        let body = bodyRows(rows, after: -1)
        let fitting = rows[body].prefix { Self.fits($0, bands: table.bands) }.count
        guard fitting > 0, Self.startsColumns(rows[body.lowerBound..<(body.lowerBound + fitting)], bands: table.bands)
        else { return false }
        let part = Array(rows[body.lowerBound..<(body.lowerBound + fitting)])
        let reader = GridReader(columns: table.bands, lineGap: lineGap)
        // Rows above the first one with a first cell end the row the page broke.
        let carried = part.prefix { reader.split($0)[0].isEmpty }
        if let last = table.grid.rows.last, let tail = Self.joined(reader.rows(Array(carried))) {
            table.grid.rows[table.grid.rows.count - 1] = Self.joined([last, tail]) ?? last
        }
        table.grid.rows += self.rows(Array(part.dropFirst(carried.count)), reader: reader)
        table.grid.spans.append(.init(page: page, rows: body.lowerBound..<(body.lowerBound + fitting)))
        return true
    }

    /// Whether every word of `row` lies inside one column's band.
    private static func fits(_ row: VisualRow, bands: [ClosedRange<Double>]) -> Bool {
        let slack = LayoutTolerances.fittedEdgeSlack
        return row.words.allSatisfy { placed in
            let box = placed.word.bbox
            return bands.contains { $0.lowerBound - slack <= box.x0 && box.x1 <= $0.upperBound + slack }
        }
    }

    /// Whether words start at the left edge of two or more of the columns after the first, as a
    /// table's cells do (a paragraph within the first column's width is no continuation).
    private static func startsColumns(_ rows: ArraySlice<VisualRow>, bands: [ClosedRange<Double>]) -> Bool {
        let slack = LayoutTolerances.fittedEdgeSlack
        let edges = bands.dropFirst().filter { band in
            rows.contains { $0.words.contains { abs($0.word.bbox.x0 - band.lowerBound) <= slack } }
        }
        return edges.count >= min(2, bands.count - 1)
    }
}
