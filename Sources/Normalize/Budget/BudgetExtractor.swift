import Ingest

/// The budget stage: finds the tables (by text layout or PDF geometry), builds them and
/// checks them, alone and the unit tables against the total.
struct BudgetExtractor {
    var casing: NormalCase
    /// Header words of columns that are no year (`columns.json`, role `figures`).
    var figureColumns: Set<String>
    /// Budget row labels around the result (`budget-rows.json`).
    var rowWords: BudgetRowWords

    /// The tables of the document: by geometry from a PDF's visual rows, by the text layout of a
    /// dump's lines, and from the layout's grids that neither found.
    /// `gridTexts` are the layout's grids as text; grids read as budget tables go into `read`.
    func tables(in layout: DocumentLayout, gridTexts: [GridText], read: inout Set<Int>,
                log: inout DiagnosticLog) -> [BudgetTable] {
        let scanned = layout.hasGeometry
            ? BudgetTextScanner.Result(drafts: Self.joiningPageBreaks(BudgetPDFScanner().scan(pages: layout.pageRows)))
            : BudgetTextScanner(figureColumns: figureColumns, rowWords: rowWords).scan(layout.textLines)
        var drafts = scanned.drafts
        reportUnread(scanned.unreadHeaders, log: &log)
        // Grids the scanner did not find: a header of years without a unit cell, or a dump's
        // table saved with tabs.
        let scannedLines = Set(drafts.flatMap { $0.rows.flatMap(\.lines) + $0.headerLines }.map(\.number))
        for (grid, draft) in BudgetGridReader(figureColumns: figureColumns).drafts(layout.tables, texts: gridTexts, lines: layout.lines)
        where layout.tables[grid].lineNumbers.isDisjoint(with: scannedLines) {
            drafts.append(draft)
            read.insert(grid)
        }
        // Percentage lists ("100%  Förbundsdirektör") across a PDF's page, read as for a dump.
        var index = 0
        let rows = layout.geometryLines
        while index < rows.count {
            if !scannedLines.contains(rows[index].number), let (draft, end) = PercentListScanner().scan(rows, from: index) {
                drafts.append(draft)
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        // The readers' drafts in document order.
        let end = Provenance(page: .max, lines: 1...1)
        drafts = drafts.map { ($0.rows.first?.provenance ?? end, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        let builder = BudgetTableBuilder(casing: casing, rowWords: rowWords)
        let built = drafts.map { builder.build($0, log: &log) }
        UnitTotalsCheck(words: rowWords).check(built.map { UnitTotalsCheck.Entry(table: $0.0, sections: $0.1) })
            .forEach { log.emit($0) }
        return built.map(\.0)
    }

    /// Reports each budget header of a dump under or over which no row of figures was found (the
    /// scanner reads `textLines`, where the layout's grids, reported by the table register, are blank).
    private func reportUnread(_ headers: [SourceLine], log: inout DiagnosticLog) {
        for line in headers {
            log.emit(Diagnostic(code: .unmappedTable,
                                message: "a budget table header on page \(line.page) (\(line.collapsed)) heads no table "
                                    + "planpipe could read (no row of figures stands under or over it), so nothing "
                                    + "under it is in budget_tables",
                                provenance: Provenance(lines: [line])))
        }
    }

    /// A table broken across pages repeats its header on the next page without a title:
    /// such a part joins the table before it when the columns and unit are the same.
    static func joiningPageBreaks(_ drafts: [BudgetDraft]) -> [BudgetDraft] {
        var joined: [BudgetDraft] = []
        for draft in drafts {
            if draft.title.isEmpty, var previous = joined.last, previous.columns == draft.columns,
               previous.unit == draft.unit, let page = draft.rows.first?.lines.first?.page,
               previous.rows.last?.lines.last?.page == page - 1 {
                previous.rows += draft.rows
                joined[joined.count - 1] = previous
            } else {
                joined.append(draft)
            }
        }
        return joined
    }
}
