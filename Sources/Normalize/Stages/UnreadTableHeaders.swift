import Ingest

/// Reports a table header that heads no table planpipe read: a line whose cells are an activity
/// table's header (`ActivityColumns`) standing outside every table listed in `tables`. A PDF's
/// table whose cells stand too close to tell its columns apart (a word processor's bordered table
/// fitted to its text) is then not lost in silence.
struct UnreadTableHeaders {
    var roles: ColumnRoles

    func report(_ lines: [SourceLine], tables: [DocumentTable], log: inout DiagnosticLog) {
        for line in lines where !line.isBlank {
            guard let cells = roles.cells(of: line, in: "activities"), ActivityColumns(headers: cells, roles: roles) != nil,
                  !tables.contains(where: { $0.provenance.lines.contains(line.number) })
            else { continue }
            log.emit(Diagnostic(code: .unmappedTable,
                                message: "an activity table header on page \(line.page) (\(cells.joined(separator: " | "))) "
                                    + "heads no table planpipe could read (the layout found none under it, as where "
                                    + "columns stand too close to tell apart), so nothing under it is in activities",
                                provenance: Provenance(lines: [line])))
        }
    }
}
