import Ingest

/// Lists every table of a document with the list that read it, and reports those no list read.
///
/// A grid found by the layout (by geometry in a PDF, by tabs or drawing order in a text dump) is `read_as` the
/// list whose parser took it by its header; failing that, the first list (in a fixed order) with a
/// fact read from its lines. A text dump's other tables show only to its line parsers: they are
/// those the parsers read (activity tables under their printed header, budget tables with their
/// columns, the networks slide) and the runs of figures no parser read.
struct TableRegister {

    /// Every table of the document: the layout's `grids` in their order, with the tables read from
    /// `textLines` (the dump's lines outside grids; none in a PDF) among them by provenance.
    /// `read` names, per list, the grids its parser took by their header; `activityTables` and
    /// `textRead` are the tables the line parsers read. Budget tables read from no grid (a dump's
    /// lines, a PDF's rows of figures) are listed in both formats; `rowLines` are the lines their
    /// header is looked up in (the dump's lines, a PDF's visual rows).
    func tables(_ grids: [TableGrid], texts: [GridText], read: [DocumentTable.Reading: Set<Int>],
                activityTables: [ActivityTextParser.Table], textRead: [DocumentTable], textLines: [SourceLine],
                rowLines: [SourceLine], document: PlanDocument, log: inout DiagnosticLog) -> [DocumentTable] {
        let gridTables = tables(grids, texts: texts, read: read, document: document, log: &log)
        let inGrids = grids.reduce(into: Set<Int>()) { $0.formUnion($1.lineNumbers) }
        let budget = Self.budgetTables(of: document, outside: inGrids, lines: rowLines)
        let others = textLines.isEmpty
            ? budget
            : tables(activityTables: activityTables, read: textRead + budget, lines: textLines, document: document,
                     log: &log)
        var merged: [DocumentTable] = []
        var rest = others[...]
        for table in gridTables {
            while let next = rest.first, next.provenance < table.provenance { merged.append(next); rest = rest.dropFirst() }
            merged.append(table)
        }
        return merged + rest
    }

