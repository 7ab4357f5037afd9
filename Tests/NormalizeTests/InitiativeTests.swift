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
}
