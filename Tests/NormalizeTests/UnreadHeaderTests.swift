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

    /// A dump's insatser page with a column the measures pages do not have is reported, and the
    /// rest of the plan is still read.
    @Test func aDumpsHeaderWithAnExtraColumnIsReported() throws {
        let document = try InitiativeTests.normalize("""
            Sjuhärads kommunalförbund

            Verksamhetsplan 2027

            Mål 1.1 Fler växande företag
            Företagen växer.

            Aktivitet      Ansvar      Förväntat resultat

            Samordna företagslotsar.

            Näringslivsstrateg

            Fler företag får snabba besked.

            \u{0C}Prioriterade insatser      Ansvar      Effekt

            Delmål 1: Fler jobb i regionen

            1. Stärk samarbetet med näringslivet.

            Turismstrateg

            Fler företag etablerar sig i regionen.

            """)
        // The activity table ends at the next table's header.
        #expect(document.activities.map(\.activity) == ["Samordna företagslotsar."])
        #expect(document.activities.map(\.resources) == ["Näringslivsstrateg"])
        #expect(document.activities.map(\.effects) == [["Fler företag får snabba besked."]])
        #expect(document.activities.map(\.provenance.lines) == [10...14])
        #expect(document.measures.isEmpty)
        let warnings = document.warnings.filter { $0.code == .unmappedTable }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("(Prioriterade insatser Ansvar | Effekt)") == true)
        #expect(warnings.first?.message.contains("nothing under it is in measures") == true)
        #expect(warnings.first?.provenance?.lines == 16...16)
    }
}
