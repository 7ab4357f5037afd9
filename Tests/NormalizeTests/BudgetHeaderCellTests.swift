import Foundation
import Ingest
import Testing
@testable import Normalize

/// A budget header's cells as other offices print them: a first cell naming the rows' column
/// ("Verksamhet 2026 2025"), an abbreviated figure column ("Förändr."), or a column no vocabulary
/// names. The table is read when the header can be told, and reported with its cells when not.
struct BudgetHeaderCellTests {
    /// Seed 003's budget tables and the document with its seven headers "Kr 2026 2025" printed as `header`.
    static func seed003(header: String) throws -> (seed: [BudgetTable], variant: PlanDocument) {
        let url = TestFiles.seed("003_7ca1042aa7ecc69e.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let seed = try BudgetEdgeCaseTests.normalize(lines.joined(separator: "\n")).budgetTables
        let variant = try BudgetEdgeCaseTests.normalize(
            lines.map { $0 == BudgetUnitWordTests.header ? "\(header) " : $0 }.joined(separator: "\n"))
        return (seed, variant)
    }

    @Test(arguments: [("Verksamhet 2026 2025", "Verksamhet", ""), ("Post Budget 2026 Budget 2025", "Post", ""),
                      ("Resultaträkning 2026 2025", "Resultaträkning", ""),
                      ("Kostnadsslag Kr 2026 2025", "Kostnadsslag Kr", "kr")])
    func aFirstCellNamingTheRowsKeepsTheTables(header: String, firstCell: String, unit: String) throws {
        let (seed, document) = try Self.seed003(header: header)
        let variant = document.budgetTables
        #expect(variant.count == 7)
        #expect(BudgetHeaderSeedVariantTests.cells(variant) == BudgetHeaderSeedVariantTests.cells(seed))
        #expect(variant.allSatisfy { $0.unit == unit })
        #expect(document.warnings.filter { $0.code == .unknownUnit }.count == (unit.isEmpty ? 7 : 0))
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
        #expect(document.tables.filter { $0.readAs == .budgetTables }.map { $0.header.first } == Array(repeating: firstCell, count: 7))
    }

    /// A header with a column no vocabulary names ("Not") is no header: each table is listed in
    /// `tables` with its title, its header whole and its rows as printed (section labels and
    /// empty cells too), and reported; none is lost in silence.
    @Test func aHeaderThatCannotBeReadIsReportedWithItsRows() throws {
        let (seed, document) = try Self.seed003(header: "Kr 2026 2025 Not")
        #expect(document.budgetTables.isEmpty)
        let unread = document.tables.filter { $0.readAs == nil }
        #expect(unread.map(\.title) == seed.map(\.title))
        #expect(unread.allSatisfy { $0.header == ["Kr 2026 2025 Not", "", ""] })
        #expect(unread.map(\.rows) == BudgetHeaderSeedVariantTests.cells(seed))
        #expect(document.warnings.filter { $0.code == .unmappedTable }.count == 7)
    }

    /// Single spaces part both cells and thousands: a run of rows is read with the fewest columns
    /// that read every row ("-8 768 000" is one figure, not "-8" and "768 000").
    @Test func unreadFiguresKeepTheirGroups() throws {
        let document = try BudgetEdgeCaseTests.normalize("""
            BUDGET TEST
            Kr 2026 2025 Not

            Personal -8 768 000 -8 593 000
            Övriga kostnader -3 252 000 -1 991 000
            OH-kostnader -941 000 -1 054 000
            SUMMA KOSTNADER -12 961 000 -11 638 000
            """)
        #expect(document.tables.map(\.rows) == [[
            ["Personal", "-8 768 000", "-8 593 000"],
            ["Övriga kostnader", "-3 252 000", "-1 991 000"],
            ["OH-kostnader", "-941 000", "-1 054 000"],
            ["SUMMA KOSTNADER", "-12 961 000", "-11 638 000"],
        ]])
        #expect(document.tables.first?.readAs == nil)
        #expect(document.tables.first?.header == ["Kr 2026 2025 Not", "", ""])
        #expect(document.tables.first?.title == "BUDGET TEST")
        #expect(document.warnings.map(\.code) == [.noStructureFound, .unmappedTable])
    }

    @Test func anAbbreviatedFigureColumnIsAColumn() throws {
        let tables = try BudgetEdgeCaseTests.normalize("""
            Förbundets budget
            Tkr Budget 2026 Budget 2025 Förändr.
            Medlemsavgifter 10 760 10 447 313
            Övriga intäkter 2 002 1 961 41
            Summa intäkter 12 762 12 408 354
            """).budgetTables
        #expect(tables.map { $0.columns.map(\.label) } == [["Budget 2026", "Budget 2025", "Förändr."]])
        #expect(tables.first?.columns.map(\.year) == [2026, 2025, nil])
        #expect(tables.first?.rows.map { $0.cells.map(\.amountSEK) }
            == [[10_760_000, 10_447_000, 313_000], [2_002_000, 1_961_000, 41_000], [12_762_000, 12_408_000, 354_000]])
    }

    /// A first cell needs a plan's years after it: a row whose figures look like years stays a row.
    @Test func figuresThatLookLikeYearsStayARow() throws {
        let tables = try BudgetEdgeCaseTests.normalize("""
            BUDGET TEST
            Verksamhet 2026 2025
            Avgifter 1 200 1 150
            Bidrag 2000 2050
            Summa intäkter 3 200 3 200
            """).budgetTables
        #expect(tables.map { $0.rows.map(\.label) } == [["Avgifter", "Bidrag", "Summa intäkter"]])
        #expect(tables.first?.rows[1].cells.map(\.text) == ["2000", "2050"])
    }

    /// The same headers in a PDF (budget-headers.pdf, printed by Chromium): a first cell with no
    /// unit, a currency no vocabulary names, a unit in words over an abbreviated column, and a
    /// column no reader knows, which is listed and reported rather than guessed.
    @Test func theHeadersInAPDF() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("budget-headers"))
        #expect(document.tables.map(\.header) == [
            ["Verksamhet", "2026", "2025"], ["EUR", "2026", "2025"],
            ["Belopp i tusen kronor", "Budget 2026", "Budget 2025", "Förändr."], ["Kr", "2026", "2025", "Not"],
        ])
        #expect(document.tables.map(\.readAs) == [.budgetTables, .budgetTables, .budgetTables, nil])
        let tables = document.budgetTables
        #expect(tables.map(\.title) == ["BUDGET FÖRBUNDSKANSLI", "Projektbudget Interreg", "Medlemsfinansiering"])
        #expect(tables.map(\.unit) == ["", "", "tkr"])
        #expect(tables.map(\.rows.count) == [6, 6, 3])
        #expect(tables[0].rows.map(\.label) == ["INTÄKTER", "KOSTNADER", "Personal", "Övriga kostnader", "SUMMA KOSTNADER", "RESULTAT"])
        #expect(tables[2].columns.map(\.year) == [2026, 2025, nil])
        #expect(tables[2].rows.map { $0.cells.map(\.amountSEK) }
            == [[10_760_000, 10_447_000, 313_000], [2_002_000, 1_961_000, 41_000], [12_762_000, 12_408_000, 354_000]])
        let unknown = document.warnings.filter { $0.code == .unknownUnit }.map(\.message)
        #expect(unknown.count == 2)
        #expect(unknown.last?.contains("its unit 'EUR' is none planpipe knows") == true)
        #expect(document.warnings.filter { $0.code == .unmappedTable }.count == 1)
        #expect(document.tables[3].rows.first == ["Kansli", "−4 200 000", "−4 000 000", "3"])
    }
}
