import Ingest

/// Splits words the dump glued together when it lost the spaces of a justified line
/// ("Ökadsysselsättningtillföljd" → "Ökad sysselsättning till följd"), only where it is sure.
///
/// - Punctuation with no space after it, inside a word, gets its space back ("välmående,effektivitet",
///   "samverkan.Det", "studie-och" → "studie- och", "effekt(el)i" → "effekt (el) i").
/// - A token the dictionary does not know (lowercase after its first letter) is split into words it
///   knows, in the fewest pieces, when there is exactly one such split: a known word, compounds
///   ("kompetensförsörjningsarbetet") included, is never split. Among equally short splits, one
///   that puts an "s" before a function word ("flyttnettos om") gives way to one that does not
///   ("flyttnetto som"). A piece has four letters or more, or is a function or short word of
///   `lexicon.json`; a function word must be among the pieces, and a split in two starts or ends
///   with one that never begins a compound ("och arbetspendlingsmöjligheter", but not "för" +
///   a compound hunspell lacks); the last piece is never an ending ("attraktivitet en").
///   A wrong split is worse than none: anything less certain is left as printed.
struct GluedWords: Sendable {
    var lexicon: Lexicon

    /// Words shorter than this are not looked at.
    var minimumLength = 7
    /// The longest piece looked up.
    var maximumPieceLength = 40

    func repair(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.count < minimumLength ? String($0) : lexicon.repaired(String($0), by: repairToken) }
            .joined(separator: " ")
    }

    private func repairToken(_ token: String) -> String {
        guard token.count >= minimumLength else { return token }
        let spaced = respacePunctuation(token)
        if spaced != token { return spaced.split(separator: " ").map { repairToken(String($0)) }.joined(separator: " ") }
        // "samverkan." and "bo,": the punctuation that ends a word is kept around its split.
        let core = token.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
        guard let start = token.firstIndex(where: \.isLetter), let end = token.lastIndex(where: \.isLetter),
              let pieces = split(String(core)) else { return token }
        return token[..<start] + pieces + token[token.index(after: end)...]
    }

    /// "a,b" → "a, b"; "a.B" → "a. B"; "x-och" → "x- och"; "a(b)c" → "a (b) c".
    private func respacePunctuation(_ token: String) -> String {
        var result = ""
        let characters = Array(token)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            if character == "(", let previous, previous.isLetter { result.append(" ") }
            result.append(character)
            guard let next, next.isLetter, let previous, previous.isLetter || previous == ")" || character == ")" else {
                continue
            }
            switch character {
            case ",", ")": result.append(" ")
            case "." where next.isUppercase: result.append(" ")
            case "-" where String(characters[(index + 1)...]).fastLowercased().hasPrefix("och"): result.append(" ")
            default: break
            }
        }
        return result
    }

    /// The unique best split of `word` into known words, if it passes the rules above.
    private func split(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.allSatisfy(\.isLetter), !letters.dropFirst().contains(where: \.isUppercase),
              !lexicon.knows(word) else { return nil }
        let words = lexicon.words
        let count = letters.count
        // best[i]: the best (pieces, s-before-function-word) for the first i letters; ways[i]: how many reach it.
        var best = [Score?](repeating: nil, count: count + 1)
        var ways = [Int](repeating: 0, count: count + 1)
        var from = [Int](repeating: -1, count: count + 1)
        best[0] = Score(pieces: 0, sBeforeFunctionWord: 0)
        ways[0] = 1
        for end in 1...count {
            for start in max(0, end - maximumPieceLength)..<end {
                guard let reached = best[start] else { continue }
                let piece = String(letters[start..<end])
                let lowered = piece.fastLowercased()
                guard piece.count >= 4 || words.functionWords.contains(lowered) || words.shortWords.contains(lowered),
                      lexicon.knows(piece) else { continue }
                let sBefore = start > 0 && letters[start - 1] == "s" && words.functionWords.contains(lowered) ? 1 : 0
                let candidate = Score(pieces: reached.pieces + 1, sBeforeFunctionWord: reached.sBeforeFunctionWord + sBefore)
                if best[end].map({ candidate < $0 }) ?? true {
                    best[end] = candidate; ways[end] = ways[start]; from[end] = start
                } else if candidate == best[end] {
                    ways[end] = min(2, ways[end] + ways[start])  // only "one way or more" matters
                }
            }
        }
        guard let score = best[count], score.pieces > 1, ways[count] == 1 else { return nil }
        var cuts: [Int] = []
        var position = count
        while position > 0 { cuts.append(position); position = from[position] }
        var pieces: [String] = []
        var start = 0
        for cut in cuts.reversed() {
            pieces.append(String(letters[start..<cut]))
            start = cut
        }
        let lowered = pieces.map { $0.fastLowercased() }
        guard let last = lowered.last, !words.endings.contains(last),
              lowered.contains(where: words.functionWords.contains) else { return nil }
        if pieces.count == 2, !words.freeFunctionWords.contains(lowered[0]), !words.freeFunctionWords.contains(last) {
            return nil
        }
        return pieces.joined(separator: " ")
    }

    /// How good a split is: fewer pieces first, then fewer function words after an "s".
    private struct Score: Comparable {
        var pieces: Int
        var sBeforeFunctionWord: Int

        static func < (a: Score, b: Score) -> Bool {
            (a.pieces, a.sBeforeFunctionWord) < (b.pieces, b.sBeforeFunctionWord)
        }
    }
}
