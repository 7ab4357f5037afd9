import Ingest

/// Finds table regions on PDF pages by geometry alone, and reads each into a `TableGrid`.
///
/// A table starts at a header: a row of two or more short cells set well apart. It goes on while
/// the rows below keep to its columns (no line runs across two of them), with no wider gap than a
/// few lines and no taller text (a heading). Columns grow with their cells, and a cell beside the
/// header's (a label column under an empty first header cell) adds a column. A table that runs to
/// the bottom of a page goes on at the top of the next, under a repeated header or without one.
struct TableRegionFinder {
    /// The widest gap (× line height) between two lines of one paragraph in this document.
    var lineGap: Double = LayoutTolerances.defaultLineGap
    /// Per page, the lowest text on any page of its size: a table goes on over a page break only
    /// when it reaches down to there (a table that ends a page half way down ends there).
    var contentBottoms: [Double] = []
    /// A column band being grown.
    private typealias Band = ClosedRange<Double>

    /// A table's caption and the source lines it was read from.
    struct Caption {
        var text: String
        var lines: [Int]
    }

    /// One page's table before it is read.
    private struct Region {
        var page: Int
        var headerRows: Range<Int>
        var bodyRows: Range<Int>
        var columns: [Band]
        var headerTexts: [String]
        var title: Caption?
        var bodyHeight: Double
        var endsAtPageBottom: Bool
    }

    /// Every table of the document, in reading order.
    func tables(pages: [[VisualRow]]) -> [TableGrid] {
        var grids: [TableGrid] = []
        var open: (region: Region, grid: Int)?
        for (page, rows) in pages.enumerated() {
            var index = 0
            if let carried = open {
                open = nil
                if var next = continuation(of: carried.region, rows: rows, page: page) {
                    // The table keeps its columns (grown with the new page's cells): a word beside
                    // them goes to the nearest one rather than adding a column.
                    if next.columns.count != carried.region.columns.count { next.columns = carried.region.columns }
                    extend(&grids[carried.grid], with: next, rows: rows)
                    index = next.bodyRows.upperBound
                    if next.endsAtPageBottom { open = (next, carried.grid) }
                }
            }
            while index < rows.count {
                guard let region = region(rows, at: index, page: page) else {
                    index += 1
                    continue
                }
                let reader = GridReader(columns: region.columns, lineGap: lineGap)
                grids.append(TableGrid(title: region.title?.text, titleLines: region.title?.lines ?? [], header: reader.header(Array(rows[region.headerRows])),
                                       rows: reader.rows(Array(rows[region.bodyRows])),
                                       spans: [.init(page: page, rows: region.headerRows.lowerBound..<region.bodyRows.upperBound)]))
                if region.endsAtPageBottom { open = (region, grids.count - 1) }
                index = region.bodyRows.upperBound
            }
        }
        return grids
    }

    /// Adds the rows of a later page to a table (read again as a whole, so a row broken by the
    /// page is joined).
    private func extend(_ grid: inout TableGrid, with next: Region, rows: [VisualRow]) {
        let reader = GridReader(columns: next.columns, lineGap: lineGap)
        let more = reader.rows(Array(rows[next.bodyRows]))
        guard let first = more.first else { return }
        if let last = grid.rows.indices.last, continuesBrokenRow(first) {
            for column in first.indices where column < grid.rows[last].count {
                let cell = first[column]
                guard !cell.isEmpty else { continue }
                if grid.rows[last][column].isEmpty {
                    grid.rows[last][column] = cell
                } else {
                    var paragraphs = cell.paragraphs
                    grid.rows[last][column].paragraphs[grid.rows[last][column].paragraphs.count - 1] += paragraphs.removeFirst()
                    grid.rows[last][column].paragraphs += paragraphs
                    grid.rows[last][column].lineNumbers += cell.lineNumbers
                }
            }
            grid.rows += more.dropFirst()
        } else {
            grid.rows += more
        }
        grid.spans.append(.init(page: next.page, rows: next.headerRows.lowerBound..<next.bodyRows.upperBound))
    }

