import Ingest

/// The scope of a budget table, told from its title: `totalt` for the whole förbund, else
/// the unit or fund the table covers ("BUDGET FÖRBUNDSKANSLI" → "Förbundskansli",
/// "Intäkter DRUM 2025" → "DRUM").
enum BudgetScope {
    static func scope(of title: String, casing: NormalCase) -> String {
        let words = title.split(separator: " ").map(String.init)
        if words.first?.fastLowercased() == "budget", words.count > 1,
           !words.dropFirst().contains(where: { $0.contains(where: \.isNumber) }) {
            return casing.normal(words.dropFirst().joined(separator: " "))
        }
        if let acronym = words.first(where: { $0.count >= 3 && $0.allSatisfy(\.isUppercase) && $0.allSatisfy(\.isLetter) }),
           !title.fastLowercased().contains("totalt") {
            return acronym
        }
        return "totalt"
    }

}
