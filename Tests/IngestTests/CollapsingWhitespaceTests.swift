import Testing
@testable import Ingest

struct CollapsingWhitespaceTests {
    /// What `collapsingWhitespace` means, character by character.
    private func reference(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        ("", ""), ("ord", "ord"), ("  två   ord  ", "två ord"), ("a\tb\r\nc", "a b c"),
        ("Belopp\u{00A0}(tkr)", "Belopp (tkr)"), ("x \u{0301}y", "x y"), ("\u{2003}em\u{3000}", "em"),
    ])
    func collapsesWhiteSpace(text: String, expected: String) {
        #expect(text.collapsingWhitespace == expected)
        #expect(reference(text) == expected)
    }

    @Test func collapsesRandomMixturesLikeTheCharacterWisePath() {
        let alphabet: [Character] = ["a", "Ö", " ", " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{0301}", "\u{2009}", "é", "1", "\u{000B}", "\u{001F}", "🙂",
                                     // Scalars whose UTF-8 starts as white space's does: white space and not.
                                     "\u{0085}", "\u{00A9}", "\u{1680}", "\u{1681}", "\u{2000}", "\u{200A}", "\u{200B}", "–", "•", "’",
                                     "\u{2028}", "\u{2029}", "\u{202F}", "\u{2030}", "\u{205F}", "\u{2060}", "\u{3000}", "\u{3001}",
                                     // After a space: letters and signs that stay apart, marks that join it.
                                     "ä", "å", "\u{00AD}", "\u{02FF}", "€", "→", "▪", "✓", "\u{0300}", "\u{200C}", "\u{200D}",
                                     "\u{20D0}", "\u{FE0F}", "\u{1F3FB}",
                                     // Before a space: a scalar that joins it (Prepend), and neighbours that do not.
                                     "\u{0600}", "\u{06DD}", "\u{0610}", "\u{0D4E}", "\u{110BD}"]
        var generator = SplitMix(seed: 11)
        for _ in 0..<10_000 {
            let text = String((0..<Int(generator.next() % 30)).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))]
            })
            #expect(Array(text.collapsingWhitespace.utf8) == Array(reference(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }
}
