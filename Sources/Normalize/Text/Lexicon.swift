import Ingest
import Synchronization

/// "Is this a Swedish word?" for one document: the dictionary, with every answer cached for the
/// document (the shared dictionary is locked per look-up), plus the words the document itself
/// prints whole inside a line (never at a line's ends, where broken fragments sit).
struct Lexicon: Sendable {
    let dictionary: SwedishDictionary
    let words: RepairWords
    /// Lowercased interior words of the document, hyphenated ones included ("dals-ed").
    private let printed: Set<String>
    private let cache = Cache()

    private final class Cache: Sendable {
        let known = Mutex<[String: Bool]>([:])
        let splits = Mutex<[String: String]>([:])
    }

    init(dictionary: SwedishDictionary, words: RepairWords, printed: Set<String> = []) {
        self.dictionary = dictionary
        self.words = words
        self.printed = printed
    }

    /// The lexicon of the document whose lines are `lines`.
    init(dictionary: SwedishDictionary, words: RepairWords, lines: [SourceLine]) {
        self.init(dictionary: dictionary, words: words, printed: Self.interiorWords(of: lines))
    }

    /// Whether the dictionary knows `word` as printed (a capitalized form of a known word too).
    func knows(_ word: String) -> Bool {
        if let known = cache.known.withLock({ $0[word] }) { return known }
        let known = dictionary.contains(word)
        cache.known.withLock { $0[word] = known }
        return known
    }

    /// `token` as `split` repairs it, computed once per document (every parser joins the same paragraphs).
    func repaired(_ token: String, by split: (String) -> String) -> String {
        if let known = cache.splits.withLock({ $0[token] }) { return known }
        let repaired = split(token)
        cache.splits.withLock { $0[token] = repaired }
        return repaired
    }

    /// Whether the document prints `word` whole inside one of its lines (case ignored).
    func isPrinted(_ word: String) -> Bool {
        printed.contains(word.fastLowercased())
    }

    /// A plausible word: letters (and inner hyphens), at most 40 of them, and a token without
    /// punctuation inside it (glued text like "välmående,effektivitetoch…" is not a word).
    static func isWord(_ word: String, token: Substring) -> Bool {
        let inner = token.dropLast().dropFirst()
        return (2...40).contains(word.count) && word.first?.isLetter == true && word.last?.isLetter == true
            && !inner.contains { ",.;:()".contains($0) }
    }

    /// The words `lines` print whole inside a line, lowercased (`printed`); in any order of the lines.
    static func interiorWords(of lines: [SourceLine]) -> Set<String> {
        var words = Set<String>()
        for line in lines {
            let tokens = line.text.split(separator: " ", omittingEmptySubsequences: true)
            guard tokens.count > 2 else { continue }
            for token in tokens.dropFirst().dropLast() {
                let word = token.lowercasedLetters(keepingHyphens: true)
                if isWord(word, token: token) { words.insert(word) }
            }
        }
        return words
    }

}
