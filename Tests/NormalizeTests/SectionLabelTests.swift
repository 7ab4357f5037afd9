import Foundation
import Ingest
import Testing
@testable import Normalize

/// The labels of a section's parts are data (`headings.json`, "labels"): scorecards and priority
/// areas worded otherwise than seed 003 are read the same way.
struct SectionLabelTests {
    static let labels = Result { try DomainData.bundled().labels }

    static func line(_ text: String) -> SourceLine { SourceLine(number: 1, page: 1, text: text) }

    @Test func aLabelIsAShortLineThatOpensWithItsWords() throws {
        let labels = try Self.labels.get()
        #expect(labels.part(of: Self.line("Varför är detta område viktigt?")) == .motivation)
        #expect(labels.part(of: Self.line("Plan för genomförande 2026:")) == .plan)
        #expect(labels.part(of: Self.line("Konkreta effekter som ska uppnås")) == .effects)
        #expect(labels.part(of: Self.line("Indikatorer:")) == .indicators)
        // A whole-line label with more after it, a word that only starts the same, running text.
        #expect(labels.part(of: Self.line("Indikatorer för att guida arbetet")) == nil)
        #expect(labels.part(of: Self.line("Bakgrunden")) == nil)
        #expect(labels.part(of: Self.line("Genomförande sker i nära samverkan med kommunerna och regionen.")) == nil)
        #expect(labels.part(of: Self.line("Varför är det så att kommunerna i delregionen under lång tid har valt att samverka kring detta?")) == nil)
        #expect(labels.part(of: Self.line("Därför är det viktigt att kommunerna")) == nil)
    }

    @Test func aScorecardWithOtherLabels() throws {
        let document = try InitiativeTests.normalize("""
            Skaraborgs kommunalförbund

            MÅL 2 - STARK SAMVERKAN
            Kommunerna samverkar där det ger nytta.

            Bakgrund
            Gemensamma lösningar sparar resurser för alla.

            Förväntade effekter
            Fler gemensamma upphandlingar

            Kortare handläggningstider

            Indikatorer
            Antal gemensamma upphandlingar

            Andel nöjda kommuner

            """)
        let goal = try #require(document.goals.first { $0.number == "2" })
        #expect(goal.goal == "Stark samverkan")
        #expect(goal.description == "Kommunerna samverkar där det ger nytta.")
        #expect(goal.effects == ["Fler gemensamma upphandlingar", "Kortare handläggningstider"])
        #expect(document.indicators.map(\.text) == ["Antal gemensamma upphandlingar", "Andel nöjda kommuner"])
        #expect(document.indicators.allSatisfy { $0.goal == "Stark samverkan" })
    }

    /// A capitals heading over a motivation label but no plan is no priority area ("BAKGRUND" /
    /// "Varför är …" in a report's introduction).
    @Test func aMotivationWithoutAPlanIsNoPriorityArea() throws {
        let document = try InitiativeTests.normalize("""
            Skaraborgs kommunalförbund

            INLEDNING
            Varför är samverkan viktig?
            Kommunerna delar på kostnaderna.

            """)
        #expect(document.goals.isEmpty)
        #expect(document.measures.isEmpty)
    }

    @Test func priorityAreasWithOtherLabels() throws {
        let document = try InitiativeTests.normalize("""
            Skaraborgs kommunalförbund

            STÄRKT KOMPETENSFÖRSÖRJNING
            Varför är området viktigt?
            Kommunerna behöver fler medarbetare de kommande åren.

            Så genomför vi det 2026:
            Ett gemensamt rekryteringsprojekt startas.

            Praktikplatserna samordnas mellan kommunerna.

            DIGITAL UTVECKLING
            Varför är detta viktigt?
            Digitala tjänster gör välfärden tillgänglig.

            Genomförande
            En gemensam e-tjänsteplattform införs.

            """)
        #expect(document.goals.map(\.goal) == ["Stärkt kompetensförsörjning", "Digital utveckling"])
        #expect(document.goals.map(\.description) == ["Kommunerna behöver fler medarbetare de kommande åren.",
                                                      "Digitala tjänster gör välfärden tillgänglig."])
        #expect(document.measures.map(\.measure) == ["Ett gemensamt rekryteringsprojekt startas.",
                                                     "Praktikplatserna samordnas mellan kommunerna.",
                                                     "En gemensam e-tjänsteplattform införs."])
        #expect(document.measures.map(\.area) == ["Stärkt kompetensförsörjning", "Stärkt kompetensförsörjning",
                                                  "Digital utveckling"])
    }
}