    /// The first row read on a new page goes on from the last one of the page before when its key
    /// cell is empty, all its other cells are, or a cell goes on in lowercase.
    private func continuesBrokenRow(_ row: [TableGrid.Cell]) -> Bool {
        row[0].isEmpty || row.dropFirst().allSatisfy(\.isEmpty)
            || row.contains { $0.lines.first?.first?.isLowercase == true }
    }

    /// The table's part at the top of a later page: under a repeated header, or without one when
    /// the first rows keep to its columns.
    private func continuation(of table: Region, rows: [VisualRow], page: Int) -> Region? {
        guard let first = rows.first else { return nil }
        if !first.words.contains(where: { Self.isFigure($0.word.text) }), let header = region(rows, at: 0, page: page) {
            // Another table's header starts the page: the table ended with the page before.
            guard header.headerTexts == table.headerTexts else { return nil }
            var next = header
            next.columns = table.columns
            return grown(next, rows: rows)
        }
        let repeated = Self.repeatedHeaderRows(rows, header: table.headerTexts)
        // A heading at the top of the page starts something new.
        guard repeated < rows.count, rows[repeated].height <= table.bodyHeight * LayoutTolerances.headingHeight,
              fits(rows[repeated], columns: table.columns, height: rows[repeated].height) != nil
        else { return nil }
        let next = Region(page: page, headerRows: 0..<repeated, bodyRows: repeated..<(repeated + 1), columns: table.columns,
                          headerTexts: table.headerTexts, title: table.title, bodyHeight: table.bodyHeight,
                          endsAtPageBottom: false)
        return grown(next, rows: rows)
    }

    /// How many rows at the top of a page repeat the header's words (0 when they do not).
    private static func repeatedHeaderRows(_ rows: [VisualRow], header: [String]) -> Int {
        var words: [Substring: Int] = [:]
        for word in header.flatMap({ $0.split(separator: " ") }) { words[word, default: 0] += 1 }
        var count = 0
        while count < rows.count, !words.isEmpty {
            for placed in rows[count].words {
                let word = Substring(placed.word.text)
                guard let left = words[word] else { return 0 }
                words[word] = left > 1 ? left - 1 : nil
            }
            count += 1
        }
        return words.isEmpty ? count : 0
    }

    /// The table whose header is `rows[index]`, if it is one.
    private func region(_ rows: [VisualRow], at index: Int, page: Int) -> Region? {
        let row = rows[index]
        guard Self.isHeaderShaped(row) else { return nil }
        let groups = Self.groups(row)
        // A header stands apart from the text above it: a line that touches it from above makes
        // it the end of a paragraph.
        if index > 0, row.bbox.y0 - rows[index - 1].bbox.y1 <= row.height * lineGap,
           rows[index - 1].words.contains(where: { placed in
               groups.contains { $0.overlaps(placed.word.bbox.x0...max(placed.word.bbox.x0, placed.word.bbox.x1)) }
           }) {
            return nil
        }
        // Header cells are labels: short last lines of paragraphs side by side end sentences.
        // A cell of one capitalised word is a header's abbreviation ("Förändr.", "Avvik."), not a sentence's end.
        guard !zip(row.cells, Self.lastWords(row, groups: groups)).contains(where: { cell, word in
            word.count > LayoutTolerances.abbreviationLength && word.last.map(LayoutTolerances.sentenceEnds.contains) == true
                && !(cell.words.count == 1 && word.first?.isUppercase == true)
        }) else { return nil }
        // A header cell may wrap: lines that touch the header row belong to it.
        var headerEnd = index + 1
        while headerEnd < rows.count, headerEnd - index < LayoutTolerances.headerLines, rows[headerEnd].bbox.y0 - rows[headerEnd - 1].bbox.y1 <= row.height * lineGap,
              fits(rows[headerEnd], columns: groups, height: row.height) != nil,
              Self.wrapsHeader(rows[headerEnd], header: groups) {
            headerEnd += 1
        }
        // The body starts below the header's bottom border: lines of running text touch instead.
        guard headerEnd < rows.count, fits(rows[headerEnd], columns: groups, height: row.height) != nil,
              rows[headerEnd].bbox.y0 - rows[headerEnd - 1].bbox.y1 > row.height * lineGap
        else { return nil }
        let reader = GridReader(columns: groups, lineGap: lineGap)
        let headerTexts = reader.header(Array(rows[index..<headerEnd])).map(\.text)
        guard headerTexts.allSatisfy({ $0.split(separator: " ").count <= LayoutTolerances.headerCellWords }) else { return nil }
        // A list item with its marker set apart ("•   Kompetensnavet   220401-270331") heads no table.
        guard !(headerTexts.first.map(LayoutBlock.isMarker) ?? false) else { return nil }
        let draft = Region(page: page, headerRows: index..<headerEnd, bodyRows: headerEnd..<(headerEnd + 1),
                           columns: groups, headerTexts: headerTexts, title: Self.title(rows, before: index),
                           bodyHeight: rows[headerEnd].height, endsAtPageBottom: false)
        var region = grown(draft, rows: rows)
        region.columns = mergingCentredHeaders(region.columns, header: Array(rows[region.headerRows]),
                                                    body: Array(rows[region.bodyRows]))
        // A table has a body with text in two columns or more.
        let body = rows[region.bodyRows].map { GridReader(columns: region.columns, lineGap: lineGap).split($0) }
        let usedColumns = region.columns.indices.filter { column in body.contains { !$0[column].isEmpty } }
        guard usedColumns.count >= 2, rowsAlign(body, rows: Array(rows[region.bodyRows]), key: usedColumns[0])
        else { return nil }
        var result = region
        // Columns added beside the header's get empty header cells.
        result.headerTexts = GridReader(columns: region.columns, lineGap: lineGap).header(Array(rows[region.headerRows])).map(\.text)
        return result
    }

