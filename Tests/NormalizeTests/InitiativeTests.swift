import Foundation
import Ingest
import Testing
@testable import Normalize

/// Seed 004's initiatives and delområden against a hand-made reading of the whole plan
/// (`Fixtures/seed004-initiatives.json`: 92 initiatives in 12 delområden, 40 with owners).
struct InitiativeTests {
    struct ExpectedInitiative: Decodable {
        var area: String
        var subarea: String
        var name: String
        var description: String
        var driven_by: [String]
        var lines: [Int]
    }

    struct ExpectedSubarea: Decodable {
        var area: String
        var subarea: String
        var description: String
        var linked_goals: [String]
    }

    static let seed004 = Result { try TestFiles.extract(TestFiles.seed("004_0cdacc11dfb66760.txt")) }

    @Test func everyInitiativeOfSeed004() throws {
        let expected: [ExpectedInitiative] = try ActivityTableTests.fixture("seed004-initiatives")
        let initiatives = try Self.seed004.get().initiatives
        #expect(expected.count == 92)
        #expect(initiatives.count == expected.count)
        for (initiative, want) in zip(initiatives, expected) {
            let place = "initiative at lines \(want.lines)"
            #expect(initiative.area == want.area, "\(place)")
            #expect(initiative.subarea == want.subarea, "\(place)")
            #expect(initiative.name == want.name, "\(place)")
            #expect(initiative.description == want.description, "\(place)")
            #expect(initiative.drivenBy == want.driven_by, "\(place)")
            #expect([initiative.provenance.lines.lowerBound, initiative.provenance.lines.upperBound] == want.lines)
        }
        #expect(initiatives.filter { !$0.drivenBy.isEmpty }.count == 40)
    }

    @Test func everyDelomradeWithItsLinkedGoals() throws {
        let expected: [ExpectedSubarea] = try ActivityTableTests.fixture("seed004-subareas")
        let goals = try Self.seed004.get().goals
        #expect(goals.count == 12)
        for (goal, want) in zip(goals, expected) {
            #expect(goal.area == want.area)
            #expect(goal.goal == want.subarea)
            #expect(goal.description == want.description)
            #expect(goal.linkedGoals == want.linked_goals)
        }
    }

    /// The ways the dump breaks "Drivs av", by seed line.
    @Test(arguments: [
        (460, ["AI Sweden", "SKR", "DiGG", "Vinnova"]),  // the owner's name broken: "AI " / "Sweden, …"
        (681, ["Project Management Institute Sweden Chapter"]),  // "Drivs " / "av …"
        (213, ["Digitaliseringsrådet Västra Götaland"]),  // "Drivs av " then the owner after a blank line
        (338, ["Högskolan i Borås", "Techföretag", "Borås stad"]),  // three owners; a heading glued after it
        (559, ["SKR", "Adda", "Inera"]),  // "… som har lett arbetet tillsammans." is not an owner
        (650, ["Forskningskonsortiet Digital förvaltning", "Adda"]),  // "med hjälp av Adda"
        (330, ["Verksamt.se"]),  // no final period; the dot inside the name stays
    ])
    func ownersHoweverTheDumpBreaksThem(line: Int, owners: [String]) throws {
        let initiatives = try Self.seed004.get().initiatives
        let initiative = try #require(initiatives.first { $0.provenance.lines.lowerBound == line })
        #expect(initiative.drivenBy == owners)
    }

    /// "Name: text" lines outside the delområden are not initiatives: the fokusområden's
    /// "Viktiga aspekter" (112-122, 397-415, 583-603) and the remiss questions (2922-2942).
    @Test func nameBulletsOutsideDelomradenAreNotInitiatives() throws {
        let names = Set(try Self.seed004.get().initiatives.map(\.name))
        for excluded in ["Ordning och reda", "Effektivitet", "Datadriven styrning och ledning",
                         "Införande av metodramverk", "Handlingsplanens indelning och omfattning",
                         "Samverkan och organisering", "Ordförande"] {
            #expect(!names.contains(excluded))
        }
    }

    @Test func initiativesAreTaggedWithThemes() throws {
        let initiatives = try Self.seed004.get().initiatives
        let socialtjanst = initiatives.filter { $0.subarea == "Socialtjänst" }
        #expect(socialtjanst.allSatisfy { $0.themes.contains(.valfard) })
    }

