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

    public var operatingResults: [String]
    public var financialItems: [FinancialItem]

    private enum CodingKeys: String, CodingKey {
        case operatingResults = "operating_results", financialItems = "financial_items"
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
