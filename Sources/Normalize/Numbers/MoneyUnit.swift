import Ingest

/// The unit a budget table's figures are printed in, and its multiplier to whole kronor.
public enum MoneyUnit: String, Sendable, CaseIterable {
    case kr
    case tkr
    case kkr
    case mnkr
    /// Not money: a percentage list (e.g. staffing shares); cells get no `amount_sek`.
    case percent = "%"

    /// Kronor per printed unit; nil for percentages.
    public var multiplier: Int? {
        switch self {
        case .kr: 1
        case .tkr, .kkr: 1_000
        case .mnkr: 1_000_000
        case .percent: nil
        }
    }

    /// The unit named by one word as printed: `Kr`, `tkr`, `(tkr)`, `KKR`, `Mkr`, `mnkr`, `mkr`, and
    /// the currency code's forms of finance reports: `SEK`, `TSEK`, `KSEK`, `MSEK`.
    public init?(word: some StringProtocol) {
        let core = word.lowercasedLetters()
        switch core {
        case "kr", "kronor", "sek": self = .kr
        case "tkr", "tsek": self = .tkr
        case "kkr", "ksek": self = .kkr
        case "mnkr", "mkr", "mkronor", "msek": self = .mnkr
        default: return nil
        }
    }

    /// The unit named by the last words of `words` (lowercased, as printed), and how many words
    /// name it: one unit word ("tkr"), or a scale and a currency word ("tusen kronor",
    /// "miljoner kr").
    static func ending(_ words: [String]) -> (unit: MoneyUnit, count: Int)? {
        guard let last = words.last, let currency = MoneyUnit(word: last) else { return nil }
        guard currency == .kr, words.count >= 2,
              let scale = scaleWords[words[words.count - 2].lowercasedLetters()] else { return (currency, 1) }
        return (scale, 2)
    }

    /// Words that scale kronor when printed before them ("tusen kronor" is tkr).
    static let scaleWords: [String: MoneyUnit] = [
        "tusen": .tkr, "tusental": .tkr, "tusentals": .tkr,
        "miljoner": .mnkr, "miljontals": .mnkr, "milj": .mnkr,
    ]
}