    /// Another förbund's handlingsplan, single-spaced with printed bullets: the same reading as the
    /// seed's double-spaced dump with lost glyphs, from the layout's blocks.
    static let variant = """
        INLEDNING
        Planen beskriver hur kommunerna digitaliserar tillsammans.


        DIGITAL VÄLFÄRD
        Fokusområdet samlar det som invånarna möter i välfärdens tjänster.

        SKOLA OCH FÖRSKOLA
        Skolan behöver gemensamma verktyg för att alla elever ska få samma möjligheter.

        Likvärdig utbildning.

        • Gemensam lärplattform: En plattform för alla kommunernas skolor. Drivs av
        Skolverket och SKR.
        • Digitala prov: Stöd till huvudmännen inför digitala nationella prov.

        ÄLDREOMSORG
        Välfärdsteknik gör omsorgen tryggare och frigör tid.

        • Trygghetslarm: Digitala larm i hemtjänsten. Drivs av kommunerna tillsammans med VGR.
        """

    static func normalize(_ text: String) throws -> PlanDocument {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "handlingsplan.txt", log: &log)
        return try Normalizer().normalize(source, log: log)
    }

    @Test(arguments: [false, true])
    func aVariantHandlingsplanInEitherSpacing(doubleSpaced: Bool) throws {
        // Double spacing as seed 004 prints it: a blank line after every line, a lost glyph as one space.
        let text = doubleSpaced
            ? Self.variant.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("• ") ? " " + $0.dropFirst(2) : $0 }.joined(separator: "\n\n")
            : Self.variant
        let document = try Self.normalize(text)
        #expect(document.initiatives.map(\.name) == ["Gemensam lärplattform", "Digitala prov", "Trygghetslarm"])
        #expect(document.initiatives.map(\.area) == Array(repeating: "Digital välfärd", count: 3))
        #expect(document.initiatives.map(\.subarea) == ["Skola och förskola", "Skola och förskola", "Äldreomsorg"])
        #expect(document.initiatives.map(\.drivenBy) == [["Skolverket", "SKR"], [], ["kommunerna"]])
        #expect(document.initiatives[0].description == "En plattform för alla kommunernas skolor.")
        let skola = try #require(document.goals.first { $0.goal == "Skola och förskola" })
        #expect(skola.description == "Skolan behöver gemensamma verktyg för att alla elever ska få samma möjligheter.")
        #expect(skola.linkedGoals == ["Likvärdig utbildning"])
    }

    /// The same plan as a word processor numbers its headings ("2 Digital välfärd", "2.1 Skola och
    /// förskola"): the numbering gives the levels, and the names lose their numbers.
    static let numbered = Self.variant
        .replacingOccurrences(of: "INLEDNING", with: "1 Inledning")
        .replacingOccurrences(of: "DIGITAL VÄLFÄRD", with: "2 Digital välfärd")
        .replacingOccurrences(of: "SKOLA OCH FÖRSKOLA", with: "2.1 Skola och förskola")
        .replacingOccurrences(of: "ÄLDREOMSORG", with: "2.2. Äldreomsorg")

    @Test(arguments: [false, true])
    func aVariantWithNumberedHeadings(doubleSpaced: Bool) throws {
        let numbered = Self.numbered
        let text = doubleSpaced
            ? numbered.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n") : numbered
        let document = try Self.normalize(text)
        #expect(document.initiatives.map(\.name) == ["Gemensam lärplattform", "Digitala prov", "Trygghetslarm"])
        #expect(document.initiatives.map(\.area) == Array(repeating: "Digital välfärd", count: 3))
        #expect(document.initiatives.map(\.subarea) == ["Skola och förskola", "Skola och förskola", "Äldreomsorg"])
        #expect(document.initiatives.map(\.drivenBy) == [["Skolverket", "SKR"], [], ["kommunerna"]])
        let skola = try #require(document.goals.first { $0.goal == "Skola och förskola" })
        #expect(skola.linkedGoals == ["Likvärdig utbildning"])
    }

    /// A capitals title over numbered fokusområden with capitals delområden inside them: the two
    /// scales are made one (title 1, "1 Digital välfärd" 2, "SKOLA OCH FÖRSKOLA" 3).
    @Test func capitalsDelomradenInsideNumberedSections() throws {
        let document = try Self.normalize("""
            HANDLINGSPLAN FÖR DIGITALISERING
            Planen beskriver hur kommunerna digitaliserar tillsammans.

            1 Digital välfärd
            Fokusområdet samlar det som invånarna möter i välfärdens tjänster.

            SKOLA OCH FÖRSKOLA
            Skolan behöver gemensamma verktyg för att alla elever ska få samma möjligheter.

            • Gemensam lärplattform: En plattform för alla kommunernas skolor. Drivs av Skolverket och SKR.

            ÄLDREOMSORG
            Välfärdsteknik gör omsorgen tryggare och frigör tid.

            • Trygghetslarm: Digitala larm i hemtjänsten. Drivs av kommunerna tillsammans med VGR.
            """)
        #expect(document.initiatives.map(\.name) == ["Gemensam lärplattform", "Trygghetslarm"])
        #expect(document.initiatives.map(\.area) == ["Digital välfärd", "Digital välfärd"])
        #expect(document.initiatives.map(\.subarea) == ["Skola och förskola", "Äldreomsorg"])
    }

    /// The numbered plan printed as a word processor would (`handlingsplan-numbered.pdf`: headings
    /// set larger the shallower they are): the same initiatives and delområden as its dump.
    @Test func theNumberedPlanAsAPDFGivesWhatItsDumpGives() throws {
        let fromPDF = try TestFiles.extract(TestFiles.fixturePDF("handlingsplan-numbered"))
        let fromText = try Self.normalize(Self.numbered)
        func fields(_ document: PlanDocument) -> [[String]] {
            document.initiatives.map { [$0.name, $0.area ?? "∅", $0.subarea ?? "∅", $0.description] + $0.drivenBy }
        }
        #expect(fromPDF.initiatives.count == 3)
        #expect(fields(fromPDF) == fields(fromText))
        #expect(fromPDF.goals.map(\.goal) == fromText.goals.map(\.goal))
        #expect(fromPDF.goals.map(\.linkedGoals) == fromText.goals.map(\.linkedGoals))
    }

    /// The plan with its headings in normal case and no numbers, told from the text only by their
    /// size (`handlingsplan-headings.pdf`), gives the delområden and initiatives of its dump with
    /// capitals headings; it gave none ("no_structure_found").
    @Test func normalCaseHeadingsInAPDFGiveWhatCapitalsGive() throws {
        let fromPDF = try TestFiles.extract(TestFiles.fixturePDF("handlingsplan-headings"))
        let fromText = try Self.normalize(Self.variant)
        func fields(_ document: PlanDocument) -> [[String]] {
            document.initiatives.map { [$0.name, $0.area ?? "∅", $0.subarea ?? "∅", $0.description] + $0.drivenBy }
        }
        #expect(fromPDF.initiatives.count == 3)
        #expect(fields(fromPDF) == fields(fromText))
        #expect(fromPDF.goals.map(\.goal) == ["Skola och förskola", "Äldreomsorg"])
        #expect(fromPDF.goals.map(\.linkedGoals) == fromText.goals.map(\.linkedGoals))
        #expect(!fromPDF.warnings.contains { $0.code == .noStructureFound })
    }

    /// A delområde with no fokusområde heading above it is in no list, and reported: the plan's
    /// dump without its fokusområde heading gives no initiatives and an `unplaced_items` warning
    /// naming the delområde.
    @Test func aDelomradeOutsideAnyFokusomradeIsReported() throws {
        let text = Self.variant.replacingOccurrences(of: "DIGITAL VÄLFÄRD\n", with: "")
        #expect(text != Self.variant)
        let document = try Self.normalize(text)
        let unplaced = document.warnings.filter { $0.code == .unplacedItems }.map(\.message)
        #expect(unplaced.contains("delområde 'Skola och förskola' with 2 initiatives is not read: "
            + "no fokusområde heading stands above it"))
        #expect(document.initiatives.allSatisfy { $0.area != nil })
    }

    /// "Name: text" lists in which no item names an owner are a plan's strategies or the like,
    /// not initiatives (seed 003 lists "Strategi: …" under a capitals heading).
    @Test func nameListsWithoutAnyOwnerAreNoInitiatives() throws {
        let text = Self.variant.replacingOccurrences(of: "Drivs av", with: "Stöds av")
        #expect(try Self.normalize(text).initiatives.isEmpty)
    }
}


