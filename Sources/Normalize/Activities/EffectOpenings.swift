/// The effects read so far in a document, keyed by their first three words, so that asking
/// whether an effect starts with four given words costs the same however many effects were read.
///
/// `hasEffect(startingWith:)` answers exactly what `effects.contains { $0.hasPrefix(opening) }`
/// would for the opening `w1 w2 w3 w4` (words without spaces): such an effect's first three
/// spaces follow w1, w2 and w3, so it is found under the key "w1 w2 w3 " and its fourth word
/// starts with w4. Repeated effects are kept once.
struct EffectOpenings: Sendable {
    /// "w1 w2 w3 " → the distinct fourth words of the effects that start so.
    private var fourthWords: [String: Set<String>] = [:]

    /// Remembers `effects`; one with fewer than four words can start no opening and is left out.
    mutating func add(_ effects: [String]) {
        for effect in effects {
            guard let (key, fourth) = Self.split(effect) else { continue }
            fourthWords[key, default: []].insert(fourth)
        }
    }

    /// True when some effect read starts with `words` (exactly four words) joined by single spaces.
    func hasEffect(startingWith words: [String]) -> Bool {
        fourthWords(startingWith: words)?.contains { $0.hasPrefix(words[3]) } ?? false
    }

    /// How many fourth words `hasEffect(startingWith:)` compares for `words`: the work of one look-up.
    func candidates(startingWith words: [String]) -> Int {
        fourthWords(startingWith: words)?.count ?? 0
    }

    /// The fourth words kept under the first three of `words` (exactly four words).
    private func fourthWords(startingWith words: [String]) -> Set<String>? {
        guard words.count == 4 else { return nil }
        return fourthWords[words[0] + " " + words[1] + " " + words[2] + " "]
    }

    /// The text through its third space, and what follows up to the next space; nil with fewer than three spaces.
    private static func split(_ text: String) -> (key: String, fourth: String)? {
        var spaces = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " {
                spaces += 1
                if spaces == 3 { break }
            }
            index = text.index(after: index)
        }
        guard spaces == 3 else { return nil }
        let rest = text[text.index(after: index)...]
        return (String(text[...index]), String(rest.prefix { $0 != " " }))
    }
}
