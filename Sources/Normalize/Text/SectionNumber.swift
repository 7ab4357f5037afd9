import Ingest

/// A heading's printed section number: "2 Verksamheten", "2.1 Skola och förskola", "3.2.1. Mål".
/// One to four parts of one or two digits, separated by dots, then a space and a name that starts
/// with a capital letter, is short (`maximumWords`) and ends no sentence. The numbering is
/// structure, not vocabulary: the depth is the heading's level.
///
/// "1. Paketera …" (one part and a dot) is a numbered list item, not a heading; "2026 Budget"
/// (four digits) is a year; "2.1 Skola och förskola ...... 12" (a page number after dot leaders
/// or a wide gap) is a line of a table of contents.
struct SectionNumber: Sendable, Equatable {
    var parts: [Int]
    /// The heading's text after its number.
    var name: String

    /// A heading name has at most this many words; a longer line is running text.
    static let maximumWords = 10
    /// The deepest numbering read.
    static let maximumParts = 4

    var depth: Int { parts.count }

    init?(_ text: String) {
        // Most lines open with no digit: they are ruled out on bytes, before the text is collapsed.
        guard let first = text.utf8.first(where: { $0 != 0x20 }), first >= 0x30, first <= 0x39 else { return nil }
        guard !Self.endsInPageNumber(text) else { return nil }
        let trimmed = text.collapsingWhitespace
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        let head = trimmed[..<space]
        var pieces = head.split(separator: ".", omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true {
            pieces.removeLast()
            guard pieces.count > 1 else { return nil }  // "1. …" is a list item
        }
        guard (1...Self.maximumParts).contains(pieces.count),
              pieces.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let name = String(trimmed[trimmed.index(after: space)...])
        guard name.first?.isUppercase == true, let last = name.last, !".,;:!?".contains(last),
              name.split(separator: " ").count <= Self.maximumWords else { return nil }
        parts = pieces.compactMap { Int($0) }
        self.name = name
    }

    /// The longest page number of a table of contents.
    static let pageNumberDigits = 1...3

    /// A line that ends in a page number set apart by dot leaders ("..", ". .", "…"), a tab or two
    /// spaces or more.
    static func endsInPageNumber(_ text: String) -> Bool {
        let reversed = text.utf8.reversed().drop { $0 == 0x20 }
        let digits = reversed.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard pageNumberDigits.contains(digits) else { return false }
        let dot: UInt8 = 0x2E, space: UInt8 = 0x20, tab: UInt8 = 0x09
        let head = reversed.dropFirst(digits)
        guard head.first != tab, Array(head.prefix(2)) != [space, space] else { return true }
        let leader = Array(head.drop { $0 == space }.prefix(2))
        // "..", ". ." and the last bytes of "…" (U+2026).
        return leader == [dot, dot] || leader.first == dot && head.first == space || leader == [0xA6, 0x80]
    }
}