/// Seed 004's initiatives printed "Name – description" instead of "Name: description", or with
/// "Drivs av:" instead of "Drivs av", are the seed's.
struct InitiativeSeparatorTests {
    static func initiatives(_ edit: (String) -> String) throws -> [[String]] {
        let text = try String(contentsOf: TestFiles.seed("004_0cdacc11dfb66760.txt"), encoding: .utf8)
        let edited = text.components(separatedBy: "\n").map(edit).joined(separator: "\n")
        return try BudgetEdgeCaseTests.normalize(edited).initiatives
            .map { [$0.area ?? "", $0.subarea ?? "", $0.name, $0.description] + $0.drivenBy }
    }

    @Test func aDashEndsTheName() throws {
        let seed = try Self.initiatives { $0 }
        var edits = 0
        let variant = try Self.initiatives { line in
            guard line.hasPrefix(" "), line.dropFirst().first?.isUppercase == true,
                  let colon = line.range(of: ": "), line.distance(from: line.startIndex, to: colon.lowerBound) <= 92
            else { return line }
            edits += 1
            return line.replacingCharacters(in: colon, with: " – ")
        }
        #expect(seed.count == 92)
        #expect(edits >= 92)
        #expect(variant == seed)
    }

    @Test func drivsAvWithAColon() throws {
        let seed = try Self.initiatives { $0 }
        let variant = try Self.initiatives { $0.replacingOccurrences(of: "Drivs av ", with: "Drivs av: ") }
        #expect(variant == seed)
        #expect(InitiativeParser.owners(": SKR och Adda.") == ["SKR", "Adda"])
    }

