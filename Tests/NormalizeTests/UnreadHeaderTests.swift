import Foundation
import Ingest
import Testing
@testable import Normalize

/// A word processor's bordered tables fitted to their text (`tight-tables.pdf`, LibreOffice):
/// cells stand 1–15 pt apart and headers are centred, so the geometry of a row tells no columns.
/// Both tables are read: the budget under "Driftbudget (tkr)", and the activity table by its known
/// header and the clear strips between its body's columns (`FittedGrids`). Where the body shows
/// no such strips, the header is reported instead of vanishing.
struct UnreadHeaderTests {
    @Test func aTableFittedToItsTextIsRead() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("tight-tables"))
        let budget = try #require(document.budgetTables.first)
        #expect(budget.unit == "tkr")
        #expect(budget.columns.map(\.label) == ["Utfall 2024", "Budget 2025", "Budget 2026"])
        #expect(budget.rows.last?.cells.map(\.amountSEK) == [20_000_000, 20_000_000, 20_000_000])
        #expect(document.activities.map(\.activity) == ["Samordna företagslotsar.", "Arrangera en företagarträff."])
        // "Näringslivsstrate" / "g": the narrow column broke the word without a hyphen.
        #expect(document.activities.map(\.resources) == ["Näringslivsstrateg", "Kansliet"])
        #expect(document.activities.map(\.effects) == [["Fler företag får snabba besked."],
                                                        ["Ökad kontakt mellan företag och kommuner."]])
        #expect(document.activities.map(\.extra.cells) == [[.init(header: "Budget 2026", text: "200 tkr")],
                                                            [.init(header: "Budget 2026", text: "150 tkr")]])
        #expect(document.activities.allSatisfy { $0.goal == "Fler växande företag" && $0.area == "Hållbar tillväxt" })
        // The budget, read from the rows of figures outside any grid, is listed as a dump's would be.
        #expect(document.tables.map(\.header) == [["Aktivitet", "Ansvarig", "Budget 2026", "Förväntad effekt"],
                                                  ["Driftbudget (tkr)", "Utfall 2024", "Budget 2025", "Budget 2026"]])
        #expect(document.tables.map(\.readAs) == [.activities, .budgetTables])
        #expect(document.tables.last?.rows.map(\.first) == ["Medlemsavgifter", "Summa intäkter", "Personalkostnader",
                                                             "Summa kostnader", "Resultat"])
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// The same header over a body whose words stand evenly apart: no strip tells the columns,
    /// so no table is made up and the header is reported.
    @Test func aHeaderOverABodyWithoutColumnsIsReported() throws {
        func line(_ number: Int, y: Double, _ words: [(String, Double)]) -> SourceLine {
            let placed = words.map { text, x in
                Word(text: text, bbox: BoundingBox(x0: x, y0: y, x1: x + Double(text.count) * 6, y1: y + 14))
            }
            return SourceLine(number: number, page: 1, text: words.map(\.0).joined(separator: " "),
                              bbox: BoundingBox.union(placed.map(\.bbox)), words: placed, block: number)
        }
        func evenly(_ text: String, from x: Double) -> [(String, Double)] {
            var x = x
            return text.split(separator: " ").map { word in
                defer { x += Double(word.count) * 6 + 3 }
                return (String(word), x)
            }
        }
        let lines = [
            line(1, y: 40, evenly("Verksamhetsplan 2026 Fyrbodals kommunalförbund", from: 56)),
            line(2, y: 100, evenly("Aktivitet Ansvarig Budget 2026 Förväntad effekt", from: 56)),
            line(3, y: 120, evenly("Samordna företagslotsar med kansliet och fler företag får besked", from: 56)),
            line(4, y: 136, evenly("Arrangera en företagarträff för kommunerna i hela regionen nu", from: 56)),
        ]
        let source = SourceDocument(path: "even.pdf", format: .pdf, sha256: "",
                                    pages: [SourcePage(number: 1, width: 595, height: 842, lines: lines)])
        let document = try Normalizer().normalize(source)
        #expect(document.activities.isEmpty)
        let warning = try #require(document.warnings.first { $0.code == .unmappedTable })
        #expect(warning.message.contains("Aktivitet | Ansvarig | Budget 2026 | Förväntad effekt"))
        #expect(warning.provenance?.lines == 2...2)
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
