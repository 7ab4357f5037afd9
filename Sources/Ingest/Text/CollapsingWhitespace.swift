extension String {
    /// Runs of white space (including NBSP) folded to one space, ends trimmed.
    public var collapsingWhitespace: String {
        var text = self
        switch text.withUTF8(Self.collapsedOnBytes) {
        case .unchanged: return self
        case .collapsed(let collapsed): return collapsed
        case .needsCharacters: return split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    private enum Collapsed {
        /// Single spaces only, none at either end (most lines).
        case unchanged
        case collapsed(String)
        /// White space that is not ASCII, or followed by a non-ASCII scalar that could join it into
        /// one character (a combining mark does): only the character-wise path decides those.
        case needsCharacters
    }

    /// `bytes` collapsed byte by byte where that gives what the character-wise path gives.
    private static func collapsedOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Collapsed {
        var clean = true
        var afterWhitespace = false
        var atStart = true
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80, isWhitespaceScalar(bytes, at: index) || afterWhitespace && mayJoinSpace(bytes, at: index)
                || mayPrependToSpace(byte) {
                return .needsCharacters
            }
            let isSpace = isASCIIWhitespace(byte)
            if isSpace, atStart || afterWhitespace || byte != 0x20 { clean = false }
            afterWhitespace = isSpace
            atStart = false
        }
        if clean, !afterWhitespace { return .unchanged }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isASCIIWhitespace(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return .collapsed(String(decoding: output, as: UTF8.self))
    }

    /// Whether the scalar whose UTF-8 starts at `index` is non-ASCII white space: U+0085 and
    /// U+00A0 (C2 …), U+1680 (E1 …), U+2000–U+200A, U+2028, U+2029, U+202F and U+205F (E2 …),
    /// U+3000 (E3 …). Only these lead bytes need a look at the next ones, so a dash, a bullet or a
    /// quotation mark (E2 …) stays on the byte path.
    private static func isWhitespaceScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return next(1) == 0x85 || next(1) == 0xA0
        case 0xE1: return next(1) == 0x9A && next(2) == 0x80
        case 0xE2:
            switch (next(1), next(2)) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return true
            default: return false
            }
        case 0xE3: return next(1) == 0x80 && next(2) == 0x80
        default: return false
        }
    }

    /// Whether the non-ASCII scalar at `index`, printed right after white space, may join it into
    /// one character (a combining mark, a joiner, an emoji modifier do). False only for blocks known
    /// to hold none of those: U+0080–U+02FF (Swedish "å", "ä", "ö" after a space), the dashes,
    /// quotation marks and bullets at U+2010–U+2027, U+2080–U+20BF (currency), U+2190–U+21FF
    /// (arrows), U+25A0–U+25FF (geometric shapes: "▪") and U+2700–U+27BF (dingbats: "✓").
    private static func mayJoinSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch (bytes[index], next(1)) {
        case (0xC2...0xCB, _): return false
        case (0xE2, 0x80): return !(0x90...0xA7).contains(next(2))
        case (0xE2, 0x82), (0xE2, 0x86), (0xE2, 0x87), (0xE2, 0x96), (0xE2, 0x97), (0xE2, 0x9C...0x9E): return false
        default: return true
        }
    }

    /// Whether `byte` may lead a scalar that joins the space after it into one character (Unicode's
    /// Prepend class: U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2, U+0D4E and some
    /// beyond U+FFFF): the blocks that hold them (D8, DB, DC, E0, F0 …) go the character-wise way.
    private static func mayPrependToSpace(_ byte: UInt8) -> Bool {
        byte == 0xD8 || byte == 0xDB || byte == 0xDC || byte == 0xE0 || byte == 0xF0
    }

    /// U+0009–U+000D and the space: the ASCII scalars with Unicode's White_Space property.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
