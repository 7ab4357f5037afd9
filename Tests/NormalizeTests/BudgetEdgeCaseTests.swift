import Foundation
import Ingest
import Testing
@testable import Normalize

/// Damaged tables give what can be read plus a warning: never a crash, never a wrong number.
struct BudgetEdgeCaseTests {
    static func normalize(_ text: String) throws -> PlanDocument {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "edge.txt", log: &log)
        var document = try Normalizer().normalize(source, log: log)
        document.warnings.removeAll { $0.code == .unclassified }  // the snippets name no förbund
        return document
    }

    @Test func aCutOffRowKeepsWhatWasPrinted() throws {
        let document = try Self.normalize("""
            BUDGET TEST
            Kr 2026 2025

            INTÄKTER 1 000 000 900 000

            Personal -600 000 -500 000

            SUMMA KOSTNADER -600 000 
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.last?.cells.map(\.amountSEK) == [-600_000, nil])
        #expect(document.warnings.map(\.code) == [.missingCell])
    }

    @Test func aTableWithoutUnitHasNoAmounts() throws {
        let document = try Self.normalize("""
            Intäkt A   10   20
            Intäkt B   5   5
            Summa intäkter   15   25

                         2025   2026

            Budget för test
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.unit == "")
        #expect(table.rows.flatMap(\.cells).allSatisfy { $0.amountSEK == nil })
        #expect(table.rows.map { $0.cells.map(\.text) } == [["10", "20"], ["5", "5"], ["15", "25"]])
        #expect(document.warnings.map(\.code) == [.unknownUnit])
    }

    @Test func aSumThatDoesNotAddUpIsKeptAndWarned() throws {
        let document = try Self.normalize("""
            BUDGET TEST
            Kr 2026

            INTÄKTER 1 000

            KOSTNADER

            Personal -400

            Övriga kostnader -300

            SUMMA KOSTNADER -800

            RESULTAT 300
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.map { $0.cells.first?.amountSEK } == [1_000, nil, -400, -300, -800, 300])
        #expect(document.warnings.map(\.code) == [.sumMismatch, .sumMismatch])
        #expect(document.warnings.first?.message.contains("printed -800, but the rows it sums add up to -700") == true)
    }

    /// A cell printed as text ("ej klart") cannot be read: the row keeps the number it can read and
    /// says that the layout does not show which column it belongs to.
    @Test func aNonNumericCellIsNotReadAsANumber() throws {
        let document = try Self.normalize("""
            BUDGET TEST
            Kr 2026 2025

            INTÄKTER 1 000 900

            Personal ej klart -500
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.last?.cells.map(\.amountSEK) == [-500, nil])
        #expect(document.warnings.map(\.code) == [.missingCell])
        #expect(document.warnings.first?.message.contains("does not show which column is empty") == true)
    }

    /// Amounts too long to be a budget figure are not read as numbers, so no sum can overflow.
    @Test func hugeDigitRunsNeverOverflow() throws {
        let document = try Self.normalize("""
            BUDGET TEST
            Kr 2026

            Intäkter A 90 000 000 000 000 000

            Intäkter B 90 000 000 000 000 000

            Summa intäkter 1
            """)
        #expect(document.budgetTables.flatMap(\.rows).flatMap(\.cells).compactMap(\.amountSEK).allSatisfy { $0 < 10_000_000_000_000 })
    }

    /// A staffing list whose total follows without a blank line keeps every row.
    @Test func aPercentListKeepsEveryRow() throws {
        let document = try Self.normalize("""
            Personal

            100%  Förbundsdirektör
            50%  Controller
            25%  Kommunikatör
            Totalt 175%
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.map(\.label) == ["Förbundsdirektör", "Controller", "Kommunikatör", "Totalt"])
        #expect(table.rows.map(\.kind) == [.other, .other, .other, .total])
        #expect(document.warnings.isEmpty)
    }
}

/// Row kinds and sections come from `budget-rows.json`, not from one plan's labels: a budget that
/// says "Inkomster", "Utgifter" and "Delsumma" is read as one that says "Intäkter", "Kostnader"
/// and "Summa", and its sums are checked the same way.
struct BudgetRowWordingTests {
    @Test func inkomsterUtgifterAndDelsumma() throws {
        let document = try BudgetEdgeCaseTests.normalize("""
            BUDGET TEST
            Kr 2026

            Medlemsavgifter 900

            Övriga inkomster 100

            Delsumma inkomster 1 000

            Personal -600

            Lokalutgifter -300

            Delsumma utgifter -900

            Periodens resultat 100
            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.map(\.kind) == [.income, .income, .subtotal, .cost, .cost, .subtotal, .result])
        #expect(document.warnings.map(\.code).isEmpty)
        // The same table with one sum wrong is warned about.
        let wrong = try BudgetEdgeCaseTests.normalize("""
            BUDGET TEST
            Kr 2026

            Medlemsavgifter 900

            Övriga inkomster 100

            Delsumma inkomster 1 100

            Personal -600

            Lokalutgifter -300

            Delsumma utgifter -900

            Periodens resultat 200
            """)
        #expect(wrong.warnings.map(\.code).contains(.sumMismatch))
    }
}

