import Foundation
import Ingest
import Synchronization

/// Puts headings printed in capitals ("OMSTÄLLNING SKARABORG") into normal Swedish case.
///
/// It prefers the way the document itself writes the phrase elsewhere (a table of contents,
/// running text), so proper nouns keep their capitals; otherwise it uses sentence case and
/// keeps a capital on each word the document capitalizes inside sentences ("Skaraborg").
struct NormalCase: Sendable {
    /// The document's text with all white space collapsed to single spaces.
    private let text: String
    /// Proper nouns, counted on first need (most documents never need them).
    private let nouns = NounCache()
    /// Each phrase's printed form once searched: a heading repeated on many pages (or a document
    /// printed many times over) is searched for once, not once per time it is printed.
    private let printedForms = PrintedFormCache()

    private final class NounCache: Sendable {
        let value = Mutex<Set<String>?>(nil)
    }

    private final class PrintedFormCache: Sendable {
        let value = Mutex<[String: String?]>([:])
    }

    /// `text` lowercased, as bytes, when lowercasing kept every byte offset (Swedish text does),
    /// so a phrase is found by a byte search; otherwise nil and Foundation searches.
    private let loweredBytes: [UInt8]?
    /// `text` as bytes, for reading back what a byte search found.
    private let textBytes: [UInt8]

    init(lines: [String]) {
        text = lines.lazy.map(\.collapsingWhitespace).filter { !$0.isEmpty }.joined(separator: " ")
        let lowered = Array(text.fastLowercased().utf8)
        textBytes = Array(text.utf8)
        loweredBytes = lowered.count == textBytes.count ? lowered : nil
    }

    /// The first place the document writes `phrase` in mixed case starting with a capital.
    private func printedForm(of phrase: String) -> String? {
        if let known = printedForms.value.withLock({ $0[phrase] }) { return known }
        let found = searchPrintedForm(of: phrase)
        printedForms.value.withLock { $0[phrase] = .some(found) }
        return found
    }

    private func searchPrintedForm(of phrase: String) -> String? {
        let needle = Array(phrase.fastLowercased().utf8)
        guard let lowered = loweredBytes, needle.count == phrase.utf8.count else {
            var searchRange = text.startIndex..<text.endIndex
            while let found = text.range(of: phrase, options: [.caseInsensitive], range: searchRange) {
                let printed = String(text[found])
                if !printed.isUppercased, printed.first?.isUppercase == true { return printed }
                searchRange = found.upperBound..<text.endIndex
            }
            return nil
        }
        var start = 0
        while let offset = ByteSearch.firstIndex(of: needle, in: lowered, from: start) {
            let printed = String(decoding: textBytes[offset..<(offset + needle.count)], as: UTF8.self)
            if !printed.isUppercased, printed.first?.isUppercase == true { return printed }
            start = offset + 1
        }
        return nil
    }

    /// Lowercased words the document writes capitalized after a lowercase word, more often than not.
    private func properNouns(in text: String) -> Set<String> {
        var capitalized: [String: Int] = [:]
        var lowercase: [String: Int] = [:]
        let words = text.split(separator: " ")
        for (previous, word) in zip(words, words.dropFirst()) {
            guard let first = word.first, first.isLetter, Self.changesWhenUppercased(word) || word.count == 1 else { continue }
            let key = word.lowercasedLetters()
            if first.isUppercase {
                if previous.last?.isLowercase == true { capitalized[key, default: 0] += 1 }
            } else {
                lowercase[key, default: 0] += 1
            }
        }
        return Set(capitalized.filter { $0.value > lowercase[$0.key, default: 0] }.keys)
    }

    /// Whether uppercasing changes `word`: an ASCII lowercase letter answers at once (most words),
    /// other words ask `uppercased()`, which is slow on text that is not all ASCII.
    private static func changesWhenUppercased(_ word: Substring) -> Bool {
        !word.isUppercased
    }

    func normal(_ phrase: String) -> String {
        let phrase = phrase.collapsingWhitespace
        guard phrase.isUppercased, phrase.contains(where: \.isLetter) else { return phrase }
        if let printed = printedForm(of: phrase) { return printed }
        let proper = nouns.value.withLock { cached in
            if let cached { return cached }
            let counted = properNouns(in: text)
            cached = counted
            return counted
        }
        let words = phrase.split(separator: " ").enumerated().map { index, printed in
            // An abbreviation before a hyphen stays in capitals: "IT-LEVERANS" → "IT-leverans".
            if let hyphen = printed.firstIndex(of: "-"), printed.distance(from: printed.startIndex, to: hyphen) <= 3 {
                return String(printed[...hyphen]) + printed[printed.index(after: hyphen)...].fastLowercased()
            }
            let word = printed.fastLowercased()
            return index == 0 || proper.contains(word.filter(\.isLetter)) ? word.prefix(1).uppercased() + word.dropFirst()
                : word
        }
        return words.joined(separator: " ")
    }
}