    /// A table's cells start together: where the key column starts a cell, another column mostly
    /// starts one beside it. Columns of running text start their paragraphs independently.
    private func rowsAlign(_ split: [[[VisualRow.Placed]]], rows: [VisualRow], key: Int) -> Bool {
        var lastBottom: [Double?] = Array(repeating: nil, count: split.first?.count ?? 0)
        var keyStarts = 0, aligned = 0
        for (cells, row) in zip(split, rows) {
            let tolerance = row.height * lineGap
            let starts = cells.indices.filter { column in
                !cells[column].isEmpty && lastBottom[column].map { row.bbox.y0 - $0 > tolerance } != false
            }
            if starts.contains(key) {
                keyStarts += 1
                if starts.count > 1 { aligned += 1 }
            }
            for column in cells.indices where !cells[column].isEmpty {
                lastBottom[column] = cells[column].map(\.word.bbox.y1).max()
            }
        }
        return keyStarts > 0 && Double(aligned) >= Double(keyStarts) * LayoutTolerances.alignedRowShare
    }

    /// A header cell centred over its column stands apart from the column's left-aligned cells:
    /// a column with text in the header only and a neighbour with text in the body only are one
    /// column (the left neighbour first, where cells are left-aligned).
    private func mergingCentredHeaders(_ columns: [Band], header: [VisualRow], body: [VisualRow]) -> [Band] {
        let reader = GridReader(columns: columns, lineGap: lineGap)
        func used(_ rows: [VisualRow]) -> [Bool] {
            let split = rows.map(reader.split)
            return columns.indices.map { column in split.contains { !$0[column].isEmpty } }
        }
        let inHeader = used(header), inBody = used(body)
        var merged: [Band] = []
        var index = 0
        while index < columns.count {
            let headerOnly = inHeader[index] && !inBody[index]
            let bodyOnly = { (column: Int) in columns.indices.contains(column) && inBody[column] && !inHeader[column] }
            if index + 1 < columns.count, bodyOnly(index), inHeader[index + 1] && !inBody[index + 1] {
                merged.append(columns[index].lowerBound...columns[index + 1].upperBound)
                index += 2
            } else if headerOnly, bodyOnly(index + 1) {
                merged.append(columns[index].lowerBound...columns[index + 1].upperBound)
                index += 2
            } else {
                merged.append(columns[index])
                index += 1
            }
        }
        return merged
    }