/// A budget header whose unit cell names the table ("Driftbudget (tkr)", "Resultatbudget, tkr")
/// is a header like "Belopp (tkr)"; figures the number reader does not take (accounting negatives
/// in parentheses) are reported, not passed over as a heading row.
struct BudgetNamedUnitTests {
    static func rows(_ unitCell: String, costs: (String, String)) -> String {
        """
        BUDGET TEST

        \(unitCell) Utfall 2024 Budget 2025

        Medlemsavgifter 80 000 82 000

        Personalkostnader \(costs.0) \(costs.1)

        Resultat 20 000 20 000
        """
    }

    @Test(arguments: ["Driftbudget (tkr)", "Resultatbudget, tkr"])
    func aUnitCellThatNamesItsTable(unitCell: String) throws {
        let document = try BudgetEdgeCaseTests.normalize(Self.rows(unitCell, costs: ("-60 000", "-62 000")))
        let table = try #require(document.budgetTables.first)
        #expect(table.unit == "tkr")
        #expect(table.columns.map(\.label) == ["Utfall 2024", "Budget 2025"])
        #expect(table.rows.map(\.label) == ["Medlemsavgifter", "Personalkostnader", "Resultat"])
        #expect(table.rows[1].cells.map(\.amountSEK) == [-60_000_000, -62_000_000])
        #expect(document.warnings.isEmpty)
    }

    /// The accountant's minus: a figure in parentheses is negative, its cell keeps the printed text.
    @Test func figuresInParenthesesAreNegative() throws {
        let document = try BudgetEdgeCaseTests.normalize(Self.rows("Driftbudget (tkr)", costs: ("(60 000)", "(62 000)")))
        let table = try #require(document.budgetTables.first)
        #expect(table.rows.map(\.label) == ["Medlemsavgifter", "Personalkostnader", "Resultat"])
        #expect(table.rows[1].cells.map(\.amountSEK) == [-60_000_000, -62_000_000])
        #expect(table.rows[1].cells.map(\.text) == ["(60 000)", "(62 000)"])
        #expect(!document.warnings.contains { $0.code == .unreadableCell })
    }

    @Test func onlyWholeParenthesesMakeANegative() {
        #expect(SwedishNumber.parseAccounting("(1 670)")?.mantissa == -1670)
        #expect(SwedishNumber.parseAccounting("(12,5)")?.mantissa == -125)
        #expect(SwedishNumber.parseAccounting("-1 670")?.mantissa == -1670)
        #expect(SwedishNumber.parseAccounting("(-1 670)") == nil)
        #expect(SwedishNumber.parseAccounting("(1 670") == nil)
        #expect(SwedishNumber.parseAccounting("()") == nil)
        #expect(SwedishNumber.parse("(1 670)") == nil)
        let tail = NumberTail.split("Summa kostnader (98 000) (101 000) 104 000", columns: 3, spacing: .singleSpaced)
        #expect(tail?.label == "Summa kostnader")
        #expect(tail?.cells.map { $0?.mantissa } == [-98_000, -101_000, 104_000])
    }
}