    /// The budget tables not read from a grid (`inGrids` are the grids' lines), as tables: the
    /// header's first cell as printed, then the column labels; each row's label, then its cells.
    private static func budgetTables(of document: PlanDocument, outside inGrids: Set<Int>,
                                     lines: [SourceLine]) -> [DocumentTable] {
        let outside = document.budgetTables.filter { !inGrids.contains($0.rows.first?.provenance.lines.lowerBound ?? 0) }
        guard !outside.isEmpty else { return [] }
        let byNumber = Dictionary(lines.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        return outside.map { table in
            DocumentTable(title: table.title, header: [unitCell(of: table, lines: byNumber)] + table.columns.map(\.label),
                          rows: table.rows.map { [$0.label] + $0.cells.map(\.text) },
                          readAs: .budgetTables, provenance: table.provenance)
        }
    }

    /// The grids, each with the list that read it; those no list read are reported.
    private func tables(_ grids: [TableGrid], texts: [GridText], read: [DocumentTable.Reading: Set<Int>],
                        document: PlanDocument, log: inout DiagnosticLog) -> [DocumentTable] {
        let lists = Self.lists(of: document)
        return zip(grids, texts).enumerated().map { index, element in
            let (grid, text) = element
            let lines = grid.lineNumbers.sorted()
            let provenance = grid.provenance
            let reading = DocumentTable.Reading.allCases.first { read[$0]?.contains(index) == true }
                ?? Self.reading(of: lines, in: lists)
            let table = DocumentTable(title: text.title, header: text.header.map(GridText.cell),
                                      rows: text.rows.map { $0.map(GridText.cell) }, readAs: reading,
                                      provenance: provenance)
            if reading == nil { Self.reportUnread(table, log: &log) }
            return table
        }
    }

    /// An `unmapped_table` warning naming the table, its page and its header.
    static func reportUnread(_ table: DocumentTable, log: inout DiagnosticLog) {
        let name = table.title.map { "'\($0)'" } ?? "without a title"
        let columns = table.header.count
        log.emit(Diagnostic(code: .unmappedTable,
                            message: "table \(name) on page \(table.provenance.page) (\(columns) columns, \(table.rows.count) rows: \(table.header.joined(separator: " | "))) is read by no list; its cells are kept in tables",
                            provenance: table.provenance))
    }

    /// The tables the line parsers read, in document order: the activity tables and `read`
    /// (tables other parsers listed as they read them: the networks slide, the budget tables).
    /// Figure tables no parser read are found in `lines` and reported.
    private func tables(activityTables: [ActivityTextParser.Table], read: [DocumentTable],
                        lines: [SourceLine], document: PlanDocument, log: inout DiagnosticLog) -> [DocumentTable] {
        var tables: [DocumentTable] = activityTables.compactMap { table in
            let rows = document.activities[table.activities]
            guard let last = rows.last?.provenance else { return nil }
            return DocumentTable(
                title: table.title, header: table.columns.headers,
                rows: rows.map(table.columns.cells(of:)),
                readAs: .activities,
                provenance: Provenance(page: table.header.page,
                                       lines: table.header.number...max(table.header.number, last.lines.upperBound)))
        }
        tables += read
        var covered = Set<Int>()
        for range in (tables.map(\.provenance) + Self.provenances(of: document)).map(\.lines) {
            covered.formUnion(range)
        }
        let unread = TextTableFinder().tables(lines) { covered.contains($0) }
        for table in unread { Self.reportUnread(table, log: &log) }
        return (tables + unread).sorted { $0.provenance < $1.provenance }
    }

    /// The first header cell of a budget table as printed ("Tkr", "Belopp i tkr"): what stands
    /// before its first column's label on the table's header line; the unit when the line is not found.
    private static func unitCell(of table: BudgetTable, lines: [Int: SourceLine]) -> String {
        let first = table.rows.first?.provenance.lines.lowerBound ?? table.provenance.lines.upperBound
        let labels = table.columns.map(\.label).joined(separator: " ")
        for number in table.provenance.lines.lowerBound..<first {
            guard let text = lines[number]?.collapsed, !labels.isEmpty, text.hasSuffix(labels) else { continue }
            return String(text.dropLast(labels.count)).trimmingCharacters(" ")
        }
        return table.unit
    }

    /// Where every fact of every list was read.
    private static func provenances(of document: PlanDocument) -> [Provenance] {
        lists(of: document).flatMap(\.1)
    }

    private static func lists(of document: PlanDocument) -> [(DocumentTable.Reading, [Provenance])] {
        [
            (.budgetTables, document.budgetTables.map(\.provenance)),
            (.activities, document.activities.map(\.provenance)),
            (.measures, document.measures.map(\.provenance)),
            (.indicators, document.indicators.map(\.provenance)),
            (.projects, document.projects.map(\.provenance)),
            (.initiatives, document.initiatives.map(\.provenance)),
            (.networks, document.networks.map(\.provenance)),
            (.members, document.members.compactMap(\.provenance)),
            (.keyFigures, document.keyFigures.map(\.provenance)),
        ]
    }

    /// The list whose facts were read from `lines`, if any.
    /// `lines` is sorted, so each fact's range is looked up by bisection.
    private static func reading(of lines: [Int], in lists: [(DocumentTable.Reading, [Provenance])])
        -> DocumentTable.Reading? {
        lists.first { _, provenances in
            provenances.contains { provenance in
                var low = 0, high = lines.count
                while low < high {
                    let middle = (low + high) / 2
                    if lines[middle] < provenance.lines.lowerBound { low = middle + 1 } else { high = middle }
                }
                return low < lines.count && lines[low] <= provenance.lines.upperBound
            }
        }?.0
    }
}