    /// Grows `region` down its page while rows keep to its columns.
    private func grown(_ region: Region, rows: [VisualRow]) -> Region {
        var region = region
        var end = region.bodyRows.lowerBound
        var bottom = end > 0 ? rows[end - 1].bbox.y1 : nil
        let header = region.headerTexts.filter { !$0.isEmpty }.joined(separator: " ")
        while end < rows.count {
            let row = rows[end]
            let height = region.bodyHeight
            if row.height > height * LayoutTolerances.headingHeight { break }
            if let bottom, row.bbox.y0 - bottom > height * LayoutTolerances.tableGap { break }
            if end > region.bodyRows.lowerBound, startsAnotherTable(row, header: header) {
                // The caption of the next table, right above its header, is not a row of this one.
                if end - 1 > region.bodyRows.lowerBound, Self.groups(rows[end - 1]).count == 1 {
                    end -= 1
                }
                break
            }
            guard let columns = fits(row, columns: region.columns, height: height) else { break }
            region.columns = columns
            bottom = max(bottom ?? row.bbox.y1, row.bbox.y1)
            end += 1
        }
        region.bodyRows = region.bodyRows.lowerBound..<max(end, region.bodyRows.lowerBound)
        let pageBottom = rows.map(\.bbox.y1).max() ?? 0
        region.endsAtPageBottom = end > region.bodyRows.lowerBound
            && (end == rows.count || pageBottom - rows[end - 1].bbox.y1 <= rows[end - 1].height * LayoutTolerances.pageBottomSlack)
            && (!contentBottoms.indices.contains(region.page)
                || contentBottoms[region.page] - rows[end - 1].bbox.y1 <= rows[end - 1].height * LayoutTolerances.bottomMarginSlack)
        return region
    }

    /// A row inside a table starts another one when it repeats the header (`header`: its cells'
    /// texts joined by spaces), or is a header of years ("Belopp (tkr) 2025 2026 2027") with no
    /// other figure.
    private func startsAnotherTable(_ row: VisualRow, header: String) -> Bool {
        if row.text.collapsingWhitespace == header { return true }
        guard Self.isHeaderShaped(row) else { return false }
        let figures = row.words.filter { $0.word.text.contains(where: \.isNumber) }
        return !figures.isEmpty && figures.allSatisfy { Self.isYear($0.word.text) }
    }

    /// A word with digits that is no year: a figure of a table body.
    private static func isFigure(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && !isYear(text)
    }

