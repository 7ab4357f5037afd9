import Ingest

/// Finds budget tables on PDF pages by geometry.
///
/// A header row ends in year words (or a unit cell such as "Belopp (tkr)"); numbers are
/// right-aligned, so each number goes to the column whose header has the nearest right edge.
/// The digit groups of one number ("64" "295" "000", pdftotext splits at the no-break space)
/// are joined when the gap between them is narrower than a third of the font size.
/// A label-only row that touches the row below it is the first part of a wrapped label; one
/// set apart at the normal row distance is a row with empty cells ("KOSTNADER").
struct BudgetPDFScanner {
    private struct Column {
        var label: String
        var year: Int?
        var right: Double
    }

    private struct Header {
        var columns: [Column]
        var unit: MoneyUnit
        var title: String?
    }

    /// The tables of all pages. A table that runs to the bottom of its page goes on at the top of
    /// the next one when that page starts with a row whose numbers sit under its columns (a table
    /// broken without a repeated header); one with a repeated header is joined later
    /// (`BudgetExtractor.joiningPageBreaks`). `pages` holds each page's visual rows.
    func scan(pages: [[VisualRow]]) -> [BudgetDraft] {
        var drafts: [BudgetDraft] = []
        var open: (header: Header, draft: Int)?
        for rows in pages {
            // Each row read as a header once: the scan and `collect` both ask.
            let headers = rows.map(header)
            var index = 0
            if let carried = open, let first = rows.first, headers[0] == nil, continues(first, carried.header) {
                let (more, end) = collect(rows, headers: headers, from: 0, header: carried.header)
                drafts[carried.draft].rows += more
                index = end
                open = end >= rows.count ? carried : nil
            } else {
                open = nil
            }
            while index < rows.count {
                guard let header = headers[index] else {
                    index += 1
                    continue
                }
                var titleRows: [VisualRow] = []
                if header.title == nil, index > 0, rows[index - 1].words.allSatisfy({ !SwedishNumber.isPiece($0.word.text) }) {
                    titleRows = [rows[index - 1]]
                }
                let (tableRows, end) = collect(rows, headers: headers, from: index + 1, header: header)
                if !tableRows.isEmpty {
                    let title = header.title ?? titleRows.first?.text ?? ""
                    drafts.append(BudgetDraft(
                        title: title, unit: header.unit,
                        columns: header.columns.map { BudgetColumn(label: $0.label, year: $0.year) },
                        rows: tableRows, headerLines: (titleRows + [rows[index]]).flatMap(\.lines)))
                    open = end >= rows.count ? (header, drafts.count - 1) : nil
                }
                index = max(end, index + 1)
            }
        }
        return drafts
    }

    /// Whether `row` reads as a row of a table with `header`: a label and numbers under its columns.
    private func continues(_ row: VisualRow, _ header: Header) -> Bool {
        let parsed = split(row, header: header)
        return !parsed.numbers.isEmpty && parsed.unreadable.isEmpty && !parsed.label.isEmpty
    }

    // MARK: - Header

    private func header(_ row: VisualRow) -> Header? {
        let words = row.words
        // "Tkr Bokslut 2024 Budget 2025 Plan 2026": each column's cell is its words in order after
        // the unit cell, and its numbers sit under the cell's right edge.
        if let parsed = BudgetHeader.parse(words.map(\.word.text).joined(separator: " "), figureColumns: []),
           parsed.title == nil, let unit = parsed.unit, parsed.columns.contains(where: { $0.year != nil }) {
            let sizes = parsed.columns.map { $0.label.split(separator: " ").count }
            var end = words.count - sizes.reduce(0, +)
            guard end >= 0 else { return nil }
            let columns = zip(parsed.columns, sizes).map { column, size in
                end += size
                return Column(label: column.label, year: column.year, right: words[end - 1].word.bbox.x1)
            }
            return Header(columns: columns, unit: unit, title: nil)
        }
        // "<title> … Belopp (tkr)": the unit cell closes the row, far right of the title.
        if let unitStart = words.lastIndex(where: { $0.word.text.fastLowercased() == "belopp" }),
           unitStart < words.count - 1,
           case let cell = words[unitStart...].map(\.word.text).joined(separator: " "),
           let unit = BudgetHeader.unitHeader(cell) {
            let title = words[..<unitStart].map(\.word.text).joined(separator: " ")
            let year = words[..<unitStart].first { BudgetHeader.isYear($0.word.text) }.flatMap { Int($0.word.text) }
            return Header(columns: [Column(label: cell, year: year, right: row.bbox.x1)], unit: unit,
                          title: title.isEmpty ? nil : title)
        }
        return nil
    }

    // MARK: - Rows

