extension String {
    /// A line printed in capitals ("BUDGET 2026", "MÅL 2 – RESURSEFFEKTIVT FÖRBUND"): more than
    /// three characters, some letters, none in lowercase. Plan headings are printed this way.
    var isCapitalsLine: Bool {
        // A lowercase letter rules a line out before its characters are counted.
        isUppercased && count > 3 && contains(where: \.isLetter)
    }

    /// A heading in capitals ("BARNOMSORG OCH UTBILDNING", "IT-LEVERANS"): three or more
    /// characters, some letters, and nothing but capital letters, spaces and hyphens. Stricter than
    /// `isCapitalsLine`: no figures or punctuation, so "2025 2026" or "SKR." are not headings.
    var isCapitalsHeading: Bool {
        // An ASCII lowercase letter rules a line out before its characters are read.
        if utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        let trimmed = trimmingCharacters(" ")
        return trimmed.count >= 3 && trimmed.contains(where: \.isLetter)
            && trimmed.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == " " || $0 == "-" }
    }
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