    /// Seed 004 with its owners named by another phrase (`initiatives.json`) gives the seed's 92
    /// initiatives with the same owners; it gave none ("no_structure_found") or lost the owners
    /// of a lowercase "drivs av" into the description.
    @Test(arguments: ["Ansvarig: ", "Ägare: ", "Genomförs av ", "drivs av ", "Leds av: ", "Ansvar:  "])
    func otherOwnerPhrases(phrase: String) throws {
        let seed = try Self.initiatives { $0 }
        let text = try String(contentsOf: TestFiles.seed("004_0cdacc11dfb66760.txt"), encoding: .utf8)
        let edited = text.replacing(#/Drivs\s+av /#, with: phrase)
        #expect(edited != text)
        let variant = try BudgetEdgeCaseTests.normalize(edited).initiatives
            .map { [$0.area ?? "", $0.subarea ?? "", $0.name, $0.description] + $0.drivenBy }
        #expect(variant.count == 92)
        #expect(variant == seed)
    }

    /// An owner phrase names owners only where it opens a sentence.
    @Test func anOwnerPhraseOpensASentence() throws {
        let phrases = try DomainData.bundled().ownerPhrases
        let owners = { (text: String) in phrases.lastOwnerPhrase(in: text).map { String(text[$0.upperBound...]) } }
        #expect(owners("Ett gemensamt verktyg. Genomförs av Inera.") == " Inera.")
        #expect(owners("Drivs av SKR.") == " SKR.")
        #expect(owners("Ett verktyg som genomförs av kommunerna.") == nil)
        #expect(owners("Ett verktyg. Ansvariga för det är kommunerna.") == nil)
        #expect(owners("Verktyg. Drivs av VGR. Ett nytt steg. Ansvarig: Inera") == " Inera")
        #expect(owners("Verktyg. Drivsav VGR.") == nil)
    }
}

/// Seed 004 with its fokusområden labelled ("FOKUSOMRÅDE 1: FRAMTIDENS KOMMUNALA SERVICE") is the
/// seed: a capitals heading may carry a heading word and a number, and the name is read without them.
struct LabelledCapitalsHeadingTests {
    @Test func labelledCapitalsAreHeadings() {
        for heading in ["FOKUSOMRÅDE 1: FRAMTIDENS SERVICE", "MÅL 2 – ETT FÖRBUND", "DELOMRÅDE 2.1 - SKOLA",
                        "OMRÅDE 3 : IT-LEVERANS", "BARNOMSORG OCH UTBILDNING"] {
            #expect(heading.isCapitalsHeading, "\(heading)")
        }
        for line in ["BUDGET 2026", "KOSTNADER 2026 – 2027", "MÅL 2025 2026", "2026: BUDGET", "SKR.",
                     "FOKUSOMRÅDE 1: Framtidens service", "AVGIFT 1,5: KR"] {
            #expect(!line.isCapitalsHeading, "\(line)")
        }
    }

    @Test(arguments: [": ", " – ", " - "])
    func seed004WithLabelledFokusomraden(separator: String) throws {
        let seed = try InitiativeSeparatorTests.initiatives { $0 }
        var number = 0
        let variant = try InitiativeSeparatorTests.initiatives { line in
            guard ["FRAMTIDENS KOMMUNALA SERVICE", "FRAMTIDENS KOMMUNALA FÖRVALTNING", "HANDLINGSPLANENS METODSTÖD"]
                .contains(line.trimmingCharacters(in: .whitespaces)) else { return line }
            number += 1
            return "FOKUSOMRÅDE \(number)\(separator)\(line.trimmingCharacters(in: .whitespaces))"
        }
        #expect(number == 3)
        #expect(variant.count == 92)
        #expect(variant == seed)
    }
}
