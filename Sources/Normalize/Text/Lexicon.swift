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
            // Below U+0300 (CC 80) every scalar is a character of its own: such a line is read on bytes.
            if line.text.utf8.contains(where: { $0 >= 0xCC }) {
                let tokens = line.text.split(separator: " ", omittingEmptySubsequences: true)
                guard tokens.count > 2 else { continue }
                for token in tokens.dropFirst().dropLast() { insertWord(of: token, into: &words) }
                continue
            }
            let tokens = line.text.utf8.split(separator: 0x20)
            guard tokens.count > 2 else { continue }
            for token in tokens.dropFirst().dropLast() {
                if let word = latinWord(of: token) {
                    if let word { words.insert(word) }
                } else {
                    insertWord(of: Substring(token), into: &words)
                }
            }
        }
        return words
    }

    /// `,.;:()` as a byte.
    private static func isListPunctuation(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29
    }

    private static func insertWord(of token: Substring, into words: inout Set<String>) {
        let word = token.lowercasedLetters(keepingHyphens: true)
        if isWord(word, token: token) { words.insert(word) }
    }

    /// `insertWord`'s reading of a token of ASCII and Latin-1 letters (C3 …), on its bytes: the
    /// word, or .some(nil) when it is none; nil for a token of other scalars.
    private static func latinWord(of token: Substring.UTF8View) -> String?? {
        let bytes = Array(token)
        var word: [UInt8] = []
        word.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"):
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 0x20)
            case 0xC3 where index + 1 < bytes.count:
                index += 1
                let next = bytes[index]
                // U+00D7 × and U+00F7 ÷ are no letters; U+00C0–U+00DE lowercase 0x20 higher.
                if next == 0x97 || next == 0xB7 { break }
                word += [0xC3, (0x80...0x9E).contains(next) ? next + 0x20 : next]
            case 0x80...:
                return nil
            default:
                break
            }
            index += 1
        }
        let letters = word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        // Inside the token (its first and last characters aside) no list punctuation.
        let inner = bytes.count > 2 ? bytes[1..<(bytes.count - 1)] : []
        guard (2...40).contains(letters), word.first != UInt8(ascii: "-"), word.last != UInt8(ascii: "-"),
              !inner.contains(where: isListPunctuation) else { return .some(nil) }
        return .some(String(decoding: word, as: UTF8.self))
    }

}
