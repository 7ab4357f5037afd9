/// Splits words the dump glued together when it lost the spaces of a justified line
/// ("Ökadsysselsättningtillföljd" → "Ökad sysselsättning till följd"), only where it is sure.
///
/// - Punctuation with no space after it, inside a word, gets its space back ("välmående,effektivitet",
///   "samverkan.Det", "studie-och" → "studie- och", "effekt(el)i" → "effekt (el) i").
/// - A word the vocabulary does not know is split into known words when there is exactly one
///   shortest way to do it, into three or more words, one of them a function word ("och",
///   "till", "att" …), the last at least three letters long: long Swedish compounds
///   ("fiberinfrastruktur") never contain function words, and a definite ending is never split
///   off ("attraktiviteten" is not "attraktivitet en").
///   A wrong split is worse than none: anything less certain is left as printed.
struct GluedWords: Sendable {
    var vocabulary: Vocabulary

    static let functionWords: Set<String> = [
        "och", "i", "att", "som", "av", "på", "för", "med", "till", "en", "ett", "det", "de", "den", "är", "om",
        "så", "hos", "vid", "sig", "man", "kan", "ska", "har", "genom", "eller", "samt", "från", "inom",
    ]
    /// Words shorter than this are not looked at.
    var minimumLength = 12

    func repair(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false)
            .map { repairToken(String($0)) }
            .joined(separator: " ")
    }

    private func repairToken(_ token: String) -> String {
        guard token.count >= minimumLength else { return token }
        let spaced = respacePunctuation(token)
        if spaced != token { return spaced.split(separator: " ").map { repairToken(String($0)) }.joined(separator: " ") }
        return split(token) ?? token
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
            case "-" where String(characters[(index + 1)...]).lowercased().hasPrefix("och"): result.append(" ")
            default: break
            }
        }
        return result
    }

    /// The unique shortest split of `word` into known words, with a function word among them.
    private func split(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.allSatisfy(\.isLetter), !vocabulary.contains(word) else { return nil }
        let lowered = letters.map { Character($0.lowercased()) }
        let count = letters.count
        // best[i]: fewest words for the first i letters, ways[i]: how many splits reach that.
        var best = [Int](repeating: .max, count: count + 1)
        var ways = [Int](repeating: 0, count: count + 1)
        var from = [Int](repeating: -1, count: count + 1)
        best[0] = 0
        ways[0] = 1
        for end in 1...count {
            for start in max(0, end - 24)..<end where best[start] != .max {
                let piece = String(lowered[start..<end])
                guard piece.count >= 3 || Self.functionWords.contains(piece), vocabulary.contains(piece) else { continue }
                let candidate = best[start] + 1
                if candidate < best[end] {
                    best[end] = candidate; ways[end] = ways[start]; from[end] = start
                } else if candidate == best[end] {
                    ways[end] = min(2, ways[end] + ways[start])  // only "one way or more" matters
                }
            }
        }
        guard best[count] != .max, best[count] > 1, ways[count] == 1 else { return nil }
        var cuts: [Int] = []
        var position = count
        while position > 0 { cuts.append(position); position = from[position] }
        var pieces: [String] = []
        var start = 0
        for cut in cuts.reversed() {
            pieces.append(String(letters[start..<cut]))
            start = cut
        }
        // Two pieces, or a short last piece, may be a word with its ending ("attraktivitet|en").
        guard pieces.count >= 3, (pieces.last?.count ?? 0) >= 3,
              pieces.contains(where: { Self.functionWords.contains($0.lowercased()) }) else { return nil }
        return pieces.joined(separator: " ")
    }
}
