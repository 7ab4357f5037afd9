import Foundation
import Ingest
import Testing
@testable import Normalize

/// A dump's budget header is read where its rows stand, over or under them, however it is worded:
/// pdftotext prints a header under its rows as often as over them, and next year's plan may say
/// "Budget 2026" where this year's said "2026".
struct BudgetHeaderPlacementTests {
    static let rows = """
        Medlemsavgift   10 447   10 760
        Övriga intäkter   1 961   2 002
        Summa intäkter tkr   12 408   12 762
        """

    /// The table of `header` printed over or under `rows`, after a title.
    static func table(header: String, above: Bool) throws -> BudgetTable {
        let text = above
            ? "Förbundets budget\n\n\(header)\n\n\(rows)\n"
            : "\(rows)\n\n\(header)\n\nFörbundets budget\n"
        let document = try BudgetEdgeCaseTests.normalize(text)
        #expect(document.budgetTables.count == 1)
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
        return try #require(document.budgetTables.first)
    }

    @Test(arguments: [
        ("               2025    2026", ["2025", "2026"]),
        ("               Budget 2025    Budget 2026", ["Budget 2025", "Budget 2026"]),
        ("               Budget 2025    Plan 2026", ["Budget 2025", "Plan 2026"]),
        ("Tkr            2025    2026", ["2025", "2026"]),
    ], [true, false])
    func aHeaderReadsItsRowsOnEitherSide(header: (String, [String]), above: Bool) throws {
        let table = try Self.table(header: header.0, above: above)
        #expect(table.title == "Förbundets budget")
        #expect(table.columns.map(\.label) == header.1)
        #expect(table.columns.map(\.year) == [2025, 2026])
        #expect(table.rows.map(\.label) == ["Medlemsavgift", "Övriga intäkter", "Summa intäkter tkr"])
        #expect(table.rows.map { $0.cells.map(\.text) } == [["10 447", "10 760"], ["1 961", "2 002"], ["12 408", "12 762"]])
        // The unit of "Summa intäkter tkr" (or of the header) gives the amounts.
        #expect(table.rows.first?.cells.map(\.amountSEK) == [10_447_000, 10_760_000])
    }

    /// A list of label lines after the rows ends the table: "Totalt 725%" under a list of
    /// staff is no row of it.
    @Test func aListAfterTheRowsIsNoPartOfTheTable() throws {
        let document = try BudgetEdgeCaseTests.normalize("""
            Förbundets budget

            Budget 2025    Budget 2026

            \(Self.rows)

            DRUM-finansiering

            Personal

            Förbundsdirektör

            Ekonom

            Totalt 725%
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.map(\.label) == ["Medlemsavgift", "Övriga intäkter", "Summa intäkter tkr"])
        #expect(!document.warnings.contains { $0.code == .missingCell })
    }

    /// Section labels inside a table ("INTÄKTER", two in a row) stay rows with empty cells.
    @Test func sectionLabelsStayInTheTable() throws {
        let document = try BudgetEdgeCaseTests.normalize("""
            Tkr   2025   2026

            VERKSAMHET

            INTÄKTER

            Medlemsavgift   100   110

            KOSTNADER

            Personal   -90   -100
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.map(\.label) == ["VERKSAMHET", "INTÄKTER", "Medlemsavgift", "KOSTNADER", "Personal"])
    }

    /// A header with no row of figures on either side is reported, not dropped in silence.
    @Test func aHeaderWithoutRowsIsReported() throws {
        let document = try BudgetEdgeCaseTests.normalize("""
            Förbundets budget

            Tkr   Budget 2025   Budget 2026

            Budgeten beslutas av direktionen i juni och redovisas i delårsrapporten.
            """)
        #expect(document.budgetTables.isEmpty)
        let warning = try #require(document.warnings.first { $0.code == .unmappedTable })
        #expect(warning.message.contains("Tkr Budget 2025 Budget 2026"))
        #expect(warning.message.contains("budget_tables"))
        #expect(warning.provenance?.lines == 3...3)
    }
}

/// Seed 001 with its year header reworded ("Budget 2025 …", "Tkr 2025 …") or moved over its rows
/// gives the seed's budget tables, cell for cell.
struct BudgetHeaderSeedVariantTests {
    static let header = "               2025    2026    2027"
    static let firstRow = "Medlemsavgift   10 447   10 760   11 083"

    static func tables(_ edit: ([String]) -> [String]) throws -> [BudgetTable] {
        let url = TestFiles.seed("001_c3d3db462980bb96.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines.contains(header) && lines.contains(firstRow))
        return try BudgetEdgeCaseTests.normalize(edit(lines).joined(separator: "\n")).budgetTables
    }

    static func cells(_ tables: [BudgetTable]) -> [[[String]]] {
        tables.map { $0.rows.map { [$0.label] + $0.cells.map(\.text) } }
    }

    @Test(arguments: ["               Budget 2025    Budget 2026    Budget 2027", "Tkr            2025    2026    2027"])
    func aRewordedHeaderUnderTheRows(header: String) throws {
        let seed = try Self.tables { $0 }
        let variant = try Self.tables { $0.map { $0 == Self.header ? header : $0 } }
        #expect(seed.count == 4)
        #expect(variant.map(\.title) == seed.map(\.title))
        #expect(Self.cells(variant) == Self.cells(seed))
        #expect(variant.first?.columns.map(\.year) == [2025, 2026, 2027])
    }

    @Test func theHeaderOverTheRows() throws {
        let seed = try Self.tables { $0 }
        let variant = try Self.tables { lines in
            var lines = lines.filter { $0 != Self.header }
            let first = lines.firstIndex(of: Self.firstRow) ?? 0
            lines.insert(contentsOf: [Self.header, ""], at: first)
            return lines
        }
        #expect(variant.count == seed.count)
        #expect(Self.cells(variant) == Self.cells(seed))
    }
}
