import Ingest

/// Tables a dump prints in columns of spaces (pdftotext's `-layout` mode, a word processor's
/// fixed-width text export), read as grids like a PDF's so the same readers take them: each
/// column at one character position on every line.
///
/// - *Header.* A line that is a header some reader knows (`LayoutVocabulary.tableHeader`) and
///   sets some of its cells `cellGap` or more spaces apart; its cells are parted there and where
///   the vocabulary parts them.
/// - *Body.* The lines under it down to a blank line (past one where a line of two or more cells
///   follows) or another header, with a line of two or more cells among them (else the header is
///   not this reader's: a pdftotext dump sets a table's cells apart as paragraphs); a paragraph
///   right under its last row is left out (a line of the first column only that opens with a
///   capital after the last row).
/// - *Columns.* From the body: strips of `cellGap` or more character positions blank on every
///   line. Between two header cells the widest strip whose middle lies between theirs parts their
///   columns, so cells may be aligned left, right or centred; no table is read when some pair
///   has none.
/// - *Rows* by cross-column alignment. A line with text in the first column and another starts a
///   row; a line with text only in other columns goes on in its row. Lines with text only in the
///   first column are its cell going on, or the start of a row whose other cells stand centred
///   beside it: a run of them before a line without a first cell is parted at its last line that
///   opens with a capital or a digit (else at its middle), the lines before going on in the row
///   above. A line with both whose first cell opens in lower case goes on: in the row the run
///   before it started, or in the row above (a row wrapped in every column); so does one right
///   under a row with another cell that opens in lower case (that cell goes on). A blank line inside
///   a row starts a new paragraph in its cells. A table with a row whose first cell is empty
///   (other cells set above it) is not read.
struct SpacedGrids {
    var vocabulary: LayoutVocabulary

    /// Spaces that set two cells of a line apart.
    static let cellGap = 2

    /// A line's cell: its text, with its first and past-the-end character positions.
    struct Chunk: Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    /// A header whose table could not be read, and the lines under it down to a blank line.
    struct Unread: Sendable {
        var header: SourceLine
        var lines: Set<Int>
    }

    /// The grids of `pages` (the dump's pages, lines of other tables blank), in reading order,
    /// and the headers whose table could not be read. The dump's line parsers must not read those
    /// as a pdftotext dump's table (their cells would run together); the header reports it.
    func grids(_ pages: [SourcePage]) -> (grids: [TableGrid], unread: [Unread]) {
        var grids: [TableGrid] = []
        var unread: [Unread] = []
        for (page, source) in pages.enumerated() {
            let lines = source.lines
            var index = 0
            while index < lines.count {
                guard let header = headerCells(lines[index]) else {
                    index += 1
                    continue
                }
                switch table(lines, header: index, cells: header, page: page) {
                case .read(let grid, let end):
                    grids.append(grid)
                    index = end
                case .unread(let body):
                    unread.append(Unread(header: lines[index], lines: Set(([index] + body).map { lines[$0].number })))
                    index = (body.last ?? index) + 1
                case .none:
                    index += 1
                }
            }
        }
        return (grids, unread)
    }

    /// What was found under a header: a table and the index of the line after it, the indices of
    /// the lines of one that could not be read, or none set out in spaces.
    private enum Found {
        case read(TableGrid, end: Int)
        case unread([Int])
        case none
    }

    /// The cells of a line that heads a table some reader knows, printed with `cellGap` spaces
    /// between some of its cells: parted where the spaces are and where the vocabulary parts it
    /// (`-layout` may print two header cells one space apart: "Nuläge 2025 Målvärde 2027").
    func headerCells(_ line: SourceLine) -> [Chunk]? {
        guard line.tabCells == nil, line.text.hasInteriorSpaces(Self.cellGap), let named = vocabulary.tableHeader(line)
        else { return nil }
        // The words of the line with their positions, and whether each opens a chunk.
        let words = Self.chunks(line.text).flatMap { chunk in
            var position = chunk.start
            return chunk.text.split(separator: " ").map { word in
                defer { position += word.count + 1 }
                return (start: position, text: String(word), opensChunk: position == chunk.start)
            }
        }
        var opensNamed = Set<Int>()
        var count = 0
        for cell in named {
            opensNamed.insert(count)
            count += cell.split(separator: " ").count
        }
        guard count == words.count else { return nil }
        var cells: [Chunk] = []
        for (index, word) in words.enumerated() {
            if word.opensChunk || opensNamed.contains(index) || cells.isEmpty {
                cells.append(Chunk(start: word.start, end: word.start + word.text.count, text: word.text))
            } else {
                cells[cells.count - 1].text += " " + word.text
                cells[cells.count - 1].end = word.start + word.text.count
            }
        }
        return cells.count >= 2 ? cells : nil
    }

