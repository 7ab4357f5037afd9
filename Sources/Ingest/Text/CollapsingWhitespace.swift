extension String {
    /// Runs of white space (including NBSP) folded to one space, ends trimmed.
    public var collapsingWhitespace: String {
        // Most lines are already clean: single ASCII spaces, no space at either end.
        var previousWasSpace = true
        var clean = true
        for byte in utf8 {
            let isSpace = byte == 0x20
            if (isSpace && previousWasSpace) || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2
                || byte == 0xE2 {
                clean = false
                break
            }
            previousWasSpace = isSpace
        }
        if clean, !previousWasSpace { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
