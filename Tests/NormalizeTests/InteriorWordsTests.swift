import Ingest
import PropertyBased
import Testing
@testable import Normalize

/// The words a document prints inside its lines, read on bytes where every scalar is a character
/// of its own, are the words the character-wise reading finds.
struct InteriorWordsTests {
    /// What `Lexicon.interiorWords` means, character by character.
    private func reference(_ lines: [SourceLine]) -> Set<String> {
        var words = Set<String>()
        for line in lines {
            let tokens = line.text.split(separator: " ", omittingEmptySubsequences: true)
            guard tokens.count > 2 else { continue }
            for token in tokens.dropFirst().dropLast() {
                let word = token.lowercasedLetters(keepingHyphens: true)
                if Lexicon.isWord(word, token: token) { words.insert(word) }
            }
        }
        return words
    }

    @Test func readsSwedishLines() {
        let lines = ["Vi stärker Dals-Eds ÅTERVÄXT, och (samverkan) i regionen",
                     "två ord", "Över 2 000 × 3 kommuner: ×÷ Äldreomsorg, skola; välfärd.slut nu"]
            .enumerated().map { SourceLine(number: $0.offset + 1, page: 1, text: $0.element) }
        let words = Lexicon.interiorWords(of: lines)
        #expect(words == reference(lines))
        #expect(words.isSuperset(of: ["stärker", "dals-eds", "återväxt", "och", "samverkan", "kommuner", "äldreomsorg"]))
        #expect(!words.contains("två") && !words.contains("välfärdslut"))
    }

    @Test func readsRandomLinesLikeTheCharacterWisePath() async {
        let alphabet: [String] = ["a", "Z", "å", "Ä", "ö", "É", "ß", "ÿ", "×", "÷", "-", ",", ".", "(", ")", ":", ";", "1",
                                  " ", " ", " ", "\t", "ª", "µ", "Ł", "\u{0301}", "\u{0600}", "–", "•", "İ", "ǅ"]
        await propertyCheck(count: 400, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...40)) { picks in
            let line = SourceLine(number: 1, page: 1, text: picks.map { alphabet[$0] }.joined())
            #expect(Lexicon.interiorWords(of: [line]) == reference([line]), "\(line.text)")
        }
    }
}
