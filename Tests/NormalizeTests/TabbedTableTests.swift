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
        #expect(budget.title == "Budget")
        #expect(budget.provenance.lines == 16...23)  // from its title, as the dump's budget scanner gives
        #expect(!document.warnings.contains { $0.code == .sumMismatch || $0.code == .unmappedTable })
    }

    /// A tabbed table that no list reads is kept in `tables` and reported, never dropped.
    @Test func anUnknownTabbedTableIsReported() throws {
        let document = try InitiativeTests.normalize("Skaraborgs kommunalförbund\n\nMötesplan\n\n"
            + "Vad\tVem\tNär\nStyrelsemöte\tStyrelsen\tMars\nÅrsstämma\tFörbundsfullmäktige\tApril\n"
            + "Höstmöte\tStyrelsen\tOktober\n\nText efter tabellen.\n")
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.readAs == nil)
        #expect(table.title == "Mötesplan")
        #expect(table.header == ["Vad", "Vem", "När"])
        #expect(table.rows == [["Styrelsemöte", "Styrelsen", "Mars"], ["Årsstämma", "Förbundsfullmäktige", "April"],
                               ["Höstmöte", "Styrelsen", "Oktober"]])
        #expect(table.provenance.lines == 5...8)
        #expect(document.warnings.contains { $0.code == .unmappedTable && $0.message.contains("'Mötesplan'") })
    }

    /// A word processor's bullet list ("•", a tab, the item) is a list, not a table.
    @Test func aBulletListWithTabsIsNoTable() throws {
        let document = try InitiativeTests.normalize("Skaraborgs kommunalförbund\n\nVåra uppdrag\n\n"
            + "•\tStödja kommunerna\n•\tDriva projekt\n•\tSamordna nätverk\n1.\tEtt\n2.\tTvå\n3.\tTre\n")
        #expect(document.tables.isEmpty)
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// A table broken by a page (a form feed) is one table; a row whose first cell is empty is a
    /// further paragraph of each cell above it, so an effects cell of two paragraphs gives two effects.
    @Test func aTabbedTableAcrossAPageWithACellOfTwoParagraphs() throws {
        let document = try InitiativeTests.normalize("""
            Skaraborgs kommunalförbund

            Mål 1.1 Fler växande företag

            Aktivitet\tResurser\tÖnskade effekter på lång sikt
            Samordna lotsar.\tKansliet\tSnabbare besked.
            \t\tFler etableringar.
            \u{0C}Arrangera en träff.\tNätverket\tÖkad kontakt.

            Efter tabellen.

            """)
        #expect(document.activities.map(\.activity) == ["Samordna lotsar.", "Arrangera en träff."])
        #expect(document.activities.map(\.effects) == [["Snabbare besked.", "Fler etableringar."], ["Ökad kontakt."]])
        #expect(document.activities.map(\.provenance.lines) == [6...7, 8...8])
        #expect(document.activities.map(\.provenance.page) == [1, 2])
        #expect(document.activities.map(\.goal) == ["Fler växande företag", "Fler växande företag"])
        let tables = document.tables.filter { $0.readAs == .activities }
        #expect(tables.count == 1)
        #expect(tables.first?.rows == [["Samordna lotsar.", "Kansliet", "Snabbare besked. Fler etableringar."],
                                       ["Arrangera en träff.", "Nätverket", "Ökad kontakt."]])
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// A dump mixing a tabbed table with a figure table that pdftotext printed lists both, in the
    /// order they stand, and reads neither twice.
    @Test func tabbedAndPrintedTablesInDocumentOrder() throws {
        let document = try InitiativeTests.normalize("""
            Skaraborgs kommunalförbund

            Nyckeltal

            Kommun           2024     2025
            Lidköping          120      130
            Skövde             140      150
            Mariestad           90       95

            Mötesplan

            Vad\tVem\tNär
            Styrelsemöte\tStyrelsen\tMars
            Årsstämma\tFörbundsfullmäktige\tApril

            """)
        #expect(document.tables.map(\.title) == ["Nyckeltal", "Mötesplan"])
        #expect(document.tables.map(\.rows.count) == [3, 2])
        #expect(document.tables.map(\.readAs) == [nil, nil])
        #expect(document.warnings.filter { $0.code == .unmappedTable }.count == 2)
    }

    @Test func aDumpKeepsEachLinesTabCells() throws {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data("a\tb\t\tc\nno tab\n".utf8), path: "tabs.txt", log: &log)
        let lines = source.pages.flatMap(\.lines)
        #expect(lines.map(\.tabCells) == [["a", "b", "", "c"], nil])
        #expect(lines.first?.text == "a b  c")
    }
}

/// Insatser pages saved with tabs: each line an insats and its effect, a goal heading between
/// delmål, a row with no insats a further paragraph of the effect above.
struct TabbedMeasureTests {
    @Test func insatserAndEffectsByTheirTabs() throws {
        let document = try InitiativeTests.normalize("""
            Fyrbodals kommunalförbund

            Insatsområde 1: Regional utveckling

            Text om området.
            \u{0C}Insatser\tFörväntade effekter

            Delmål 1: Fler jobb

            1. Stärk näringslivet.\tFler företag etablerar sig.
            \tFler arbetstillfällen i hela regionen.
            2. Utveckla besöksnäringen.\tFler besökare stannar.

            Delmål 2: Bättre kompetensförsörjning

            1. Samordna praktikplatser.\tFler elever får praktik.

            """)
        #expect(document.measures.map(\.measure) == ["Stärk näringslivet.", "Utveckla besöksnäringen.", "Samordna praktikplatser."])
        #expect(document.measures.map(\.effect) == ["Fler företag etablerar sig. Fler arbetstillfällen i hela regionen.",
                                                    "Fler besökare stannar.", "Fler elever får praktik."])
        #expect(document.measures.map(\.objective) == ["Fler jobb", "Fler jobb", "Bättre kompetensförsörjning"])
        #expect(document.measures.map(\.area) == Array(repeating: "Regional utveckling", count: 3))
        #expect(document.measures.map(\.provenance.lines) == [10...11, 12...12, 16...16])
        let tables = document.tables.filter { $0.readAs == .measures }
        #expect(tables.map(\.title) == ["Delmål 1: Fler jobb", "Delmål 2: Bättre kompetensförsörjning"])
        #expect(tables.map(\.rows.count) == [2, 1])
        #expect(document.goals.filter { $0.goal == "Fler jobb" || $0.goal == "Bättre kompetensförsörjning" }
            .map(\.provenance.lines) == [8...8, 14...14])
    }
}
