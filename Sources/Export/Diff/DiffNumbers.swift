import Normalize

/// The numbers of a diff as Swedish documents print them, in Markdown and HTML alike: amounts
/// `1 825 000 kr`, percentages `+2,8 %`, other figures `50,55`; "–" where there is none.
enum DiffNumbers {
    /// Whole kronor with digit groups: `-6 254 000 kr`.
    static func kronor(_ amount: Int?) -> String {
        amount.map { SwedishNumber.format(mantissa: $0) + " kr" } ?? "–"
    }

    /// A change in whole kronor, signed: `+1 825 000 kr`, `-5 000 kr`.
    static func change(_ delta: Int?) -> String {
        guard let delta else { return "–" }
        return (delta > 0 ? "+" : "") + kronor(delta)
    }

    /// A budget row's change as a percentage of the old amount's magnitude, to one decimal and
    /// signed: `+2,8 %`, `-0,0 %` for a small decrease; "–" when the old amount is zero or missing.
    /// Computed from the amounts, not from the JSON's rounded `percent`, so it is rounded once.
    static func percent(_ change: BudgetRowChanges.Change) -> String {
        guard let delta = change.deltaSEK, let old = change.oldAmountSEK, old != 0,
              let tenths = Int(exactly: (Double(delta.magnitude) * 1000 / Double(old.magnitude)).rounded())
        else { return "–" }
        return (delta < 0 ? "-" : "+") + SwedishNumber.format(mantissa: tenths, decimals: 1) + " %"
    }

    /// A figure with a decimal comma and the decimals of its shortest form: `50,55`, `14`.
    static func decimal(_ value: Double) -> String {
        let parts = String(value).split(separator: ".")
        guard parts.count == 2, let mantissa = Int(parts[0] + (parts[1] == "0" ? "" : parts[1])) else {
            return String(value)  // an exponent form (1e+16) or not finite: as Swift prints it
        }
        return SwedishNumber.format(mantissa: mantissa, decimals: parts[1] == "0" ? 0 : parts[1].count)
    }
}
