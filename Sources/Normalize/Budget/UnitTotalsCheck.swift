import Ingest

/// Where a förbund prints a table for the whole förbund ("Driftbudget, totalt") and tables
/// per unit for the same years beside it, checks row by row that the units add up to the total.
///
/// Rows are matched by role: the income total (the "Summa intäkter" row, else the single income
/// row), the cost total, the result, and other rows by label within their section, where every
/// overhead row ("OH-kostnader", "OH-kostnader/intäkt", "(varav OH-intäkt)") is one role.
struct UnitTotalsCheck {
    var words: BudgetRowWords
    struct Entry {
        var table: BudgetTable
        var sections: [BudgetRowClassifier.Section?]
    }

    func check(_ entries: [Entry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let entries = entries.sorted { $0.table.provenance < $1.table.provenance }
        for (position, total) in entries.enumerated() where total.table.scope == "totalt" {
            let units = Self.units(of: position, in: entries)
            guard units.count >= 2 else { continue }
            let unitRoles = units.map { roles(of: $0) }
            for (index, role) in roles(of: total) {
                let row = total.table.rows[index]
                for (column, label) in total.table.columns.enumerated() {
                    let printed = row.cells[column].amountSEK
                    let parts = unitRoles.enumerated().compactMap { unit, roles in
                        roles.first(where: { $0.role == role }).flatMap { units[unit].table.rows[$0.index].cells[column].amountSEK }
                    }
                    guard !parts.isEmpty || printed != nil else { continue }
                    guard let sum = parts.checkedSum else { continue }
                    guard sum != (printed ?? 0) else { continue }
                    let names = units.map(\.table.scope).joined(separator: ", ")
                    let printedText = printed.map { SwedishNumber.format(mantissa: $0) } ?? "nothing"
                    diagnostics.append(Diagnostic(
                        code: .sumMismatch,
                        message: "\(total.table.title): '\(row.label)', \(label.label): prints \(printedText) kr, "
                            + "but the unit tables (\(names)) sum to \(SwedishNumber.format(mantissa: sum)) kr",
                        provenance: row.provenance))
                }
            }
        }
        return diagnostics
    }

    /// The unit tables of the total at `position`: those after it up to the next total, or, when
    /// none follow, those before it back to the previous total (a summary printed after its
    /// units). Only tables of the total's unit and columns count; a document that repeats its
    /// budget pages compares each total with its own units, not with every unit table printed.
    private static func units(of position: Int, in entries: [Entry]) -> [Entry] {
        let total = entries[position].table
        let isTotal = { (entry: Entry) in entry.table.scope == "totalt" }
        let matches = { (entry: Entry) in entry.table.unit == total.unit && entry.table.columns == total.columns }
        let after = entries[(position + 1)...].prefix { !isTotal($0) }.filter(matches)
        if !after.isEmpty { return Array(after) }
        return Array(entries[..<position].reversed().prefix { !isTotal($0) }.filter(matches).reversed())
    }

    /// (row index, role) for every row with a role.
    private func roles(of entry: Entry) -> [(index: Int, role: String)] {
        let rows = entry.table.rows
        var result: [(index: Int, role: String)] = []
        let incomeRows = rows.indices.filter { rows[$0].kind == .income }
        let incomeSum = rows.indices.last { rows[$0].kind == .subtotal && entry.sections[$0] == .income }
        for (index, row) in rows.enumerated() {
            let section = entry.sections[index].map { $0 == .income ? "income" : "cost" } ?? "-"
            switch row.kind {
            case .result:
                result.append((index, "result"))
            case .subtotal where index == incomeSum:
                result.append((index, "income total"))
            case .income where incomeSum == nil && incomeRows.count == 1:
                result.append((index, "income total"))
            case .subtotal where isSectionSum(key(row.label)):
                result.append((index, "\(section) total"))  // "SUMMA KOSTNADER", "Summa kostnader tkr"
            case .other where row.cells.allSatisfy({ $0.amountSEK == nil }):
                continue
            default:
                result.append((index, "\(section): \(key(row.label))"))
            }
        }
        return result
    }

    /// "(varav OH-intäkt)" → "oh"; "Övriga Kostnader" → "övriga kostnader".
    func key(_ label: String) -> String {
        let lowered = words.droppingMemoWord(label.fastLowercased().filter { $0 != "(" && $0 != ")" }.collapsingWhitespace)
        return lowered.hasPrefix("oh-") || lowered.hasPrefix("oh ") ? "oh" : lowered
    }

    /// A short subtotal of a whole section: "SUMMA KOSTNADER", "Summa kostnader tkr".
    private func isSectionSum(_ key: String) -> Bool {
        words.kinds.subtotal.contains { key.hasPrefix($0 + " ") } && key.split(separator: " ").count <= 3
    }
}
