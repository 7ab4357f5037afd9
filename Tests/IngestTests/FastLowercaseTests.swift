import Foundation
import Testing
@testable import Ingest

struct FastLowercaseTests {
    @Test(arguments: [
        "", "abc", "Fyrbodals Kommunalförbund", "ÅÄÖ ÉÈ ÆØ ÞÐ ×÷ ß ẞ µ ª",
        "ΟΔΟΣ Σ", "İstanbul", "ǅ ǈ Ω K Å", "MIXED Ünïcödé 🇸🇪 ŁÓDŹ", "\u{0301}A\u{0301}",
    ])
    func lowersLikeTheStandardLibrary(text: String) {
        #expect(text.fastLowercased() == text.lowercased())
        #expect(Array(text.fastLowercased().utf8) == Array(text.lowercased().utf8))
    }

    @Test func lowersEveryScalarLikeTheStandardLibrary() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "b"
            if Array(text.fastLowercased().utf8) != Array(text.lowercased().utf8) { differing.append(value) }
        }
        #expect(differing.isEmpty, "scalars lowered differently: \(differing.prefix(10))")
    }

    @Test func lowersRandomMixturesLikeTheStandardLibrary() {
        let alphabet = Array("aZ åÅäÄöÖéÉ×ßΣσİ€–\u{00A0}\u{0301}🙂Ǆ")
        var generator = SplitMix(seed: 7)
        for _ in 0..<2_000 {
            let text = String((0..<Int(generator.next() % 40)).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))]
            })
            #expect(Array(text.fastLowercased().utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    @Test func returnsTheSameStringWhenNothingLowers() {
        let text = "redan gemener: åäö 2026"
        #expect(text.fastLowercased() == text)
    }
}
