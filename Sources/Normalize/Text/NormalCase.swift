import Foundation

/// Puts headings printed in capitals ("OMSTÄLLNING SKARABORG") into normal Swedish case,
/// preferring the way the document itself writes the phrase elsewhere ("Omställning
/// Skaraborg"), so proper nouns keep their capitals; otherwise sentence case.
struct NormalCase: Sendable {
    var text: String

    func normal(_ phrase: String) -> String {
        guard phrase == phrase.uppercased(), phrase.contains(where: \.isLetter) else { return phrase }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: phrase, options: [.caseInsensitive, .diacriticInsensitive],
                                     range: searchRange) {
            let printed = String(text[found])
            if printed != printed.uppercased(), printed.first?.isUppercase == true,
               printed.count == phrase.count {
                return printed
            }
            searchRange = found.upperBound..<text.endIndex
        }
        let lowered = phrase.lowercased()
        return lowered.prefix(1).uppercased() + lowered.dropFirst()
    }
}
