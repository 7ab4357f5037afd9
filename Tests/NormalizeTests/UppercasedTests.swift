import PropertyBased
import Testing
@testable import Normalize

/// `isUppercased`, told from bytes where they can tell, says what `self == uppercased()` says.
struct UppercasedTests {
    @Test(arguments: ["", "BUDGET 2026", "MÅL 2 – RESURSEFFEKTIVT FÖRBUND", "Mål", "STRAßE", "ÿ", "÷ 12", "µ", "ǅ", "İ",
                      "A\u{0308}", "a\u{0308}", "ﬁ", "2025–2027", "ÆØÅ"])
    func saysWhatUppercasingSays(text: String) {
        #expect(text.isUppercased == (text == text.uppercased()))
    }

    @Test func saysWhatUppercasingSaysOnRandomText() async {
        let alphabet = ["A", "z", "Å", "ä", "ß", "ÿ", "÷", "×", "µ", "ª", " ", "-", "1", "\u{0308}", "ǅ", "ﬁ", "Σ", "σ", "–"]
        await propertyCheck(count: 400, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { alphabet[$0] }.joined()
            #expect(text.isUppercased == (text == text.uppercased()), "\(text)")
            #expect(text[...].isUppercased == (text == text.uppercased()), "\(text)")
        }
    }
}
