import Foundation
import Ingest
import Testing
@testable import Normalize

/// Seed 001's prioriterade insatser with their effects (`Fixtures/seed001-measures.json`, read
/// by hand: 24 insatser under 10 delmål in 4 areas). Where the dump glued the words of an
/// effect and the dictionary cannot split them with certainty, the text stays as printed, and
/// where it knows a compound of two glued words ("flerföretag") the compound stays; the fixture
/// keeps the hand-corrected reading beside it (`effect_as_corrected_by_hand`).
struct MeasureTests {
    struct ExpectedMeasure: Decodable {
        var area: String
        var objective: String
        var measure: String
        var effect: String
        var lines: [Int]
        var effect_as_corrected_by_hand: String?
    }

    static let seed001 = Result { try TestFiles.extract(TestFiles.seed("001_c3d3db462980bb96.txt")) }

    @Test func everyInsatsWithItsEffect() throws {
        let expected: [ExpectedMeasure] = try ActivityTableTests.fixture("seed001-measures")
        let measures = try Self.seed001.get().measures
        #expect(measures.count == 24)
        for (measure, want) in zip(measures, expected) {
            #expect(measure.area == want.area)
            #expect(measure.objective == want.objective)
            #expect(measure.measure == want.measure)
            #expect(measure.effect == want.effect)
            #expect([measure.provenance.lines.lowerBound, measure.provenance.lines.upperBound] == want.lines)
        }
        let perObjective = Dictionary(grouping: measures, by: { "\($0.area ?? "-") / \($0.objective ?? "-")" })
            .mapValues(\.count)
        #expect(perObjective["Regional utveckling / Robust och sammanhållen samhällsplanering"] == 3)
        #expect(perObjective["Välfärdsutveckling / Stark samverkan"] == 1)
        // 20 of the 24 effects come out as read by hand; 4 keep two glued words hunspell-sv takes for
        // a compound ("flerföretag", "flerhållbara", "digitalfiberinfrastruktur", "Stordelaktighet").
        #expect(expected.filter { $0.effect_as_corrected_by_hand == nil }.count == 20)
    }

    /// Line-end breaks inside insatser and effects, with and without a hyphen.
    @Test func brokenWordsAreRejoined() throws {
        let measures = try Self.seed001.get().measures
        let text = measures.map { ($0.measure) + " " + ($0.effect ?? "") }.joined(separator: " ")
        for word in ["Trollhättan", "samverkan", "tillgodosett", "förvärvsgrad", "matchande",
                     "kompetensförsörjningsutmaningen", "verksamhetsutveckling", "personcentrerad",
                     "kommunmedborgarna", "välbefinnande", "samhällsmedborgare", "långsiktigt"] {
            #expect(text.contains(word), "\(word)")
        }
        // Spaces before a period are layout, not text ("privatliv ." at line 496).
        #expect(measures[0].measure == "God balans mellan arbete och privatliv.")
    }

    /// No effect keeps a glued token as printed: every word is one hunspell-sv knows (the four
    /// effects that differ from the hand reading hold a compound of two glued words instead).
    @Test func noEffectKeepsAGluedToken() throws {
        let dictionary = try DomainData.bundled().dictionary
        let words = try Self.seed001.get().measures.compactMap(\.effect)
            .flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map(String.init)
        #expect(words.filter { !dictionary.contains($0) } == [])
    }

    /// Glued words are split only where certain; punctuation without its space gets it back.
    @Test func gluedWordsSplitOnlyWhenCertain() throws {
        let measures = try Self.seed001.get().measures
        let effects = measures.compactMap(\.effect)
        #expect(effects.contains { $0.hasPrefix("Tillgång till effekt (el) ") })  // line 623
        #expect(effects.contains { $0.contains("välmående, effektivitet") })  // line 517
        #expect(effects.contains { $0.hasSuffix("(kollektiv, gång, cykel).") })  // line 655
        #expect(!effects.contains { $0.contains("Attraktivitet en") })  // a definite ending is never split off
    }
}

/// A dump of insatser pages in another wording: the column header is read by its roles
/// ("Insatser | Förväntade effekter"), not by seed 001's words.
struct MeasureVariantTests {
    @Test func aHeaderInOtherWordsStillOpensTheInsatser() throws {
        let document = try InitiativeTests.normalize("""
            Sjuhärads kommunalförbund

            Insatsområde 1: Hållbar tillväxt

            Förbundet arbetar för tillväxt i hela delregionen.
            \u{0C}Insatser                  Förväntade effekter

            Delmål 1: Fler jobb i regionen

            1. Stärk samarbetet med näringslivet.

            2. Utveckla besöksnäringen.

            Fler företag etablerar sig i regionen.

            Fler besökare stannar längre.

            """)
        #expect(document.measures.map(\.measure) == ["Stärk samarbetet med näringslivet.", "Utveckla besöksnäringen."])
        #expect(document.measures.map(\.effect) == ["Fler företag etablerar sig i regionen.", "Fler besökare stannar längre."])
        #expect(document.measures.map(\.objective) == ["Fler jobb i regionen", "Fler jobb i regionen"])
        #expect(document.measures.map(\.area) == ["Hållbar tillväxt", "Hållbar tillväxt"])
        #expect(document.goals.contains { $0.goal == "Fler jobb i regionen" && $0.number == "1" })
    }
}
