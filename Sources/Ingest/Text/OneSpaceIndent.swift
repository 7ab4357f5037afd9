extension String {
    /// Whether the line opens with exactly one space before a character that is neither white
    /// space nor lowercase. pdftotext's plain output prints this shape twice: at the start of a
    /// page (`PageBreakDetector` finds those and takes the space away) and where it dropped a list
    /// item's bullet glyph (what keeps the shape once page starts are gone). A lowercase character
    /// after the space continues a justified line instead.
    public var opensWithOneSpaceIndent: Bool {
        var scalars = unicodeScalars.makeIterator()
        guard scalars.next() == " ", let next = scalars.next() else { return false }
        return !next.properties.isWhitespace && !next.properties.isLowercase
    }
}