    /// The rows of a table with `header` from `start` on, up to the next header (`headers` holds
    /// each row's reading as one) or a gap; and where they end.
    private func collect(_ rows: [VisualRow], headers: [Header?], from start: Int,
                         header: Header) -> ([BudgetDraft.Row], Int) {
        var result: [BudgetDraft.Row] = []
        var pending: [VisualRow] = []
        var index = start
        var lastBottom = start > 0 ? rows[start - 1].bbox.y1 : 0
        var pitch: Double?
        while index < rows.count, headers[index] == nil {
            let row = rows[index]
            let gap = row.bbox.y0 - lastBottom
            if let pitch, gap > 2.5 * pitch { break }
            let parsed = split(row, header: header)
            if parsed.numbers.isEmpty && parsed.unreadable.isEmpty {
                guard parsed.label.count <= 60, index + 1 < rows.count else { break }
                let next = rows[index + 1]
                let touches = next.bbox.y0 - row.bbox.y1 < 0.15 * row.height
                if touches, !split(next, header: header).numbers.isEmpty {
                    pending.append(row)
                } else if !split(next, header: header).numbers.isEmpty || touches {
                    result.append(makeRow(pending + [row], parsed: parsed, header: header))
                    pending = []
                } else {
                    break
                }
            } else {
                result.append(makeRow(pending + [row], parsed: parsed, header: header))
                pending = []
                pitch = pitch ?? max(row.height, gap + row.height)
            }
            lastBottom = row.bbox.y1
            index += 1
        }
        while let last = result.last, last.cells.allSatisfy({ $0 == nil }), last.unreadable.isEmpty {
            result.removeLast()
        }
        return (result, index)
    }

    private struct SplitRow {
        var label: String
        var numbers: [Int: SwedishNumber]
        var unreadable: [Int: String]
    }

    /// Splits a row into its label words and the numbers (or unreadable words) of each column.
    private func split(_ row: VisualRow, header: Header) -> SplitRow {
        let words = row.words.map(\.word)
        var firstNumeric = words.count
        while firstNumeric > 0, SwedishNumber.isAccountingPiece(words[firstNumeric - 1].text) { firstNumeric -= 1 }
        // Digit groups closer than a third of the font size belong to one number.
        var numbers: [(text: String, right: Double, words: Int)] = []
        for word in words[firstNumeric...] {
            if let open = numbers.last, word.bbox.x0 - open.right < row.height / 3,
               SwedishNumber.parseAccounting(open.text + " " + word.text) != nil {
                numbers[numbers.count - 1] = (open.text + " " + word.text, word.bbox.x1, open.words + 1)
            } else {
                numbers.append((word.text, word.bbox.x1, 1))
            }
        }
        // Leading numbers under no column are part of the label ("Intäkter 2025").
        var labelEnd = firstNumeric
        while let first = numbers.first, nearestColumn(first.right, header: header) == nil {
            labelEnd += first.words
            numbers.removeFirst()
        }
        var byColumn: [Int: SwedishNumber] = [:]
        var unreadable: [Int: String] = [:]
        for number in numbers {
            guard let column = nearestColumn(number.right, header: header, tolerance: .infinity) else { continue }
            if let parsed = SwedishNumber.parseAccounting(number.text), byColumn[column] == nil {
                byColumn[column] = parsed
            } else {
                unreadable[column] = number.text
            }
        }
        // A word that is not a number but sits right-aligned under a column header.
        var labelWords = Array(words[..<labelEnd])
        while labelWords.count > 1, let last = labelWords.last,
              let column = nearestColumn(last.bbox.x1, header: header, tolerance: 2),
              byColumn[column] == nil, unreadable[column] == nil {
            unreadable[column] = last.text
            labelWords.removeLast()
        }
        return SplitRow(label: labelWords.map(\.text).joined(separator: " "), numbers: byColumn,
                        unreadable: unreadable)
    }

    private func nearestColumn(_ right: Double, header: Header, tolerance: Double? = nil) -> Int? {
        let distances = header.columns.enumerated().map { ($0.offset, abs($0.element.right - right)) }
        guard let best = distances.min(by: { $0.1 < $1.1 }) else { return nil }
        let spacing = zip(header.columns, header.columns.dropFirst()).map { $1.right - $0.right }.min() ?? 80
        return best.1 <= (tolerance ?? spacing / 2) ? best.0 : nil
    }

    private func makeRow(_ rows: [VisualRow], parsed: SplitRow, header: Header) -> BudgetDraft.Row {
        let labels = rows.dropLast().map(\.text) + [parsed.label]
        var cells = [SwedishNumber?](repeating: nil, count: header.columns.count)
        for (column, number) in parsed.numbers { cells[column] = number }
        let words = rows.flatMap(\.words)
        return BudgetDraft.Row(label: labels.filter { !$0.isEmpty }.joined(separator: " "), cells: cells,
                               lines: rows.flatMap(\.lines), bbox: BoundingBox.union(words.map(\.word.bbox)),
                               unreadable: parsed.unreadable)
    }

}
