extension String {
    /// A line printed in capitals ("BUDGET 2026", "MÅL 2 – RESURSEFFEKTIVT FÖRBUND"): more than
    /// three characters, some letters, none in lowercase. Plan headings are printed this way.
    var isCapitalsLine: Bool {
        count > 3 && contains(where: \.isLetter) && self == uppercased()
    }
}