    /// The table headed by `lines[header]` (its cells `headerCells`).
    private func table(_ lines: [SourceLine], header: Int, cells headerCells: [Chunk], page: Int) -> Found {
        var body = bodyLines(lines, after: header)
        func isParagraph(_ index: Int) -> Bool {
            let chunks = Self.chunks(lines[index].text)
            return chunks.count == 1 && chunks[0].start == 0
        }
        // A header over no line of cells set out in spaces heads a table of some other layout
        // (a pdftotext dump's cells as paragraphs): it is not this reader's.
        guard body.contains(where: { Self.chunks(lines[$0].text).count >= 2 }) else { return .none }
        let wholeBody = body
        var boundaries = Self.columnBoundaries(headerCells, body: body.map { lines[$0].text })
        // A paragraph right under the table's last row is not the table's: it is left out.
        while boundaries == nil, body.count > 1, let last = body.last, isParagraph(last) {
            body.removeLast()
            while let blank = body.last, lines[blank].isBlank { body.removeLast() }
            boundaries = Self.columnBoundaries(headerCells, body: body.map { lines[$0].text })
        }
        guard let boundaries else { return .unread(wholeBody) }
        var kept = body.map { number in (line: lines[number], cells: Self.cells(of: lines[number].text, at: boundaries)) }
        // Lines of the first column only after the last row go on in its first cell while they
        // open in lower case; from one that opens otherwise, they are the text after the table.
        if let last = kept.lastIndex(where: { $0.cells.dropFirst().contains { !$0.isEmpty } }) {
            let after = kept[(last + 1)...].firstIndex { !$0.cells.isEmpty && $0.cells[0].first?.isLowercase != true }
            if let after {
                kept.removeSubrange(after...)
                body.removeSubrange(after...)
            }
            while kept.last?.cells.isEmpty == true {
                kept.removeLast()
                body.removeLast()
            }
        }
        let headerLine = lines[header]
        let rows = Self.rows(kept, columns: headerCells.count, page: headerLine.page)
        // A row without a first cell: other cells stood above their row's first cell, which
        // these rules do not follow; the table is not read.
        guard !rows.isEmpty, rows.allSatisfy({ !$0[0].isEmpty }) else { return .unread(wholeBody) }
        let headerRow = headerCells.map {
            TableGrid.Cell(paragraphs: [[$0.text]], lineNumbers: [headerLine.number], page: headerLine.page)
        }
        let caption = Self.title(lines, above: header)
        let rowIndex = VisualRow.textRowIndices(lines)
        let numbers = [headerLine.number] + kept.filter { !$0.line.isBlank }.map(\.line.number)
        let spans = TableGrid.spans(of: numbers.compactMap { number in rowIndex[number].map { (page: page, row: $0) } })
        let grid = TableGrid(title: caption?.text, titleLines: caption.map { [$0.line] } ?? [], header: headerRow,
                             rows: rows, spans: spans)
        return .read(grid, end: (body.last ?? header) + 1)
    }

