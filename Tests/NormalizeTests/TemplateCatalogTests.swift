import Testing
@testable import Normalize

/// `planpipe templates`: the words of every data file listed, and one line explained cell by cell.
struct TemplateCatalogTests {
    static let catalog = Result { TemplateCatalog(domain: try DomainData.bundled()) }

    @Test func theReportListsEveryRoleHeadingAndKind() throws {
        let report = try Self.catalog.get().report()
        for role in ["activity", "resources", "effects", "timeline", "other", "measure", "effect", "figures"] {
            #expect(report.contains("\n  \(role) "), "\(role)")
        }
        #expect(report.contains("  timeline            tidplan, tidsplan, tid, när, klart, period, start, slut\n"))
        #expect(report.contains("  goal (with a number or a colon)  mål, delmål\n"))
        #expect(report.contains("  financial items     finansiella intäkter, ränteintäkter,"))
        #expect(report.contains("  handlingsplan       handlingsplan\n"))
        #expect(report.contains("  indicators (whole line)  indikator, indikatorer,"))
        #expect(report.split(separator: "\n").allSatisfy { $0.count <= 110 })
    }

    @Test func anActivityHeaderWithAnExtraColumn() throws {
        let lines = try Self.catalog.get().explain("Aktivitet | Ansvar | Tidplan | Förväntat resultat").split(separator: "\n")
        #expect(lines == [
            "\"Aktivitet | Ansvar | Tidplan | Förväntat resultat\"",
            "  activities cells: Aktivitet → activity; Ansvar → resources; Tidplan → timeline; Förväntat resultat → effects",
            "  activities table: yes; kept in extra: Tidplan",
            "  measures cells: Aktivitet → no role; Ansvar → no role; Tidplan → no role; Förväntat resultat → no role",
            "  measures table: no (needs measure and effect columns)",
            "  budget header: no (needs a unit cell or years with their basis; columns.json lists the columns that are no year)",
            "  heading: no (headings.json)",
        ])
    }

    /// A header printed on one line is split at header words; a budget header gives its columns.
    @Test func oneLineHeadersBudgetHeadersAndHeadings() throws {
        let catalog = try Self.catalog.get()
        let measures = catalog.explain("Insatser Effekt")
        #expect(measures.contains("  activities table: no (a measures header: every column a measure or effect column)\n"))
        #expect(measures.contains("  measures table: yes\n"))
        #expect(catalog.explain("Ansvar | Tidplan").contains("  activities table: no (no activity column)\n"))
        #expect(catalog.explain("Aktivitet   Tidplan").contains("  activities table: no (no resources or effects column)\n"))
        #expect(catalog.explain("Tkr Bokslut 2024 Budget 2025 Plan 2026").contains(
            "  budget header: yes, unit tkr; columns: Bokslut 2024, year 2024, basis bokslut | Budget 2025, year 2025, basis budget | Plan 2026, year 2026, basis plan\n"))
        #expect(catalog.explain("Belopp i tkr | Intäkter | Kostnader | Netto").contains(
            "  budget header: yes, unit tkr; columns: Intäkter | Kostnader | Netto\n"))
        #expect(catalog.explain("Mål 2.1 Fler företag").contains("  heading: goal heading, number 2.1, name \"Fler företag\"\n"))
    }
}
