import Ingest

/// A heading's printed section number: "2 Verksamheten", "2.1 Skola och förskola", "3.2.1. Mål".
/// One to four parts of one or two digits, separated by dots, then a space and a name that starts
/// with a capital letter, is short (`maximumWords`) and ends no sentence. The numbering is
/// structure, not vocabulary: the depth is the heading's level.
///
/// "1. Paketera …" (one part and a dot) is a numbered list item, not a heading; "2026 Budget"
/// (four digits) is a year.
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
}
