import Ingest

/// Row labels that change how a budget's result is made (`budget-rows.json`): the operating
/// result before financial items, and the financial items (finansiella intäkter och kostnader,
/// finansnetto, avskrivningar) that lie between it and the result.
public struct BudgetRowWords: Sendable, Decodable {
    public struct FinancialItem: Sendable, Decodable {
        public var words: String
        /// Which side of the result the item is on when printed as a magnitude; nil for a net item.
        public var section: String?
    }

    /// The words that open a row of each kind, matched at the start of its case-folded label.
    public struct Kinds: Sendable, Decodable {
        /// "Varav …", "Därav …": a part of the row above, in no sum.
        public var memo: [String]
        /// "Summa …", "Delsumma …".
        public var subtotal: [String]
        /// "Totalt …", "Totala …".
        public var total: [String]
        /// "Resultat …", "Årets resultat".
        public var result: [String]
    }

    /// Stems that make a label name its section, looked for anywhere in it; cost before income,
    /// so "OH-kostnader/intäkt" is a cost.
    public struct Sections: Sendable, Decodable {
        public var cost: [String]
        public var income: [String]
    }

    public var operatingResults: [String]
    public var financialItems: [FinancialItem]
    public var kinds: Kinds
    public var sections: Sections

    private enum CodingKeys: String, CodingKey {
        case operatingResults = "operating_results", financialItems = "financial_items", kinds, sections
    }

    /// The kind a label's opening words give it (memo, subtotal, total, result), if any.
    func kind(of label: String) -> BudgetRow.Kind? {
        let folded = label.collapsingWhitespace.fastLowercased().drop { $0 == "(" }
        func opens(_ words: [String]) -> Bool { words.contains { folded.hasPrefix($0) } }
        if opens(kinds.memo) { return .memo }
        if opens(kinds.subtotal) { return .subtotal }
        if opens(kinds.total) { return .total }
        if opens(kinds.result) { return .result }
        return nil
    }

    /// `label` without the memo word it opens with ("varav OH-intäkt" → "OH-intäkt").
    func droppingMemoWord(_ label: String) -> String {
        guard let word = kinds.memo.first(where: { label.hasPrefix($0 + " ") }) else { return label }
        return String(label.dropFirst(word.count + 1))
    }

    /// The section a label names, if any.
    func section(named label: String) -> BudgetRowClassifier.Section? {
        let folded = label.fastLowercased()
        if sections.cost.contains(where: { folded.contains($0) }) { return .cost }
        if sections.income.contains(where: { folded.contains($0) }) { return .income }
        return nil
    }

    /// Whether a row label names money: income or costs ("Personalkostnader", "Övriga intäkter"),
    /// a result or a financial item. A table of counts ("Nätverket för skolchefer", "Totalt") has none.
    func namesMoney(_ label: String) -> Bool {
        section(named: label) != nil || kind(of: label) == .result || isOperatingResult(label)
            || financialItem(label) != nil
    }

    /// True for "Verksamhetens nettokostnad", "Resultat före finansiella poster" and the like.
    func isOperatingResult(_ label: String) -> Bool {
        let folded = label.collapsingWhitespace.fastLowercased()
        return operatingResults.contains { folded.hasPrefix($0) }
    }

    /// The financial item `label` names, if any.
    func financialItem(_ label: String) -> FinancialItem? {
        let folded = label.collapsingWhitespace.fastLowercased()
        return financialItems.first { folded.hasPrefix($0.words) }
    }
}
