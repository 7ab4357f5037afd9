import Foundation
import Ingest
import Testing
@testable import Normalize

/// A word processor's bordered tables fitted to their text (`tight-tables.pdf`, LibreOffice): the
/// budget under "Driftbudget (tkr)" is read; the activity table, whose cells stand closer than
/// the geometry can tell columns apart, is not, and says so instead of vanishing.
struct UnreadHeaderTests {
    @Test func aTableWhoseColumnsCannotBeToldApartIsReported() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("tight-tables"))
        let budget = try #require(document.budgetTables.first)
        #expect(budget.unit == "tkr")
        #expect(budget.columns.map(\.label) == ["Utfall 2024", "Budget 2025", "Budget 2026"])
        #expect(budget.rows.last?.cells.map(\.amountSEK) == [20_000_000, 20_000_000, 20_000_000])
        #expect(document.activities.isEmpty)
        let warning = try #require(document.warnings.first { $0.code == .unmappedTable })
        #expect(warning.message.contains("Aktivitet | Ansvarig | Budget 2026 | Förväntad effekt"))
        #expect(warning.provenance?.page == 1)
    }

    /// Headers of tables that were read give no such warning (seed 000's 16 activity tables).
    @Test func readTablesGiveNoWarning() throws {
        let document = try TestFiles.extract(TestFiles.seed("000_95ad663e025e0bbc.txt"))
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }
}
