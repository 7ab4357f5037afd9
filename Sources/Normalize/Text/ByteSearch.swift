/// Substring search on UTF-8 bytes: much faster than `String.contains` on long documents,
/// which matters when a stage looks for a few dozen words in a 95-page PDF.
public enum ByteSearch {
    /// Whether `needle` occurs in `text`, optionally only where a word starts (after a byte that
    /// is not a letter or digit: ASCII letters and digits, and any byte of a multi-byte letter).
    static func contains(_ needle: [UInt8], in text: [UInt8], atWordStart: Bool = false) -> Bool {
        guard let first = needle.first, needle.count <= text.count else { return false }
        let last = text.count - needle.count
        var index = 0
        while index <= last {
            if text[index] == first, !atWordStart || index == 0 || !isWordByte(text[index - 1]),
               text[index..<(index + needle.count)].elementsEqual(needle) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Where `needle` first occurs in `text` at or after `start`.
    public static func firstIndex(of needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var index = max(0, start)
        while index <= text.count - needle.count {
            if text[index] == first, text[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Where `needle` (lowercase) first occurs in `text`, ignoring the case of ASCII and Latin-1
    /// letters ("Handlingsplanen" for "handlingsplanen", "ÅTGÄRD" for "åtgärd"), as
    /// `fastLowercased` folds them; a byte compare, where Foundation's case-insensitive search
    /// over a whole document costs more than the stage around it.
    static func firstCaselessIndex(of needle: [UInt8], in text: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        func folded(_ position: Int) -> UInt8 {
            let byte = text[position]
            if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
            if byte >= 0x80 && byte <= 0x9E && byte != 0x97, position > 0, text[position - 1] == 0xC3 { return byte + 0x20 }
            return byte
        }
        for index in 0...(text.count - needle.count) where folded(index) == needle[0] {
            if needle.indices.dropFirst().allSatisfy({ folded(index + $0) == needle[$0] }) { return index }
        }
        return nil
    }

    /// The indices of the `needles` that occur in `text`, in one pass over it (`ByteNeedles`).
    static func occurring(_ needles: [[UInt8]], in text: [UInt8]) -> Set<Int> {
        ByteNeedles(needles).occurring(in: text)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte >= 0x80
    }
}