    /// A word of four digits starting 19 or 20: a year in a header.
    static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isNumber) && (text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// The last word of each group of `row` (of the groups that have one): how each cell ends.
    private static func lastWords(_ row: VisualRow, groups: [Band]) -> [String] {
        groups.compactMap { group in row.words.last { $0.word.bbox.x1 <= group.upperBound + 0.5 }?.word.text }
    }

    /// Two or more short groups set well apart (cells filling a wider share for many year columns).
    private static func isHeaderShaped(_ row: VisualRow) -> Bool {
        let groups = groups(row)
        guard groups.count >= 2, let first = groups.first, let last = groups.last else { return false }
        let span = last.upperBound - first.lowerBound
        let filled = groups.map { $0.upperBound - $0.lowerBound }.reduce(0, +)
        let yearCells = lastWords(row, groups: groups).filter(isYear)
        let fill = groups.count >= LayoutTolerances.manyCells && yearCells.count >= 2
            ? LayoutTolerances.manyCellsFill : LayoutTolerances.headerFill
        return span > 0 && filled <= span * fill
            && zip(groups, groups.dropFirst()).allSatisfy { $1.lowerBound - $0.upperBound >= row.height * LayoutTolerances.headerCellGap }
    }

    /// The columns grown by `row` when the row keeps to them; nil when a line runs across two.
    ///
    /// Cells may stand closer than the cell gap (a full cell's text ends a few points before the
    /// next column): a group over two columns is split between its words when no word crosses
    /// the next column's left edge.
    private func fits(_ row: VisualRow, columns: [Band], height: Double) -> [Band]? {
        var columns = columns
        for group in row.cells {
            let overlapping = columns.indices.filter { columns[$0].overlaps(group.band) }
            if overlapping.count > 1 {
                for column in overlapping.dropFirst() {
                    let edge = columns[column].lowerBound
                    if group.words.contains(where: { $0.lowerBound < edge && $0.upperBound > edge }) { return nil }
                }
                for word in group.words {
                    let column = overlapping.last { columns[$0].lowerBound <= word.upperBound && word.lowerBound >= columns[$0].lowerBound - 0.5 }
                        ?? overlapping[0]
                    columns[column] = min(columns[column].lowerBound, word.lowerBound)...max(columns[column].upperBound, word.upperBound)
                }
                continue
            }
            if let column = overlapping.first {
                columns[column] = min(columns[column].lowerBound, group.band.lowerBound)...max(columns[column].upperBound, group.band.upperBound)
                continue
            }
            let band = group.band
            let clearance = height * LayoutTolerances.headerCellGap
            if let near = columns.indices.first(where: { column in
                band.lowerBound - columns[column].upperBound < clearance && band.lowerBound >= columns[column].upperBound
                    && (column + 1 == columns.count || columns[column + 1].lowerBound - band.upperBound >= clearance)
            }) {
                columns[near] = columns[near].lowerBound...band.upperBound
            } else if let near = columns.indices.first(where: { column in
                columns[column].lowerBound - band.upperBound < clearance && band.upperBound <= columns[column].lowerBound
            }) {
                columns[near] = band.lowerBound...columns[near].upperBound
            } else {
                columns.append(band)
                columns.sort { $0.lowerBound < $1.lowerBound }
            }
        }
        return columns
    }

    /// A line under a header row goes on with its cells when it fills fewer cells than the header
    /// does, or holds no figure but years ("Budget" over "2026"); a body row touching the header
    /// fills them all with figures.
    private static func wrapsHeader(_ row: VisualRow, header: [Band]) -> Bool {
        let filled = Set(row.words.compactMap { placed in
            header.firstIndex { $0.overlaps(placed.word.bbox.x0...max(placed.word.bbox.x0, placed.word.bbox.x1)) }
        })
        if filled.count < header.count { return true }
        return !row.words.contains { isFigure($0.word.text) }
    }

    /// The extents of a row's cell groups (words closer than a cell gap are one group).
    static func groups(_ row: VisualRow) -> [ClosedRange<Double>] {
        row.cells.map(\.band)
    }

    /// The caption above a table, with its row's source lines: the nearest heading (taller text)
    /// above it on the page, or the row just before it when that is one short group close by.
    static func title(_ rows: [VisualRow], before index: Int) -> Caption? {
        guard index > 0 else { return nil }
        let body = rows[index].height
        func caption(_ row: VisualRow) -> Caption {
            Caption(text: row.text.collapsingWhitespace, lines: row.lines.map(\.number))
        }
        // The last row of a list right above the table is no caption, however it is set.
        if index >= 2, continuesList(rows[index - 1], after: rows[index - 2]) { return nil }
        for candidate in stride(from: index - 1, through: max(0, index - LayoutTolerances.titleSearchRows), by: -1)
        where rows[candidate].height > body * LayoutTolerances.titleHeight {
            return caption(rows[candidate])
        }
        let row = rows[index - 1]
        let tableWidth = rows[index].bbox.width
        guard Self.groups(row).count == 1, row.bbox.width < tableWidth * LayoutTolerances.headerFill,
              rows[index].bbox.y0 - row.bbox.y1 <= body * LayoutTolerances.tableGap else { return nil }
        return caption(row)
    }

    /// Whether `row` is the last of a list above it rather than a caption: it and the row right
    /// above, of one text size and less than a line apart, both hold a figure that is no year or
    /// span of years ("15% Ekonom" / "Totalt 725%").
    private static func continuesList(_ row: VisualRow, after above: VisualRow) -> Bool {
        func holdsFigure(_ row: VisualRow) -> Bool {
            row.words.contains { placed in
                let groups = placed.word.text.split { !$0.isNumber }
                return !groups.isEmpty && !groups.allSatisfy { isYear(String($0)) }
            }
        }
        return row.height <= above.height * LayoutTolerances.titleHeight && holdsFigure(row) && holdsFigure(above)
            && row.bbox.y0 - above.bbox.y1 < row.height
    }
}