    /// The indices of the lines under `header` that may belong to its table: the lines down to a
    /// blank line, and past one where a line of two or more cells follows it, down to another header.
    private func bodyLines(_ lines: [SourceLine], after header: Int) -> [Int] {
        var body: [Int] = []
        var index = header + 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                guard !body.isEmpty, index + 1 < lines.count, lines[index + 1].tabCells == nil,
                      Self.chunks(lines[index + 1].text).count >= 2 else { break }
            } else if line.tabCells != nil || headerCells(line) != nil {
                break
            }
            body.append(index)
            index += 1
        }
        return body
    }

    /// The first character position of each column after the first: between two header cells,
    /// the right edge of the widest strip blank on every line of `body`, `cellGap` or more wide,
    /// whose middle lies between the two cells' middles. Nil when some pair has none (`-layout`
    /// prints a table of running text with its columns a little apart from line to line, and
    /// fitted cells one space apart: no such table is read, rather than read wrong).
    private static func columnBoundaries(_ header: [Chunk], body: [String]) -> [Int]? {
        let width = body.map(\.count).max() ?? 0
        guard width > 0 else { return nil }
        var blank = Array(repeating: true, count: width)
        for text in body {
            for (position, character) in text.enumerated() where character != " " { blank[position] = false }
        }
        // Runs of blank positions, as (first, past-the-end); the text's left margin is none.
        var strips: [(left: Int, right: Int)] = []
        var position = 0
        while position < width {
            guard blank[position] else { position += 1; continue }
            let left = position
            while position < width, blank[position] { position += 1 }
            if left > 0, position < width, position - left >= cellGap { strips.append((left, position)) }
        }
        var boundaries: [Int] = []
        for (left, right) in zip(header, header.dropFirst()) {
            let from = Double(left.start + left.end) / 2, to = Double(right.start + right.end) / 2
            let between = strips.filter { strip in
                let middle = Double(strip.left + strip.right) / 2
                return middle > from && middle < to && strip.right > (boundaries.last ?? 0)
            }
            guard let widest = between.max(by: { ($0.right - $0.left, $0.right) < ($1.right - $1.left, $1.right) })
            else { return nil }
            boundaries.append(widest.right)
        }
        return boundaries
    }

    /// A line's text in the columns that start at `boundaries`, each collapsed; none for a blank line.
    private static func cells(of text: String, at boundaries: [Int]) -> [String] {
        let characters = Array(text)
        guard characters.contains(where: { $0 != " " }) else { return [] }
        let edges = [0] + boundaries + [max(characters.count, boundaries.last ?? 0)]
        return zip(edges, edges.dropFirst()).map { from, to in
            from >= characters.count ? "" : String(characters[from..<min(to, characters.count)]).collapsingWhitespace
        }
    }

    /// The rows of the body's lines (`cells` per column, `columns` of them, empty for a blank
    /// line), by cross-column alignment (see the type's notes).
    static func rows(_ lines: [(line: SourceLine, cells: [String])], columns: Int, page: Int) -> [[TableGrid.Cell]] {
        var rows: [[TableGrid.Cell]] = []
        // Lines of the first column only, not yet given to a row.
        var pending: [SourceLine] = []
        var afterBlank = false
        func append(_ text: String, line: SourceLine, column: Int, to row: Int) {
            var cell = rows[row][column]
            if cell.isEmpty || afterBlank && cell.lineNumbers.last != line.number {
                cell.paragraphs.append([text])
            } else {
                cell.paragraphs[cell.paragraphs.count - 1].append(text)
            }
            if cell.lineNumbers.last != line.number { cell.lineNumbers.append(line.number) }
            rows[row][column] = cell
        }
        func newRow(page: Int) {
            rows.append(Array(repeating: TableGrid.Cell(page: page), count: columns))
        }
        /// Gives the pending lines before `split` to the last row, and starts a row with the rest.
        func settle(split: Int) {
            if !rows.isEmpty { for line in pending[..<split] { append(line.collapsed, line: line, column: 0, to: rows.count - 1) } }
            let rest = rows.isEmpty ? pending[...] : pending[split...]
            if !rest.isEmpty {
                newRow(page: rest.first?.page ?? page)
                for line in rest { append(line.collapsed, line: line, column: 0, to: rows.count - 1) }
            }
            pending = []
        }
        for (line, cells) in lines {
            guard !cells.isEmpty else { afterBlank = true; continue }
            let others = cells.dropFirst().contains { !$0.isEmpty }
            if !others {
                pending.append(line)
                continue
            }
            if cells[0].isEmpty {
                // Other cells beside the pending lines: they start a row, the lines before going on above.
                let opening = pending.lastIndex { $0.collapsed.first.map { $0.isUppercase || $0.isNumber } == true }
                settle(split: pending.isEmpty ? 0 : opening ?? pending.count / 2)
                if rows.isEmpty { newRow(page: line.page) }
            } else if cells[0].first?.isLowercase == true && (!rows.isEmpty || !pending.isEmpty)
                        || pending.isEmpty && !rows.isEmpty && cells.dropFirst().contains(where: { $0.first?.isLowercase == true }) {
                // The row goes on (a row wrapped in every column): its first cell from the pending
                // lines, which start this row, or from the line above, or another cell from the line above.
                settle(split: 0)
            } else {
                settle(split: pending.count)
                newRow(page: line.page)
            }
            for (column, text) in cells.enumerated() where !text.isEmpty && column < columns {
                append(text, line: line, column: column, to: rows.count - 1)
            }
            afterBlank = false
        }
        settle(split: pending.count)
        return rows
    }

    /// The lines above a header searched for its caption.
    static let titleSearchLines = 6

    /// The caption of the table headed by `lines[header]`: the lowest line of the paragraph above
    /// it (a blank line between allowed) that is short, ends no sentence and opens with a capital
    /// or a digit. `-layout` sets no blank line between a heading and its text, so the heading is
    /// looked for up the paragraph.
    private static func title(_ lines: [SourceLine], above header: Int) -> (text: String, line: Int)? {
        var index = header - 1
        while index >= 0, lines[index].isBlank { index -= 1 }
        var searched = 0
        while index >= 0, !lines[index].isBlank, lines[index].tabCells == nil, searched < titleSearchLines {
            let text = lines[index].collapsed
            if !text.hasSuffix("."), text.split(separator: " ").count <= TabbedGrids.titleWords,
               text.first.map({ $0.isUppercase || $0.isNumber }) == true {
                return (text, lines[index].number)
            }
            index -= 1
            searched += 1
        }
        return nil
    }

    /// The cells of a line: texts between runs of `cellGap` or more spaces.
    static func chunks(_ text: String) -> [Chunk] {
        var chunks: [Chunk] = []
        var start: Int?
        var spaces = 0
        var current = ""
        for (position, character) in text.enumerated() {
            if character == " " {
                spaces += 1
                continue
            }
            if let open = start, spaces >= cellGap {
                chunks.append(Chunk(start: open, end: position - spaces, text: current))
                start = nil
                current = ""
            }
            if start == nil {
                start = position
            } else if spaces > 0 {
                current += " "
            }
            current.append(character)
            spaces = 0
        }
        if let open = start { chunks.append(Chunk(start: open, end: text.count - spaces, text: current)) }
        return chunks
    }
}
