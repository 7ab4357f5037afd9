import Foundation

/// The phrases with which an initiative names who drives it (`initiatives.json`): "Drivs av SKR.",
/// "Genomförs av Inera.", "Ansvarig: VGR." Kept as data so another förbund's wording is an entry.
public struct OwnerPhrases: Sendable, Decodable {
    /// Lowercase phrases; one ending in ":" needs its colon, one ending in a word may be followed by one.
    public var phrases: [String]

    private enum CodingKeys: String, CodingKey { case phrases = "owner_phrases" }

    /// The last phrase in `text` that opens a sentence (at the start, or after ".", "!" or "?"),
    /// matched in any case and across any run of spaces; nil when no sentence names owners.
    func lastOwnerPhrase(in text: String) -> Range<String.Index>? {
        var last: Range<String.Index>?
        var from = text.startIndex
        while let range = text.range(of: pattern, options: [.regularExpression, .caseInsensitive],
                                     range: from..<text.endIndex) {
            if Self.opensSentence(text, at: range.lowerBound) { last = range }
            from = range.upperBound
        }
        return last
    }

    /// One regular expression for every phrase: words apart by any spaces, a colon after any
    /// spaces, and no letter or digit right after a phrase that ends in a word.
    private var pattern: String {
        let alternatives = phrases.map { phrase in
            let colon = phrase.hasSuffix(":")
            let words = (colon ? String(phrase.dropLast()) : phrase).split(separator: " ")
                .map { NSRegularExpression.escapedPattern(for: String($0)) }
            return words.joined(separator: #"\s+"#) + (colon ? #"\s*:"# : #"(?![\p{L}\p{N}])"#)
        }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }

    /// Whether a sentence opens at `index`: the text's start, or spaces after a sentence's end.
    private static func opensSentence(_ text: String, at index: String.Index) -> Bool {
        let before = text[..<index]
        guard let last = before.last(where: { $0 != " " }) else { return true }
        return before.last == " " && ".!?".contains(last)
    }
}
