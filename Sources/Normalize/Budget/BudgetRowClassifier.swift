import Ingest

/// Gives each row of a draft table its kind and section from its label and position.
///
/// - "Varav …", "(varav …)", "därav …" → memo; "Summa …" → subtotal; "Totalt/Totala …" → total;
///   "Resultat …" → result (the words of `budget-rows.json`'s "kinds"); a label-only row
///   ("KOSTNADER") is a heading → other.
/// - Income or cost comes from the label ("…kostnader", "…intäkter": its "sections"), else from the section the
///   row is in: the last heading or keyword row above it, else the subtotal below it
///   ("Medlemsavgift" above "Summa intäkter" is income), else the table title ("Kostnader DRUM").
/// - Rows that sum the rows right above or below them without saying so ("Funktioner 4 390"
///   over its six posts) are subtotals; `BudgetSubtotalFinder` finds those by arithmetic.
///
/// An operating result ("Verksamhetens nettokostnad") is a subtotal of income and costs; financial
/// items below it (`budget-rows.json`) are in no section: the result check adds them itself.
struct BudgetRowClassifier {
    enum Section: Sendable, Equatable { case income, cost }

    var words: BudgetRowWords

    struct Classified: Sendable, Equatable {
        var kinds: [BudgetRow.Kind]
        var sections: [Section?]
        /// True for label-only rows that open a section ("KOSTNADER").
        var isHeading: [Bool]
        /// The operating result rows, and the financial items with the side they are on.
        var isOperatingResult: [Bool]
        var financial: [FinancialSide?]
    }

    /// How a financial item counts towards the result.
    enum FinancialSide: Sendable, Equatable { case income, cost, net }

    func classify(_ draft: BudgetDraft) -> Classified {
        let count = draft.rows.count
        var kinds = [BudgetRow.Kind](repeating: .other, count: count)
        var sections = [Section?](repeating: nil, count: count)
        var isHeading = [Bool](repeating: false, count: count)
        var isOperating = [Bool](repeating: false, count: count)
        var financial = [FinancialSide?](repeating: nil, count: count)
        let titleSection = words.section(named: draft.title)
        var current: Section? = titleSection
        for (index, row) in draft.rows.enumerated() {
            let label = row.label.fastLowercased().trimmingCharacters(" ")
            let named = words.section(named: label)
            let empty = row.cells.allSatisfy { $0 == nil }
            if words.isOperatingResult(label) {
                kinds[index] = .subtotal
                isOperating[index] = true
                current = nil
                continue
            }
            if let item = words.financialItem(label) {
                financial[index] = item.section == "income" ? .income : item.section == "cost" ? .cost : .net
                kinds[index] = item.section == "income" ? .income : item.section == "cost" ? .cost : .other
                current = nil
                continue
            }
            if let kind = words.kind(of: label) {
                kinds[index] = kind
            } else if empty, named != nil, row.label.isUppercased {
                isHeading[index] = true
            }
            if kinds[index] == .memo {
                sections[index] = current  // "(varav OH-intäkt)" under KOSTNADER is part of the costs
                continue
            }
            if let named { current = named }
            sections[index] = named ?? current
            if kinds[index] == .subtotal || kinds[index] == .result { current = nil }
        }
        // Rows before a keyword subtotal belong to its section ("Medlemsavgift" → income).
        var below: Section? = nil
        for index in stride(from: count - 1, through: 0, by: -1) {
            if kinds[index] == .subtotal, let section = words.section(named: draft.rows[index].label) {
                below = section
            } else if kinds[index] == .result {
                below = nil
            }
            if sections[index] == nil, !isOperating[index], financial[index] == nil {
                sections[index] = below ?? titleSection
            }
        }
        for index in 0..<count where kinds[index] == .other && !isHeading[index] && draft.unit != .percent
            && financial[index] == nil {
            switch sections[index] {
            case .income: kinds[index] = .income
            case .cost: kinds[index] = .cost
            case nil: break
            }
        }
        return Classified(kinds: kinds, sections: sections, isHeading: isHeading, isOperatingResult: isOperating,
                          financial: financial)
    }
}
