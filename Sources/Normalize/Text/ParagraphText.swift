import Ingest

/// Joins the lines of one paragraph or cell into clean text: single spaces, and a word broken
/// at a line end rejoined only where the joined word is Swedish.
///
/// - "för-" + "bundet": joined to "förbundet" when the vocabulary knows it; "kommun-" + "och …"
///   keeps its hyphen and space (a suspended compound); otherwise the hyphen stays and only the
///   line break goes ("PO-" + "pålägget" → "PO-pålägget", "Samhällsplanerar-nätverket").
/// - "Troll" + "hättan" (a break without hyphen): joined only when the vocabulary knows the
///   joined word and not the first part alone.
struct ParagraphText: Sendable {
    var vocabulary: Vocabulary

    /// Words after which a hyphen is a suspended compound ("kommun- och regiongemensamma").
    private static let conjunctions: Set<String> = ["och", "eller", "samt", "respektive", "resp", "som", "till", "men"]

    func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts {
            let text = part.collapsingWhitespace
            guard !text.isEmpty else { continue }
            guard !result.isEmpty else { result = text; continue }
            result = joinPair(result, text)
        }
        return result
    }

    private func joinPair(_ left: String, _ right: String) -> String {
        let lastWord = left.split(separator: " ").last.map(String.init) ?? ""
        let firstWord = right.split(separator: " ").first.map(String.init) ?? ""
        guard let first = firstWord.first, first.isLetter else { return left + " " + right }
        // "FoU-" + "Socialtjänst": a hyphen before a capital joins a compound, never a hyphenation.
        if lastWord.hasSuffix("-"), lastWord.count > 1, first.isUppercase { return left + right }
        guard first.isLowercase else { return left + " " + right }
        let nextBare = firstWord.trimmingTrailingPunctuation.lowercased()
        if lastWord.hasSuffix("-"), lastWord.count > 1 {
            if Self.conjunctions.contains(nextBare) { return left + " " + right }
            let stem = String(lastWord.dropLast())
            guard stem.last?.isLetter == true else { return left + " " + right }
            if vocabulary.contains(stem + nextBare) { return String(left.dropLast()) + right }
            // A compound hyphen, or a word the vocabulary does not know: keep the hyphen, drop the break.
            return left + right
        }
        guard let last = lastWord.last, last.isLetter else { return left + " " + right }
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

    /// The interior words of `lines` added to `base`.
    static func from(_ lines: [SourceLine], base: Set<String>) -> Vocabulary {
        var words = base
        for line in lines {
            let tokens = line.text.split(separator: " ", omittingEmptySubsequences: true)
            guard tokens.count > 2 else { continue }
            for token in tokens.dropFirst().dropLast() {
                let word = token.lowercased().filter { $0.isLetter || $0 == "-" }
                if word.count >= 2, word.first?.isLetter == true, word.last?.isLetter == true { words.insert(word) }
            }
        }
        return Vocabulary(words: words)
    }
}
