import Ingest
import Testing
@testable import Normalize

/// The byte path of `lowercasedLetters` gives what the character path gives, on ASCII words and
/// on words the byte path leaves to characters.
struct LowercasedLettersTests {
    @Test(arguments: ["Fyrbodal", "dals-ed", "(IT-stöd)", "2026", "e-tjänster,", "ÅRSREDOVISNING", "x", "--", "Ökad.",
                      "a1b2", "Näringslivs-", "k\u{0301}a", ""])
    func theBytePathAgreesWithCharacters(word: String) {
        let token = Substring(word)
        #expect(token.lowercasedLetters() == token.fastLowercased().filter(\.isLetter))
        #expect(token.lowercasedLetters(keepingHyphens: true) == token.fastLowercased().filter { $0.isLetter || $0 == "-" })
    }
}
