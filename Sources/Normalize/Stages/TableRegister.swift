import Ingest

/// Lists every table of a document with the list that read it, and reports those no list read.
///
/// A table found by the layout is `read_as` the list whose parser took it by its header, or else the
/// the activity parser's own record; the others by provenance). Text dumps have no geometry, so
/// their tables are those the parsers read: activity tables under their printed header and budget
/// tables with their columns.
struct TableRegister {
    var roles: ColumnRoles

    /// The tables found on PDF pages.
    /// `read` names, per list, the grids its parser took by their header.
    func tables(_ grids: [TableGrid], texts: [GridText], read: [DocumentTable.Reading: Set<Int>], document: PlanDocument,
                log: inout DiagnosticLog) -> [DocumentTable] {
        zip(grids, texts).enumerated().map { index, element in
            let (grid, text) = element
            let lines = grid.lineNumbers.sorted()
            let provenance = grid.provenance
            let reading = read.first { $0.value.contains(index) }?.key ?? Self.reading(of: lines, in: document)
            let table = DocumentTable(title: grid.title, header: text.header.map(GridText.cell),
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

    /// The tables the text parsers read, in document order.
    /// Figure tables no parser read are found in `lines` and reported.
    func tables(activityTables: [(title: String?, header: SourceLine, activities: Range<Int>)],
                lines: [SourceLine], document: PlanDocument, log: inout DiagnosticLog) -> [DocumentTable] {
        var tables: [DocumentTable] = activityTables.compactMap { table in
            let rows = document.activities[table.activities]
            guard let last = rows.last?.provenance else { return nil }
            return DocumentTable(
                title: table.title, header: roles.cells(of: table.header.text, in: "activities", roles: ActivityPDFParser.wantedRoles),
                rows: rows.map { [$0.activity, $0.resources, $0.effects.joined(separator: " ")] },
                readAs: .activities,
                provenance: Provenance(page: table.header.page,
                                       lines: table.header.number...max(table.header.number, last.lines.upperBound)))
        }
        tables += document.budgetTables.map { table in
            DocumentTable(title: table.title, header: [table.unit] + table.columns.map(\.label),
                          rows: table.rows.map { [$0.label] + $0.cells.map(\.text) },
                          readAs: .budgetTables, provenance: table.provenance)
        }
        let read = (tables.map(\.provenance) + Self.provenances(of: document)).map(\.lines)
        let unread = TextTableFinder().tables(lines) { number in read.contains { $0.contains(number) } }
        for table in unread { Self.reportUnread(table, log: &log) }
        return (tables + unread).sorted { $0.provenance < $1.provenance }
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
    private static func reading(of lines: [Int], in document: PlanDocument) -> DocumentTable.Reading? {
        lists(of: document).first { _, provenances in
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
