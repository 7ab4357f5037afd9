import Foundation
import Ingest
import Testing
@testable import Normalize

/// The activity-table PDF fixtures (three landscape pages, a row broken across a page break,
/// a repeated header, a second goal's table on its own page) give every row of their HTML
/// source, and the same rows as the text dump of seed 000 where they come from.
struct ActivityPDFTests {
    struct ExpectedRow: Decodable {
        var goal: String
        var activity: String
        var resources: String
        var effects: String
    }

    /// `activity-no-repeat` prints its header once: page 2 goes on without it.
    @Test(arguments: ["activity-table", "activity-table-borderless", "activity-no-repeat"])
    func everyRowOfTheFixture(name: String) throws {
        let expected: [ExpectedRow] = try ActivityTableTests.fixture("activity-table-pdf")
        let document = try TestFiles.extract(TestFiles.fixturePDF(name))
        #expect(document.activities.count == 17)
        for (activity, row) in zip(document.activities, expected) {
            #expect(activity.area == "Stöd, omsorg och hälsa")
            #expect(activity.goal == row.goal)
            #expect(activity.activity == row.activity)
            #expect(activity.resources == row.resources)
            #expect(activity.effects == [row.effects])
            #expect(activity.provenance.bbox != nil)
        }
        #expect(document.goals.map(\.goal) == ["Kvalitet och välfärdsutveckling", "Barn och unga"])
        #expect(document.activities.map(\.provenance.page) == Array(repeating: 1, count: 6)
            + Array(repeating: 2, count: 9) + [3, 3])
    }

    /// The 95-page fixture repeats the tables 30 times; rows break across pages in all three
    /// ways (all cells go on in lowercase; only the activity goes on, as "* …" items), and
    /// budget tables follow on the same pages. Every one of the 510 rows comes out whole.
    @Test func rowsBrokenAcrossPagesAreJoined() throws {
        let expected: [ExpectedRow] = try ActivityTableTests.fixture("activity-table-pdf")
        let byActivity = Dictionary(expected.map { ($0.activity, $0) }, uniquingKeysWith: { first, _ in first })
        let activities = try TestFiles.extract(TestFiles.fixturePDF("large-plan")).activities
        #expect(activities.count == 30 * 17)
        for activity in activities {
            let row = try #require(byActivity[activity.activity], "page \(activity.provenance.page)")
            #expect(activity.resources == row.resources)
            #expect(activity.effects == [row.effects])
        }
    }

    /// PDF and text dump of the same plan give the same rows (the dump's effect lists joined,
    /// and its "*item" bullets without the space the PDF prints). The fixture gathers rows of
    /// several goals of seed 000 under one goal, so goals are not compared.
    @Test func pdfRowsMatchTheTextDump() throws {
        let pdf = try TestFiles.extract(TestFiles.fixturePDF("activity-table")).activities
        let text = try ActivityTableTests.seed000.get().activities
        let squeeze = { (value: String) in value.replacingOccurrences(of: "* ", with: "*") }
        for row in pdf {
            let match = try #require(text.first { squeeze($0.activity) == squeeze(row.activity) }, "\(row.activity)")
            #expect(match.resources == row.resources)
            #expect(match.effects.joined(separator: " ") == row.effects.joined(separator: " "))
        }
    }
}

/// Activity tables in other templates: header words are data (`columns.json`).
struct ActivityColumnRoleTests {
    /// "Aktivitet | Ansvar | Tidplan | Förväntat resultat": Ansvar is the resources, Förväntat
    /// resultat the effects, and Tidplan, a column with no role, is kept in `extra`.
    @Test func aFourColumnTableKeepsItsExtraColumn() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("four-columns"))
        #expect(document.activities.map(\.activity) == [
            "Samordna arbetet med en gemensam modell för tidiga insatser.",
            "Följa upp folkhälsoarbetet i kommunerna.",
            "Arrangera en regional konferens om psykisk hälsa.",
        ])
        #expect(document.activities.map(\.resources) == ["Välfärdsstrateg", "Folkhälsonätverket", "Förbundets kansli"])
        #expect(document.activities.map(\.effects) == [
            ["Fler barn får stöd tidigt."], ["Kommunerna arbetar kunskapsbaserat."], ["Ökad kunskap om psykisk hälsa."],
        ])
        #expect(document.activities.map(\.extra) == ["Q2 2026", "Löpande", "Hösten 2026"].map {
            ExtraCells([ExtraCells.Cell(header: "Tidplan", text: $0)])
        })
        #expect(document.activities.allSatisfy { $0.goal == "Jämlik hälsa" && $0.area == "Välfärd" })
        #expect(document.tables.map(\.readAs) == [.activities])
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// Outputs written before `extra` existed still load, with no extra cells.
    @Test func activitiesWithoutExtraStillLoad() throws {
        let old = #"{"area":null,"goal":null,"activity":"A","resources":"R","effects":[],"themes":[],"provenance":{"page":1,"lines":[1,1]}}"#
        let activity = try JSONDecoder().decode(Activity.self, from: Data(old.utf8))
        #expect(activity.extra.isEmpty)
    }
}
