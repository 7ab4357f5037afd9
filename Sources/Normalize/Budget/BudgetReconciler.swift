import Ingest

/// Checks that a table adds up, per column, and reports what does not; it never changes a number.
///
/// - A "Summa" row is compared with the rows of its block (a "varav" row may or may not be
///   counted, as förbund do both). Totals may be printed as magnitudes ("Summa kostnader 12 408"
///   over negative costs), so a sum that matches but for its own sign is accepted.
/// - A "Totalt/Totala" row is compared with the top-level rows above it (subtotals in place of
///   their rows).
/// - RESULTAT is compared with income plus costs, strictly, sign included, plus the financial
///   items above it; where an operating result ("Verksamhetens nettokostnad") is printed, it is
///   checked against income plus costs and the result against it plus the financial items after it.
/// - When flipping the sign of exactly one row would make a sum add up, that row gets
///   `sign_suspect` instead of the sum getting `sum_mismatch`.
struct BudgetReconciler {
    var words: BudgetRowWords
    /// A table ready for checking: values in hundredths of the printed unit.
    struct Table {
        var title: String
        var columns: [String]
        var labels: [String]
        var values: [[Int?]]
        var kinds: [BudgetRow.Kind]
        var sections: [BudgetRowClassifier.Section?]
        var isHeading: [Bool]
        var isOperatingResult: [Bool]
        var financial: [BudgetRowClassifier.FinancialSide?]
        var groups: BudgetSubtotalFinder.Groups
        var provenance: [Provenance?]
    }

