extension String {
    /// A line printed in capitals ("BUDGET 2026", "MÅL 2 – RESURSEFFEKTIVT FÖRBUND"): more than
    /// three characters, some letters, none in lowercase. Plan headings are printed this way.
    var isCapitalsLine: Bool {
        count > 3 && contains(where: \.isLetter) && self == uppercased()
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
