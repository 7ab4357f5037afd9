/// A number as Swedish documents print it: `64 295 000`, `-6 254 000`, `−42 114 000`, `50,55`, `42,65 %`.
///
/// The value is kept exact as an integer mantissa and a count of decimals, so `1 670` tkr becomes
/// exactly 1 670 000 kr and `42,65` stays 42.65; nothing is ever rounded on the way in.
public struct SwedishNumber: Sendable, Hashable {
    /// The text as printed (trimmed).
    public var text: String
    /// The digits as an integer, sign applied: `-6 254 000` → -6254000, `50,55` → 5055.
    public var mantissa: Int
    /// Digits after the decimal comma.
    public var decimals: Int
    /// True when a `%` followed the number.
    public var isPercent: Bool
    /// Digit groups before the decimal comma: `64 295 000` has 3, `2025` has 1.
    public var groupCount: Int

    /// The value as a floating-point number (for percentages and key figures).
    public var doubleValue: Double {
        var divisor = 1.0
        for _ in 0..<decimals { divisor *= 10 }
        return Double(mantissa) / divisor
    }

    /// The value times `multiplier` in whole units, or nil when that is not a whole number
    /// (a cell `12,5` in a kr table) or would overflow.
    public func scaled(by multiplier: Int) -> Int? {
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        guard product % divisor == 0 else { return nil }
        return product / divisor
    }

    /// The characters printed as a minus sign: hyphen-minus, minus sign, en dash, non-breaking hyphen.
    public static let minusSigns: Set<Character> = ["-", "\u{2212}", "\u{2013}", "\u{2011}"]
    /// The characters printed between digit groups: space, no-break space, narrow no-break space, thin space.
    public static let groupSeparators: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Parses one printed number, or returns nil when `text` is not exactly one number.
    ///
    /// Accepted: an optional minus (possibly followed by a space), either plain digits or a
    /// lead group of 1–3 digits followed by groups of exactly 3 (so `2025 4 200` is *not* one
    /// number), an optional decimal comma with digits, and an optional `%` (with or without a space).
    public static func parse(_ text: String) -> SwedishNumber? {
        let trimmed = String(Substring(text).trimming(groupSeparators))
        var chars = Substring(trimmed)
        var negative = false
        if let first = chars.first, minusSigns.contains(first) {
            negative = true
            chars = chars.dropFirst().drop(while: { groupSeparators.contains($0) })
        }
        var isPercent = false
        if chars.last == "%" {
            isPercent = true
            chars = chars.dropLast()
            while let last = chars.last, groupSeparators.contains(last) { chars = chars.dropLast() }
        }
        var fraction = Substring("")
        if let comma = chars.firstIndex(of: ",") {
            fraction = chars[chars.index(after: comma)...]
            chars = chars[..<comma]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        let groups = chars.split(omittingEmptySubsequences: false, whereSeparator: { groupSeparators.contains($0) })
        guard isValidGrouping(groups) else { return nil }
        let digits = String(groups.joined()) + String(fraction)
        // Budgets never need more than 13 digits; the limit keeps every sum of amounts far from overflow.
        guard digits.count <= 13, let magnitude = Int(digits) else { return nil }
        return SwedishNumber(text: trimmed, mantissa: negative ? -magnitude : magnitude,
                             decimals: fraction.count, isPercent: isPercent, groupCount: groups.count)
    }

    /// A number as a table of accounts prints it: one `parse` reads, or one in parentheses, the
    /// accountant's minus ("(60 000)" → −60 000; the text stays as printed).
    public static func parseAccounting(_ text: String) -> SwedishNumber? {
        let trimmed = Substring(text).trimming(groupSeparators)
        guard trimmed.first == "(", trimmed.last == ")", trimmed.count > 2 else { return parse(text) }
        let inner = trimmed.dropFirst().dropLast()
        guard let first = inner.first, first.isASCIIDigit, var number = parse(String(inner)) else { return nil }
        number.mantissa = -number.mantissa
        number.text = String(trimmed)
        return number
    }

    /// `isPiece`, or a piece of a number in parentheses ("(60", "000)", "(5)").
    static func isAccountingPiece(_ text: some StringProtocol) -> Bool {
        let body = Substring(text)
        return isPiece(body.dropFirst(body.hasPrefix("(") ? 1 : 0).dropLast(body.hasSuffix(")") ? 1 : 0))
    }

    /// Whether `text` (one word, no spaces) can be part of a printed number: digits, optionally led
    /// by a minus and ended by a decimal part or `%` ("−42", "295", "42,65%").
    static func isPiece(_ text: some StringProtocol) -> Bool {
        var body = Substring(text)
        if let first = body.first, minusSigns.contains(first) { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard let integer = parts.first, !integer.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A lead group (1–3 digits, or any length when alone; no leading zero unless it is `0`)
    /// followed by groups of exactly three digits.
    static func isValidGrouping(_ groups: [Substring]) -> Bool {
        guard let lead = groups.first, !lead.isEmpty, lead.allSatisfy(\.isASCIIDigit) else { return false }
        if groups.count == 1 { return lead == "0" || lead.first != "0" }
        guard lead.count <= 3, lead.first != "0" else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Formats a value the way Swedish documents print it, e.g. for reports:
    /// `format(mantissa: -6254000)` → `-6 254 000`, `format(mantissa: 5055, decimals: 2)` → `50,55`.
    public static func format(mantissa: Int, decimals: Int = 0, separator: Character = " ",
                              minus: Character = "-", percent: Bool = false) -> String {
        let magnitude = String(mantissa.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - magnitude.count)) + magnitude
        let integerPart = padded.dropLast(decimals)
        let fractionPart = padded.suffix(decimals)
        var grouped = ""
        for (offset, digit) in integerPart.enumerated() {
            if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        var result = mantissa < 0 ? String(minus) + grouped : grouped
        if decimals > 0 { result += "," + fractionPart }
        if percent { result += "%" }
        return result
    }
}

extension Substring {
    /// The substring without leading and trailing characters from `set`.
    func trimming(_ set: Set<Character>) -> Substring {
        var result = drop(while: { set.contains($0) })
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}

extension Character {
    /// True for the ASCII digits 0–9 only (not other Unicode numerals).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
