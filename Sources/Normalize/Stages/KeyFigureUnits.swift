import Foundation
import Ingest

/// The units key figures are printed with (`key-figures.json`), as one pattern that reads a
/// number and the unit after it: "62,40 kronor per invånare", "42,65 procent", "13,6 miljoner kronor".
/// The longest printed form wins, and a form ends where no letter follows ("kr" is not "kronor").
struct KeyFigureUnits: Sendable {
    private let forms: [String: DomainData.KeyFigureRules.UnitForm]
    /// Group 1 is the number, group 2 the unit when one is printed.
    let pattern: NSRegularExpression?

    init(_ forms: [DomainData.KeyFigureRules.UnitForm]) {
        self.forms = Dictionary(forms.map { ($0.printed.fastLowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let alternatives = forms.map(\.printed).sorted { ($0.count, $1) > ($1.count, $0) }
            .map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        pattern = try? NSRegularExpression(
            pattern: #"(?<![\d,])((?:-?\d{1,3}(?: \d{3})+|-?\d+)(?:,\d+)?)(?![\d])"#
                + #"(?:\s*(?i:("# + alternatives + #"))(?!\p{L}))?"#)
    }

    /// What a printed unit means: the unit a figure is stored in, and the factor to it.
    func meaning(of printed: String) -> (unit: String, multiplier: Double)? {
        forms[printed.fastLowercased()].map { ($0.unit, $0.multiplier ?? 1) }
    }
}
