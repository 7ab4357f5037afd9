import Ingest

/// Finds where one cell ends and the next begins inside a line of a text dump, where a table's
/// column gap collapsed into a single space ("Stärka och utveckla det hållbara resandet
/// Infrastrukturstrateg, …").
///
/// Candidates are the positions before a capitalized word whose previous word ends in a letter
/// (a capitalized word after a comma is an item of a list) or after a sentence's final period.
/// Which candidate is a boundary depends on what the right side looks like:
/// - resources begin with a role ("…strateg", "…ledare", "Representant") or money ("DRUM", "medel");
/// - effects begin with a sentence of the goal's description, the start of an effect already read,
///   a clause with its verb second ("Fyrbodal är", "Det finns"), or a state ("Ökad", "Förbättrad").
/// The roles, money words, verbs and states are data (`CellWords`).
struct CellBoundary: Sendable {
    /// Sentences of the current goal's description.
    var descriptionSentences: [String] = []
    /// Effects read so far in the document.
    var knownEffects = EffectOpenings()
    /// The opening words of resources and effects cells (`cell-words.json`).
    var vocabulary: CellWords

    /// Where resources begin in `text`, or nil.
    func resourcesStart(in text: String) -> String.Index? {
        candidates(in: text).first { index in
            let words = Self.words(text[index...]).map { $0.fastLowercased() }
            guard var word = words.first else { return false }
            // "Miljö- och klimatstrateg": a suspended compound is judged by its last part.
            if word.hasSuffix("-"), word.count > 2, words.count > 2, words[1] == "och" { word = words[2] }
            let bare = word.trimmingTrailingPunctuation
            return vocabulary.resources.moneyWords.contains(bare) || vocabulary.resources.moneyWords.contains(word)
                || vocabulary.resources.roleSuffixes.contains { bare.hasSuffix($0) }
        }
    }

    /// Where effects begin in `text`, or nil.
    func effectStart(in text: String) -> String.Index? {
        candidates(in: text).first { looksLikeEffect(String(text[$0...])) }
    }

    /// True when `text` starts the way an effect does.
    func looksLikeEffect(_ text: String) -> Bool {
        let words = Self.words(Substring(text))
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        if words.count >= 4 {
            let opening = Array(words.prefix(4))
            let joined = opening.joined(separator: " ")
            WorkMeter.count(descriptionSentences.count + knownEffects.candidates(startingWith: opening))
            if descriptionSentences.contains(where: { $0.hasPrefix(joined) }) || knownEffects.hasEffect(startingWith: opening) {
                return true
            }
        }
        if words.count >= 2, vocabulary.effects.secondPositionVerbs.contains(words[1].fastLowercased()) { return true }
        return vocabulary.effects.stateWords.contains(first.fastLowercased().trimmingTrailingPunctuation)
    }

    /// Positions before a capitalized word that follows a word ending in a letter, or after ". ".
    private func candidates(in text: String) -> [String.Index] {
        var result: [String.Index] = []
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " {
                let next = text.index(after: index)
                if next < text.endIndex, text[next].isUppercase,
                   let previous, previous.isLetter || previous == "." {
                    result.append(next)
                }
            }
            previous = character == " " ? previous : character
            index = text.index(after: index)
        }
        return result
    }

    static func words(_ text: Substring) -> [String] {
        text.split(separator: " ").map(String.init)
    }
}
