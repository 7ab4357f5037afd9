import Ingest

extension StringProtocol {
    /// The word lowercased, with nothing but its letters (and hyphens, when `keepingHyphens`): the
    /// key the word lists compare. Byte by byte where the word is ASCII (most words; the letters
    /// there are exactly those `Character.isLetter` finds), else by characters.
    func lowercasedLetters(keepingHyphens: Bool = false) -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return fastLowercased().filter { $0.isLetter || keepingHyphens && $0 == "-" }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            case UInt8(ascii: "-") where keepingHyphens: bytes.append(byte)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
