import Foundation
import Ingest
import Testing
@testable import Normalize

/// A plan a word processor saved as text: a table's row on one line, its cells set apart by tabs.
/// The tabs are the columns, so every row is read whole, whatever the words in its cells.
struct TabbedTableTests {
    static let plan = """
        Sjuhärads kommunalförbund

        Verksamhetsplan 2026

        Målområde 1: Hållbar tillväxt

        Mål 1.1 Fler växande företag
        Företagen i Sjuhärad växer.

        Aktivitet\tAnsvar\tTidplan\tFörväntat resultat
        Samordna företagslotsar.\tNäringslivsstrateg\tQ2 2026\tFler företag får snabba besked.
        Arrangera en företagarträff.\tKansliet\tHösten 2026\tÖkad kontakt mellan företag
        och kommuner.
        Följa upp etableringarna.\t\t2027\t

        Budget

        Tkr\tBudget 2026\tPlan 2027
        Medlemsavgifter\t12 000\t12 500
        Summa intäkter\t12 000\t12 500
        Personal\t-9 000\t-9 300
        Summa kostnader\t-9 000\t-9 300
        Resultat\t3 000\t3 200

        """

    @Test func eachLineWithTabsIsARow() throws {
        let document = try InitiativeTests.normalize(Self.plan)
        #expect(document.activities.map(\.activity) == ["Samordna företagslotsar.", "Arrangera en företagarträff.",
                                                        "Följa upp etableringarna."])
        #expect(document.activities.map(\.resources) == ["Näringslivsstrateg", "Kansliet", ""])
        #expect(document.activities.map(\.effects) == [["Fler företag får snabba besked."],
                                                       ["Ökad kontakt mellan företag och kommuner."], []])
        #expect(document.activities.map { $0.extra.cells.map(\.text) } == [["Q2 2026"], ["Hösten 2026"], ["2027"]])
        #expect(document.activities.map(\.goal) == Array(repeating: "Fler växande företag", count: 3))
        #expect(document.activities.map(\.area) == Array(repeating: "Hållbar tillväxt", count: 3))
        #expect(document.activities.map { $0.provenance.lines } == [11...11, 12...13, 14...14])
        let table = try #require(document.tables.first { $0.readAs == .activities })
        #expect(table.header == ["Aktivitet", "Ansvar", "Tidplan", "Förväntat resultat"])
        #expect(table.rows.count == 3)
        let budget = try #require(document.budgetTables.first)
        #expect(budget.rows.map(\.label) == ["Medlemsavgifter", "Summa intäkter", "Personal", "Summa kostnader", "Resultat"])
        #expect(!document.warnings.contains { $0.code == .sumMismatch })
    }

    @Test func aDumpKeepsEachLinesTabCells() throws {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data("a\tb\t\tc\nno tab\n".utf8), path: "tabs.txt", log: &log)
        let lines = source.pages.flatMap(\.lines)
        #expect(lines.map(\.tabCells) == [["a", "b", "", "c"], nil])
        #expect(lines.first?.text == "a b  c")
    }
}
