import Foundation
import Ingest

/// Joins the lines of one paragraph or cell into clean text: single spaces, and a word broken
/// at a line end rejoined where it was broken.
///
/// - A line-end hyphen before a lowercase word is hyphenation and goes ("för-" + "bundet" →
///   "förbundet"), except after an abbreviation ("PO-" + "pålägget" → "PO-pålägget") and before
///   a conjunction, where it is a suspended compound ("kommun- och regiongemensamma"). Before a
///   capital it joins a compound ("FoU-" + "Socialtjänst").
/// - A word broken without a hyphen ("Troll" + "hättan"): in a dump whose wrapped lines end in a
///   space, a line that ends without one, followed by a lowercase word that is not a function
///   word, is a broken word; in any dump, a join the vocabulary knows while the first part alone
///   is not a word.
struct ParagraphText: Sendable {
    var vocabulary: Vocabulary
    /// The dump ends wrapped lines with a space, so a line ending without one broke a word.
    var wrapsEndInSpace: Bool

    /// Words after which a line-end hyphen is a suspended compound.
    private static let conjunctions: Set<String> = ["och", "eller", "samt", "respektive", "resp", "som", "till", "men"]
    /// Words that start a new word after a line break, never the rest of a broken one.
    private static let functionWords: Set<String> = [
        "och", "i", "att", "som", "av", "på", "för", "med", "till", "en", "ett", "det", "de", "den", "är", "om",
        "eller", "samt", "vid", "från", "under", "genom", "inom", "mellan", "men",
    ]

    /// Split glued words (text dumps lose spaces of justified lines; PDF words come with boxes).
    var repairsGluedWords: Bool

    init(vocabulary: Vocabulary, wrapsEndInSpace: Bool = false, repairsGluedWords: Bool = true) {
        self.vocabulary = vocabulary
        self.wrapsEndInSpace = wrapsEndInSpace
        self.repairsGluedWords = repairsGluedWords
    }

    /// Whether most non-blank lines of `lines` end in a space (the dumps' sign of a soft wrap).
    static func wrapsEndInSpace(_ lines: [SourceLine]) -> Bool {
        let printed = lines.filter { !$0.isBlank }
        guard !printed.isEmpty else { return false }
        return Double(printed.filter { $0.trailingSpaces > 0 }.count) / Double(printed.count) >= 0.5
    }

    /// Joins whole source lines, reading their trailing spaces.
    func join(lines: [SourceLine]) -> String {
        join(lines.map(\.printedText))
    }

    /// Joins printed parts (trailing spaces kept where known).
    func join(_ parts: [String]) -> String {
        var result = ""
        var previousRaw = ""
        for part in parts {
            let text = part.collapsingWhitespace
            guard !text.isEmpty else { continue }
            result = result.isEmpty ? text : joinPair(result, text, brokenWithoutSpace: !previousRaw.hasSuffix(" "))
            previousRaw = part
        }
        // "privatliv ." → "privatliv.": a space the layout put before a period or comma.
        let spaced = result.replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " ,", with: ",")
        return repairsGluedWords ? GluedWords(vocabulary: vocabulary).repair(spaced) : spaced
    }

    private func joinPair(_ left: String, _ right: String, brokenWithoutSpace: Bool) -> String {
        let lastWord = left.split(separator: " ").last.map(String.init) ?? ""
        let firstWord = right.split(separator: " ").first.map(String.init) ?? ""
        // "Samhällsbyggnads" + "-chefer": the hyphenation hyphen moved to the next line.
        if firstWord.hasPrefix("-"), firstWord.dropFirst().first?.isLowercase == true, left.last?.isLetter == true {
            return left + right.dropFirst()
        }
        guard let first = firstWord.first, first.isLetter else { return left + " " + right }
        if lastWord.hasSuffix("-"), lastWord.count > 1 {
            let stem = String(lastWord.dropLast())
            let nextBare = firstWord.trimmingTrailingPunctuation.lowercased()
            if first.isUppercase { return left + right }
            if Self.conjunctions.contains(nextBare) { return left + " " + right }
            guard stem.last?.isLetter == true else { return left + " " + right }
            let isAbbreviation = stem.count <= 4 && stem == stem.uppercased()
            return isAbbreviation ? left + right : String(left.dropLast()) + right
        }
        guard first.isLowercase, let last = lastWord.last, last.isLetter else { return left + " " + right }
        let nextBare = firstWord.trimmingTrailingPunctuation.lowercased()
        if wrapsEndInSpace, brokenWithoutSpace, !Self.functionWords.contains(nextBare) {
            return left + right
        }
        let joined = (lastWord + nextBare).lowercased()
        if vocabulary.contains(joined), !vocabulary.contains(lastWord.lowercased()) {
            return left + right
        }
        return left + " " + right
    }
}

/// Lowercased words known to be Swedish: the bundled corpus list plus the document's own
/// words that sit inside lines (never at a line's ends, where broken fragments sit).
struct Vocabulary: Sendable {
    private var words: Set<String>

    init(words: Set<String>) {
        self.words = words
    }

    func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }

    /// A plausible word: letters (and inner hyphens), at most 24 of them, and a token without
    /// punctuation inside it (glued text like "välmående,effektivitetoch…" is not a word).
    static func isWord(_ word: String, token: Substring) -> Bool {
        let inner = token.dropLast().dropFirst()
        return (2...24).contains(word.count) && word.first?.isLetter == true && word.last?.isLetter == true
            && !inner.contains { ",.;:()".contains($0) }
    }

    /// The interior words of `lines` added to `base`.
    static func from(_ lines: [SourceLine], base: Set<String>) -> Vocabulary {
        var words = base
        for line in lines {
            let tokens = line.text.split(separator: " ", omittingEmptySubsequences: true)
            guard tokens.count > 2 else { continue }
            for token in tokens.dropFirst().dropLast() {
                let word = token.lowercased().filter { $0.isLetter || $0 == "-" }
                if Self.isWord(word, token: token) { words.insert(word) }
            }
        }
        return Vocabulary(words: words)
    }
}
