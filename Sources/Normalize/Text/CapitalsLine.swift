extension String {
    /// A line printed in capitals ("BUDGET 2026", "MÅL 2 – RESURSEFFEKTIVT FÖRBUND"): more than
    /// three characters, some letters, none in lowercase. Plan headings are printed this way.
    var isCapitalsLine: Bool {
        // A lowercase letter rules a line out before its characters are counted.
        isUppercased && count > 3 && contains(where: \.isLetter)
    }

    /// A heading in capitals ("BARNOMSORG OCH UTBILDNING", "IT-LEVERANS"): three or more
    /// characters, some letters, and nothing but capital letters, spaces and hyphens. Stricter than
    /// `isCapitalsLine`: no figures or punctuation, so "2025 2026" or "SKR." are not headings. A
    /// labelled heading is one too: capitals words, a number and a name in capitals after a colon
    /// or dash ("FOKUSOMRÅDE 1: FRAMTIDENS SERVICE", "MÅL 2 – ETT FÖRBUND").
    var isCapitalsHeading: Bool {
        // An ASCII lowercase letter rules a line out before its characters are read.
        if utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        let trimmed = trimmingCharacters(" ")
        guard trimmed.count >= 3, trimmed.contains(where: \.isLetter) else { return false }
        if trimmed.allSatisfy(\.isCapitalsHeadingCharacter) { return true }
        return Self.isLabelledCapitals(trimmed.split(separator: " "))
    }

    /// "FOKUSOMRÅDE 1: FRAMTIDENS SERVICE": capitals words, a number ("1", "2.1") with or without a
    /// colon, a dash or colon word when the number has none, then capitals words.
    private static func isLabelledCapitals(_ words: [Substring]) -> Bool {
        guard let numberIndex = words.firstIndex(where: { $0.first?.isASCIIDigit == true }), numberIndex > 0
        else { return false }
        var number = words[numberIndex]
        let colon = number.last == ":"
        if colon { number = number.dropLast() }
        guard number.allSatisfy({ $0.isASCIIDigit || $0 == "." }) else { return false }
        var rest = words[(numberIndex + 1)...]
        if !colon {
            guard let separator = rest.first, [":", "-", "–"].contains(separator) else { return false }
            rest = rest.dropFirst()
        }
        let isCapitals = { (word: Substring) in word.allSatisfy(\.isCapitalsHeadingCharacter) }
        return !rest.isEmpty && words[..<numberIndex].allSatisfy(isCapitals) && rest.allSatisfy(isCapitals)
    }
}

extension Character {
    /// A character of a capitals heading: a capital letter, a space or a hyphen.
    fileprivate var isCapitalsHeadingCharacter: Bool { (isLetter && isUppercase) || self == " " || self == "-" }
}

extension StringProtocol {
    /// Whether uppercasing leaves the text as it is (`self == uppercased()`), told from its bytes
    /// where they can tell: a lowercase ASCII or Latin-1 letter (a–z, ß–ÿ but ÷) changes, a text
    /// of ASCII without one does not; other text is uppercased and compared.
    var isUppercased: Bool {
        var ascii = true
        var afterC3 = false
        for byte in utf8 {
            if byte >= 0x61, byte <= 0x7A { return false }
            if afterC3, byte >= 0x9F, byte != 0xB7 { return false }
            afterC3 = byte == 0xC3
            if byte >= 0x80 { ascii = false }
        }
        return ascii || self == uppercased()
    }
}