    func check(_ table: Table) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let children = Set(table.groups.values.flatMap { Array($0) })
        var covered = children
        var boundary = -1
        for (index, kind) in table.kinds.enumerated() {
            switch kind {
            case .subtotal where table.isOperatingResult[index]:
                diagnostics += checkResult(index, children: children, in: table)
                boundary = index
            case .subtotal where table.groups[index] == nil:
                // "Summa kostnader" sums the cost rows of its block, not the income above them.
                let named = words.section(named: table.labels[index])
                let block = ((boundary + 1)..<index).filter {
                    !children.contains($0) && !table.isHeading[$0] && (named == nil || table.sections[$0] == named)
                }
                covered.formUnion(block)
                diagnostics += checkSum(index, parts: block, in: table)
                boundary = index
            case .total:
                let parts = (0..<index).filter {
                    !covered.contains($0) && !table.isHeading[$0] && ![.total, .result].contains(table.kinds[$0])
                }
                diagnostics += checkSum(index, parts: parts, in: table)
                boundary = index
            case .result:
                diagnostics += checkResult(index, children: children, in: table)
                boundary = index
            default:
                break
            }
        }
        return diagnostics
    }

    // MARK: - Sums

    private func checkSum(_ row: Int, parts: [Int], in table: Table) -> [Diagnostic] {
        let addends = parts.filter { table.kinds[$0] != .memo }
        let memos = parts.filter { table.kinds[$0] == .memo }
        var diagnostics: [Diagnostic] = []
        for column in table.columns.indices {
            guard let printed = table.values[row][column],
                  (addends + memos).contains(where: { table.values[$0][column] != nil }) else { continue }
            let sum = total(addends, column, table)
            let withMemos = sum + total(memos, column, table)
            let readings = [sum, withMemos]
            if readings.contains(where: { $0 == printed || $0 == -printed }) { continue }
            let suspects = Set((addends + memos).filter { part in
                guard let value = table.values[part][column], value != 0 else { return false }
                let candidates = table.kinds[part] == .memo ? [withMemos] : readings
                return candidates.contains { abs($0 - 2 * value) == abs(printed) }
            })
            if suspects.count == 1, let suspect = suspects.first, let value = table.values[suspect][column] {
                diagnostics.append(Diagnostic(
                    code: .signSuspect,
                    message: "\(table.title): '\(table.labels[suspect])', \(table.columns[column]): printed "
                        + "\(format(value)); with the opposite sign '\(table.labels[row])' (\(format(printed))) "
                        + "would add up. Kept as printed",
                    provenance: table.provenance[suspect]))
            } else {
                diagnostics.append(Diagnostic(
                    code: .sumMismatch,
                    message: "\(table.title): '\(table.labels[row])', \(table.columns[column]): printed "
                        + "\(format(printed)), but the rows it sums add up to \(format(sum))"
                        + (memos.isEmpty ? "" : " (\(format(withMemos)) counting the varav rows)"),
                    provenance: table.provenance[row]))
            }
        }
        return diagnostics
    }

    // MARK: - Result

    private func checkResult(_ row: Int, children: Set<Int>, in table: Table) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let operating = table.isOperatingResult[row] ? nil : (0..<row).last { table.isOperatingResult[$0] }
        let items = ((operating ?? -1) + 1..<row).filter { table.financial[$0] != nil }
        for column in table.columns.indices {
            guard let printed = table.values[row][column] else { continue }
            let base: Int
            let parts: String
            if let operating {
                guard let value = table.values[operating][column] else { continue }
                base = value
                parts = "'\(table.labels[operating])' \(format(value))"
            } else {
                guard let income = sectionTotal(.income, before: row, column, children: children, table),
                      let costs = sectionTotal(.cost, before: row, column, children: children, table) else { continue }
                base = income + costs
                parts = "income \(format(income)) and costs \(format(costs))"
            }
            // A financial item printed as a magnitude on the cost side counts negative.
            let financial = items.reduce(0) { sum, item in
                let value = table.values[item][column] ?? 0
                return sum + (table.financial[item] == .cost && value > 0 ? -value : value)
            }
            let expected = base + financial
            guard printed != expected else { continue }
            let signNote = printed == -expected ? "; the amounts differ only in sign" : ""
            let financialNote = items.isEmpty ? "" : " and financial items \(format(financial))"
            diagnostics.append(Diagnostic(
                code: .sumMismatch,
                message: "\(table.title): '\(table.labels[row])', \(table.columns[column]): printed "
                    + "\(format(printed)), but \(parts)\(financialNote) give \(format(expected))\(signNote)",
                provenance: table.provenance[row]))
        }
        return diagnostics
    }

    /// Income (positive) or costs (negative) of the rows above `row`: the section's "Summa" row
    /// when there is one, else its top-level rows. Costs printed as positive magnitudes count negative.
    private func sectionTotal(_ section: BudgetRowClassifier.Section, before row: Int, _ column: Int,
                              children: Set<Int>, _ table: Table) -> Int? {
        let rows = (0..<row).filter { table.sections[$0] == section && !table.isHeading[$0] }
        let leaves = rows.filter {
            !children.contains($0) && [.income, .cost, .other, .subtotal].contains(table.kinds[$0])
                && !(table.kinds[$0] == .subtotal && table.groups[$0] == nil)
        }
        let leafSum = total(leaves, column, table)
        let printedPositive = leaves.allSatisfy { (table.values[$0][column] ?? 0) >= 0 }
        if let summa = rows.last(where: { table.kinds[$0] == .subtotal && table.groups[$0] == nil }),
           let value = table.values[summa][column] {
            guard section == .cost else { return value }
            return value > 0 && (leafSum < 0 || printedPositive) ? -value : value
        }
        guard leaves.contains(where: { table.values[$0][column] != nil }) else { return nil }
        return section == .cost && printedPositive ? -leafSum : leafSum
    }

    // MARK: - Helpers

    private func total(_ rows: [Int], _ column: Int, _ table: Table) -> Int {
        rows.reduce(0) { $0 + (table.values[$1][column] ?? 0) }
    }

    /// A value in hundredths, printed the Swedish way.
    func format(_ hundredths: Int) -> String {
        hundredths % 100 == 0
            ? SwedishNumber.format(mantissa: hundredths / 100)
            : SwedishNumber.format(mantissa: hundredths, decimals: 2)
    }
}
