import Foundation
import Ingest
import Testing
@testable import Normalize

/// Seed 003's unit cell "Kr" printed as other offices print it ("SEK", "TSEK", "Belopp i tusen
/// kronor") gives the same tables and amounts, scaled by the unit; a unit no vocabulary names
/// ("EUR") gives the same tables with no amounts and a warning naming it.
struct BudgetUnitWordTests {
    static let header = "Kr 2026 2025 "

    /// Seed 003's budget tables with its seven unit cells "Kr" printed as `unit`.
    static func tables(unit: String) throws -> (seed: [BudgetTable], variant: PlanDocument) {
        let url = TestFiles.seed("003_7ca1042aa7ecc69e.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines.filter { $0 == header }.count == 7)
        let seed = try BudgetEdgeCaseTests.normalize(lines.joined(separator: "\n")).budgetTables
        let variant = try BudgetEdgeCaseTests.normalize(
            lines.map { $0 == header ? "\(unit) 2026 2025 " : $0 }.joined(separator: "\n"))
        return (seed, variant)
    }

    @Test(arguments: [("SEK", 1), ("Kronor", 1), ("TSEK", 1_000), ("Belopp i tusen kronor", 1_000),
                      ("Tusental kronor", 1_000), ("Belopp (tusen kronor)", 1_000), ("Miljoner kronor", 1_000_000)])
    func theUnitWordsNameTheUnit(unit: String, scale: Int) throws {
        let (seed, document) = try Self.tables(unit: unit)
        let variant = document.budgetTables
        #expect(variant.count == 7)
        #expect(BudgetHeaderSeedVariantTests.cells(variant) == BudgetHeaderSeedVariantTests.cells(seed))
        #expect(variant.map { $0.rows.map { $0.cells.map { $0.amountSEK.map { $0 / scale } } } }
            == seed.map { $0.rows.map { $0.cells.map(\.amountSEK) } })
        #expect(!document.warnings.contains { $0.code == .unknownUnit })
    }

    @Test(arguments: ["EUR", "(euro)", "Belopp i euro"])
    func anUnknownUnitKeepsTheTablesAndSaysSo(unit: String) throws {
        let (seed, document) = try Self.tables(unit: unit)
        let variant = document.budgetTables
        #expect(BudgetHeaderSeedVariantTests.cells(variant) == BudgetHeaderSeedVariantTests.cells(seed))
        #expect(variant.allSatisfy { $0.unit.isEmpty && $0.rows.allSatisfy { $0.cells.allSatisfy { $0.amountSEK == nil } } })
        let warnings = document.warnings.filter { $0.code == .unknownUnit }
        #expect(warnings.count == 7)
        #expect(warnings.allSatisfy { $0.message.contains("its unit '\(unit)' is none planpipe knows") })
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// A line that only looks like an unknown unit's header, with no rows by it, is prose: no
    /// table, no warning; and a row whose figures look like years stays a row.
    @Test func anUnknownUnitNeedsRows() throws {
        let prose = try BudgetEdgeCaseTests.normalize("""
            Förbundet i siffror

            EUR 2026 2027

            Projektet söker medel ur regionalfonden under perioden.
            """)
        #expect(prose.budgetTables.isEmpty)
        #expect(!prose.warnings.contains { [.unknownUnit, .unmappedTable].contains($0.code) })

        let table = try BudgetEdgeCaseTests.normalize("""
            BUDGET TEST
            Tkr 2026 2025
            Bidrag 2000 2050
            Avgifter 1 200 1 150
            Summa intäkter 3 200 3 200
            """).budgetTables
        #expect(table.map { $0.rows.map(\.label) } == [["Bidrag", "Avgifter", "Summa intäkter"]])
        #expect(table.first?.rows.first?.cells.map(\.amountSEK) == [2_000_000, 2_050_000])
    }

    @Test func unitCells() {
        #expect(["Belopp i tusen kronor", "tusentals kr", "Belopp, tusen kronor", "Driftbudget (tusen kronor)"]
            .map(BudgetHeader.unitHeader) == [.tkr, .tkr, .tkr, .tkr])
        #expect(["Miljoner kronor", "Belopp i miljoner kr"].map(BudgetHeader.unitHeader) == [.mnkr, .mnkr])
        #expect(["Driftbudget tusen kronor", "Belopp i euro", "Tusen"].map(BudgetHeader.unitHeader) == [nil, nil, nil])
        #expect(["EUR", "(euro)", "NOK"].allSatisfy(BudgetHeader.looksLikeUnit))
        #expect(!["Bidrag", "INTÄKTER", "2026", "Eur"].contains(where: BudgetHeader.looksLikeUnit))
    }

    @Test func unitWords() {
        #expect(["SEK", "(sek)", "kronor"].map { MoneyUnit(word: $0) } == [.kr, .kr, .kr])
        #expect(["TSEK", "tkr", "KSEK", "kkr"].map { MoneyUnit(word: $0) } == [.tkr, .tkr, .kkr, .kkr])
        #expect(["MSEK", "mnkr", "Mkr"].map { MoneyUnit(word: $0) } == [.mnkr, .mnkr, .mnkr])
        #expect(MoneyUnit(word: "sekel") == nil)
    }
}
