import Foundation
import Ingest
import Testing
@testable import Normalize

/// Seed 000's activity tables against a hand-made reading of every row
/// (`Fixtures/seed000-activities.json`: 39 rows under 15 goals and a final section without a
/// goal; each row's `damage` names what is wrong with it in the dump and where).
struct ActivityTableTests {
    struct ExpectedRow: Decodable {
        var area: String
        var goal: String?
        var activity: String
        var resources: String
        var effects: [String]
        var lines: [Int]
        var damage: [String]
    }

    struct ExpectedGoal: Decodable {
        var area: String
        var goal: String
        var description: String
        var lines: [Int]
    }

    static func fixture<T: Decodable>(_ name: String) throws -> T {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    static let seed000 = Result { try TestFiles.extract(TestFiles.seed("000_95ad663e025e0bbc.txt")) }

    @Test func everyRowOfSeed000IsReadWhole() throws {
        let expected: [ExpectedRow] = try Self.fixture("seed000-activities")
        let activities = try Self.seed000.get().activities
        #expect(expected.count == 39)
        #expect(activities.count == expected.count)
        for (activity, row) in zip(activities, expected) {
            let place = "row at lines \(row.lines)"
            #expect(activity.area == row.area, "\(place)")
            #expect(activity.goal == row.goal, "\(place)")
            #expect(activity.activity == row.activity, "\(place)")
            #expect(activity.resources == row.resources, "\(place)")
            #expect(activity.effects == row.effects, "\(place)")
            #expect([activity.provenance.lines.lowerBound, activity.provenance.lines.upperBound] == row.lines)
        }
    }

    @Test func everyGoalOfSeed000HasItsDescription() throws {
        let expected: [ExpectedGoal] = try Self.fixture("seed000-goals")
        let goals = try Self.seed000.get().goals
        #expect(goals.count == 15)
        for (goal, want) in zip(goals, expected) {
            #expect(goal.area == want.area)
            #expect(goal.goal == want.goal)
            #expect(goal.description == want.description)
            #expect([goal.provenance.lines.lowerBound, goal.provenance.lines.upperBound] == want.lines)
        }
    }

    /// The damaged cases, one by one, by their seed lines.
    @Test func damagedRowsOfSeed000() throws {
        let rows = try Self.seed000.get().activities
        func row(_ line: Int) throws -> Activity {
            try #require(rows.first { $0.provenance.lines.lowerBound == line })
        }
        // 54: a page start that begins a new row; 57: resources and effect glued on one line.
        #expect(try row(54).activity == "Representera kommunerna i den regionala samverkans- och stödstrukturen, RSS.")
        #expect(try row(54).resources == "Medarbetare inom förbundets välfärdsavdelning.")
        #expect(try row(54).effects == ["Verksamheten är kunskapsbaserad och effektiv."])
        // 116: "IFO nätverksledare God och jämlik hälsa …", the effect continued on 117.
        #expect(try row(112).resources == "IFO nätverksledare")
        #expect(try row(112).effects == ["God och jämlik hälsa för barn och unga i Fyrbodal."])
        // 193: a line starting with one space that is not a page break; 220: a hard break
        // starts a second effect; 222: the page start begins the next row.
        #expect(try row(191).activity == "Skapa en struktur kring kompetensförsörjning, liknande övriga delregioner och "
            + "inrätta \"Kompetensnav Fyrbodal\" för att följa VGRs struktur.")
        #expect(try row(206).effects.count == 2)
        #expect(try row(206).effects[1] == "SYV som hela skolans ansvar synliggörs i kommunala vägledningsplaner")
        // 423: activity and resources glued, resources continued after an empty line, a
        // line-end hyphen undone ("Samhällsplanerar-" / "nätverket"), effect bullets by indent only.
        #expect(try row(423).activity == "Ta fram Strukturbild Fyrbodal")
        #expect(try row(423).resources == "DRUM medel 400 000 kr, strukturbildsansvarig, Kommundirektörsnätverket, "
            + "Samhällsplanerarnätverket, KAV")
        #expect(try row(423).effects.count == 3)
        // 442: a suspended compound "Miljö- och klimatstrateg" starts the resources; 450: a
        // three-space bullet without a blank line before it.
        #expect(try row(442).activity == "Mellankommunal och delregional planering")
        #expect(try row(442).effects.last == "Grön omställning med Laddning, Elektrifiering och Infrastruktur för Fritidsbåtar")
        // 461-466: the effect starts without a blank line, with a sentence of the goal's description.
        #expect(try row(461).resources == "Infrastrukturstrateg, Näringslivsstrateg, Projektledare Det goda livet i Dalsland")
        #expect(try row(461).effects == ["Varje del av Fyrbodalsregionen utvecklas utifrån sina förutsättningar och "
            + "i ett samspel mellan städer och landsbygder."])
        // 500: "Kompetens-" / "plattform" is rejoined because the corpus knows "kompetensplattform".
        #expect(try row(498).resources.contains("Förbundets strateger, Kompetensplattform, Utvecklingsnoder"))
        // 539: split before "Fyrbodal är", not inside "Position Västkontoret".
        #expect(try row(536).resources == "Position Västkontoret")
        // 595-599: an effect bullet broken by an empty line continues in lowercase.
        #expect(try row(583).effects.contains { $0.hasPrefix("Företagen i Fyrbodalsregionen får ett gott stöd av "
            + "innovationssystemet") })
        // 716: all three cells on one line; the final section has no goal.
        #expect(try row(716).activity == "Ta fram introduktionsprogram för nyanställda")
        #expect(try row(716).resources == "Personaladministratör")
        #expect(try row(716).effects == ["Minskad personalomsättning förbättrad arbetsmiljö"])
        #expect(try row(716).goal == nil)
        #expect(try row(716).area == "Verksamhetsstöd")
    }

    /// The introductory list of areas (lines 21-26) is not read as headings.
    @Test func theIntroductoryListIsNotAHeading() throws {
        let areas = Set(try Self.seed000.get().activities.compactMap(\.area))
        #expect(areas == ["Stöd, omsorg och hälsa", "Kompetensförsörjning och utbildning",
                          "Fysisk planering och hållbara transporter", "Näringsliv, kultur och attraktionskraft",
                          "Digitalisering", "Verksamhetsstöd"])
    }

    @Test func activitiesAreTaggedWithThemes() throws {
        let rows = try Self.seed000.get().activities
        #expect(rows[0].themes == [.valfard])
        #expect(rows.first { $0.activity == "Stärkt attraktionskraft genom ett aktivt kulturliv" }?.themes == [.kultur])
        #expect(rows.last?.themes == [.organisation])
        #expect(rows.allSatisfy { !$0.themes.isEmpty || $0.goal == "Samspel och utveckling" })
    }
}
