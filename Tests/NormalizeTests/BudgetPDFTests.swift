import Foundation
import Ingest
import Testing
@testable import Normalize

/// The budget PDF fixtures (rendered from the figures of seeds 003 and 001, with NBSP digit
/// groups and U+2212 minus) give every cell of the same tables as the text dumps.
struct BudgetPDFTests {
    static let total003: [String] = [
        "income INTÄKTER: 64 295 000=64295000 | 60 487 000=60487000",
        "other KOSTNADER: =nil | =nil",
        "cost Personal: −42 114 000=-42114000 | −38 605 000=-38605000",
        "cost Övriga kostnader: −21 996 000=-21996000 | −21 718 000=-21718000",
        "subtotal SUMMA KOSTNADER: −64 110 000=-64110000 | −60 323 000=-60323000",
        "result RESULTAT: 185 000=185000 | 164 000=164000",
    ]

    static let budget001: [String] = [
        "income Medlemsavgift: 10 447=10447000 | 10 760=10760000 | 11 083=11083000",
        "income Övriga intäkter: 1 961=1961000 | 2 002=2002000 | 2 044=2044000",
        "subtotal Summa intäkter tkr: 12 408=12408000 | 12 762=12762000 | 13 127=13127000",
        "cost Personalkostnader: −8 374=-8374000 | −8 597=-8597000 | −8 856=-8856000",
        "cost Bilkostnader: −40=-40000 | −40=-40000 | −40=-40000",
        "cost Politiska arvoden, ordförande och revision: −283=-283000 | −291=-291000 | −300=-300000",
        "cost Möteskostnader politiker och tjänstemän: −50=-50000 | −50=-50000 | −50=-50000",
        "cost Konsultkostnader: −258=-258000 | −265=-265000 | −273=-273000",
        "cost Hyra: 1 670=1670000 | 1 720=1720000 | 1 772=1772000",
        "cost Administrativa kostnader: −1 187=-1187000 | −1 223=-1223000 | −1 260=-1260000",
        "cost VästKom: −546=-546000 | −546=-546000 | −546=-546000",
        "subtotal Summa kostnader tkr: 12 408=12408000 | 12 732=12732000 | 13 097=13097000",
        "result Resultat tkr: 0=0 | 30=30000 | 30=30000",
    ]

    @Test(arguments: ["budget-table", "budget-table-borderless"])
    func fixtureGivesEveryCell(name: String) throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF(name))
        let tables = document.budgetTables.map(BudgetSeedTests.render)
        try #require(tables.count == 2)
        #expect(tables[0].title == "Skaraborgs Kommunalförbund Driftbudget, totalt")
        #expect(tables[0].scope == "totalt")
        #expect(tables[0].unit == "kr")
        #expect(tables[0].columns == ["2026", "2025"])
        #expect(tables[0].rows == Self.total003)
        #expect(tables[1].title == "Budget 2025-2027, medlemsfinansiering")
        #expect(tables[1].unit == "tkr")
        #expect(tables[1].columns == ["2025", "2026", "2027"])
        #expect(tables[1].rows == Self.budget001)
        // Every row and table has its box on the page.
        #expect(document.budgetTables.allSatisfy { $0.provenance.bbox != nil })
        #expect(document.budgetTables.flatMap(\.rows).allSatisfy { $0.provenance.bbox != nil })
        // The same warnings as the text dump of 001: Hyra without its minus, per year.
        #expect(document.warnings.map(\.code) == [.signSuspect, .signSuspect, .signSuspect])
    }

    /// The PDF and the text dump agree on every amount of the tables they share.
    @Test func pdfAndTextGiveTheSameAmounts() throws {
        let pdf = try TestFiles.extract(TestFiles.fixturePDF("budget-table")).budgetTables
        let text001 = try TestFiles.extract(TestFiles.seed("001_c3d3db462980bb96.txt")).budgetTables
        let text003 = try TestFiles.extract(TestFiles.seed("003_7ca1042aa7ecc69e.txt")).budgetTables
        let amounts = { (table: BudgetTable) in
            table.rows.filter { $0.cells.contains { $0.amountSEK != nil } }.map { $0.cells.map(\.amountSEK) }
        }
        #expect(amounts(pdf[1]) == amounts(text001[0]))
        // The fixture leaves out the empty "OH-kostnader/intäkt" row of seed 003.
        #expect(amounts(pdf[0]) == amounts(text003[0]))
    }

    /// A 95-page PDF whose tables break across pages with a repeated header: each part joins
    /// its table, so all 60 tables add up (only the known Hyra signs are flagged).
    @Test func tablesBrokenAcrossPagesAreJoined() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("large-plan"))
        #expect(document.budgetTables.count == 60)
        #expect(document.budgetTables.allSatisfy { !$0.title.isEmpty })
        #expect(Set(document.warnings.map(\.code)) == [.signSuspect])
        #expect(document.warnings.count == 90)
    }

    /// A table that breaks across pages *without* a repeated header (no <thead>): page 2 goes on
    /// with rows under the same columns, and the whole table adds up.
    @Test func aTableBrokenWithoutRepeatedHeaderIsJoined() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("budget-long"))
        let table = try #require(document.budgetTables.first)
        #expect(document.budgetTables.count == 1)
        #expect(table.rows.count == 64)
        #expect(table.rows.map(\.label).prefix(3) == ["INTÄKTER", "KOSTNADER", "Post 1"])
        #expect(table.rows.map(\.label).suffix(3) == ["Post 60", "SUMMA KOSTNADER", "RESULTAT"])
        #expect(table.rows.first { $0.label == "Post 50" }?.cells.map(\.amountSEK) == [-50_000, -45_000])
        #expect(Set(table.rows.map(\.provenance.page)) == [1, 2])
        #expect(!document.warnings.contains { [.sumMismatch, .signSuspect, .missingCell].contains($0.code) })
    }
}
