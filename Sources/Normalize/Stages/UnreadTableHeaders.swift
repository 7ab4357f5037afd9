import Ingest

/// Reports a table header that heads no table planpipe read: a line whose cells are an activity
/// table's header (`ActivityColumns`), a measures table's (its `measure` and `effect` roles) or an
/// indicator table's (`IndicatorColumns`),
/// standing outside every table listed in `tables`. Such a table is then not lost in silence: in
/// a PDF, one whose cells stand too close to tell its columns apart (a word processor's bordered
/// table fitted to its text); in a dump, a header no reader took ("Prioriterade insatser | Ansvar
/// | Effekt": a column the measures pages do not have) or one with no row read under it.
struct UnreadTableHeaders {
    var roles: ColumnRoles

    /// A line that is a table header: its cells and the list its header is one of.
    struct Header: Sendable {
        var line: SourceLine
        var cells: [String]
        var list: String
    }

    /// The table headers among `lines`, the lines outside the layout's grids (a PDF's rows across
    /// the page, a dump's lines with its grids' lines blank). They need no tables: they are found
    /// while the tables are listed.
    func headers(in lines: [SourceLine]) -> [Header] {
        lines.compactMap { line in
            guard !line.isBlank, let (cells, list) = header(line) else { return nil }
            return Header(line: line, cells: cells, list: list)
        }
    }

    /// Reports each of `headers` outside every table of `tables`.
    func report(_ headers: [Header], tables: [DocumentTable], log: inout DiagnosticLog) {
        for header in headers where !tables.contains(where: { $0.provenance.lines.contains(header.line.number) }) {
            let (line, cells, list) = (header.line, header.cells, header.list)
            log.emit(Diagnostic(code: .unmappedTable,
                                message: "a table header on page \(line.page) (\(cells.joined(separator: " | "))) "
                                    + "heads no table planpipe could read (none was found under it, as where columns "
                                    + "stand too close to tell apart, or its columns are not those of \(list)), "
                                    + "so nothing under it is in \(list)",
                                provenance: Provenance(lines: [line])))
        }
    }

    /// The line's cells and the list its header is one of, when it is an activity, measures or indicator header.
    func header(_ line: SourceLine) -> (cells: [String], list: String)? {
        if let cells = roles.cells(of: line, in: "activities"), ActivityColumns(headers: cells, roles: roles) != nil {
            return (cells, "activities")
        }
        if let cells = MeasureTableReader.headerShapedCells(of: line, roles: roles) { return (cells, "measures") }
        if let cells = roles.cells(of: line, in: "indicators"), IndicatorColumns(headers: cells, roles: roles) != nil {
            return (cells, "indicators")
        }
        return nil
    }
}
