import Ingest

/// Turns a `BudgetDraft` into a `BudgetTable`: row kinds, amounts in kronor, and the warnings
/// about the table (missing or unreadable cells, an unknown unit, sums that do not add up).
struct BudgetTableBuilder {
    var casing: NormalCase
    var rowWords: BudgetRowWords

    /// The table, and each row's section (income, cost or neither) for cross-table checks.
    func build(_ draft: BudgetDraft, log: inout DiagnosticLog) -> (BudgetTable, [BudgetRowClassifier.Section?]) {
        var classified = BudgetRowClassifier(words: rowWords).classify(draft)
        let values = draft.rows.map { row in row.cells.map { $0?.scaled(by: 100) } }
        let title = draft.title.isEmpty ? "budget table" : draft.title
        var input = BudgetReconciler.Table(
            title: title, columns: draft.columns.map(\.label), labels: draft.rows.map(\.label), values: values,
            kinds: classified.kinds, sections: classified.sections, isHeading: classified.isHeading,
            isOperatingResult: classified.isOperatingResult, financial: classified.financial, groups: [:],
            provenance: draft.rows.map(\.provenance))
        let reconciler = BudgetReconciler(words: rowWords)
        var findings = reconciler.check(input)
        // Unlabelled subtotals count only when reading them so makes more of the table add up.
        let groups = BudgetSubtotalFinder().find(values: values, kinds: classified.kinds,
                                                 isHeading: classified.isHeading)
        if !groups.isEmpty {
            var grouped = input
            grouped.groups = groups
            for index in groups.keys { grouped.kinds[index] = .subtotal }
            let groupedFindings = reconciler.check(grouped)
            if groupedFindings.count < findings.count {
                input = grouped
                findings = groupedFindings
                classified.kinds = grouped.kinds
            }
        }
        findings.forEach { log.emit($0) }
        reportCells(draft, title: title, log: &log)

        let multiplier = draft.unit?.multiplier
        if draft.unit == nil {
            let printed = draft.printedUnit.map { "its unit '\($0)' is none planpipe knows (kr, tkr, mnkr …)" }
            log.emit(Diagnostic(code: .unknownUnit,
                                message: "\(title): \(printed ?? "no unit (kr, tkr, mnkr …) is printed"); amount_sek left null",
                                provenance: Provenance(lines: draft.headerLines)))
        }
        let rows = draft.rows.enumerated().map { index, row in
            BudgetRow(
                label: row.label, kind: classified.kinds[index],
                cells: row.cells.enumerated().map { column, cell in
                    guard let cell else { return BudgetCell(text: row.unreadable[column] ?? "", amountSEK: nil) }
                    return BudgetCell(text: cell.text, amountSEK: multiplier.flatMap { cell.scaled(by: $0) })
                },
                provenance: row.provenance ?? Provenance(page: 1, lines: 1...1))
        }
        let allLines = (draft.headerLines + draft.rows.flatMap(\.lines)).sorted { $0.number < $1.number }
        var provenance = Provenance(lines: allLines) ?? Provenance(page: 1, lines: 1...1)
        if let boxes = Optional(draft.rows.compactMap(\.bbox)), !boxes.isEmpty {
            provenance.bbox = BoundingBox.union(boxes + draft.headerLines.compactMap(\.bbox))
        }
        let table = BudgetTable(title: draft.title, scope: BudgetScope.scope(of: draft.title, casing: casing),
                                unit: draft.unit?.rawValue ?? "", columns: draft.columns, rows: rows,
                                provenance: provenance)
        return (table, classified.sections)
    }

    /// The figures a label ends in when two or more of its last words are nothing but digits and
    /// number signs ("Personalkostnader (60 000) (62 000)": accounting negatives in parentheses),
    /// so a row that read no value says so instead of passing as a heading.
    static func unreadFigures(in label: String) -> String? {
        let words = label.split(separator: " ")
        let tail = words.reversed().prefix { word in
            word.contains(where: \.isASCIIDigit) && word.allSatisfy { $0.isASCIIDigit || "()−-–,.%".contains($0) }
        }
        guard tail.count >= 2, tail.count < words.count else { return nil }
        return tail.reversed().joined(separator: " ")
    }

    /// `missing_cell` for rows with some cells empty, `ambiguous_number` and `unreadable_cell` as found.
    private func reportCells(_ draft: BudgetDraft, title: String, log: inout DiagnosticLog) {
        for row in draft.rows {
            let present = row.cells.compactMap { $0 }.count + row.unreadable.count
            if present > 0, present < row.cells.count {
                let missing = row.cells.indices.filter { row.cells[$0] == nil && row.unreadable[$0] == nil }
                let names = missing.map { draft.columns[$0].label }.joined(separator: ", ")
                let message = row.missingColumnUnknown
                    ? "\(title): '\(row.label)' prints \(present) of \(row.cells.count) values and the layout does "
                        + "not show which column is empty; the values were kept left to right"
                    : "\(title): '\(row.label)' prints no value for \(names)"
                log.emit(Diagnostic(code: .missingCell, message: message, provenance: row.provenance))
            }
            if present == 0, let figures = Self.unreadFigures(in: row.label) {
                log.emit(Diagnostic(code: .unreadableCell,
                                    message: "\(title): '\(row.label)' ends in figures that are not numbers as "
                                        + "planpipe reads them ('\(figures)'); the row's cells are left empty",
                                    provenance: row.provenance))
            }
            if row.isAmbiguous {
                log.emit(Diagnostic(code: .ambiguousNumber,
                                    message: "\(title): '\(row.label)': the digit groups can be split into "
                                        + "columns in more than one way; the likeliest was kept",
                                    provenance: row.provenance))
            }
            for (column, text) in row.unreadable.sorted(by: { $0.key < $1.key }) {
                log.emit(Diagnostic(code: .unreadableCell,
                                    message: "\(title): '\(row.label)', \(draft.columns[column].label): '\(text)' "
                                        + "is not a number; kept as text, amount_sek null",
                                    provenance: row.provenance))
            }
        }
    }
}
