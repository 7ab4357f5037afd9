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
        for byte in bytes {
            // Lead bytes of non-ASCII white space: U+0085 and U+00A0 (C2), U+1680 (E1), U+2000… (E2), U+3000 (E3).
            if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 { return .needsCharacters }
            if byte >= 0x80, afterWhitespace { return .needsCharacters }
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

    /// U+0009–U+000D and the space: the ASCII scalars with Unicode's White_Space property.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
