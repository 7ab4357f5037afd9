import Foundation
import Ingest
import Testing
@testable import Normalize

/// The layout layer, one feature per test, on small PDFs made by scripts/make-fixtures.sh and on
/// dumps written here.
struct LayoutTests {
    /// Three pages, each with the running header "Fyrbodals kommunalförbund · Aktivitetsplan 2023"
    /// and "Sida N av 3" in the footer (printed by Chromium): neither reaches the content.
    @Test func runningHeadersAndPageNumbersAreRemoved() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("furniture"))
        #expect(document.activities.map(\.activity) == [
            "Samordna kommunernas arbete med e-tjänster.", "Driva nätverket för informationssäkerhet.",
            "Utreda en gemensam plattform för integrationer.", "Erbjuda utbildning i digitalt ledarskap.",
        ])
        #expect(document.activities.map(\.effects) == [
            ["Invånarna möter en enkel digital service."], ["Informationen hanteras säkert."],
            ["Systemen kan tala med varandra."], ["Chefer leder den digitala omställningen."],
        ])
        #expect(document.goals.map(\.description) == [
            "Kommunerna använder digitaliseringens möjligheter för att utveckla välfärden.",
            "Kommunerna delar digital infrastruktur där det ger nytta.",
            "Medarbetarna har den digitala kompetens som arbetet kräver.",
        ])
        let texts = document.tables.flatMap { [$0.title ?? ""] + $0.header + $0.rows.flatMap { $0 } }
            + document.goals.compactMap(\.description)
        #expect(!texts.contains { $0.contains("Aktivitetsplan 2023") || $0.contains("Sida ") })
    }

    /// The furniture of a PDF, line by line: the header and the footer of every page, nothing else.
    @Test func furnitureLinesAreTheHeaderAndFooterOfEachPage() throws {
        var log = DiagnosticLog()
        let source = try DocumentLoader().load(TestFiles.fixturePDF("furniture"), log: &log)
        let furniture = PageFurniture(source)
        let texts = source.lines.filter { furniture.lineNumbers.contains($0.number) }.map(\.text)
        #expect(texts == [
            "Fyrbodals kommunalförbund · Aktivitetsplan 2023", "Sida 1 av 3",
            "Fyrbodals kommunalförbund · Aktivitetsplan 2023", "Sida 2 av 3",
            "Fyrbodals kommunalförbund · Aktivitetsplan 2023", "Sida 3 av 3",
        ])
    }

    /// A text dump with form feeds repeats its running header and page number on every page:
    /// they are furniture; the title on page 1, which is not repeated, is not.
    @Test func textDumpFurnitureIsTheRepeatedEdgeLines() throws {
        let pages = (1...3).map { page in
            "Fyrbodals kommunalförbund · Aktivitetsplan 2023\n\nInnehåll på sidan \(page) som är olika.\nMer text.\n\n\(page)\n"
        }
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(("Aktivitetsplan 2023\n\n" + pages.joined(separator: "\u{0C}")).utf8),
                                                path: "plan.txt", log: &log)
        let furniture = PageFurniture(source)
        let texts = source.lines.filter { furniture.lineNumbers.contains($0.number) }.map(\.text)
        #expect(texts == ["Fyrbodals kommunalförbund · Aktivitetsplan 2023", "1",
                          "Fyrbodals kommunalförbund · Aktivitetsplan 2023", "2",
                          "Fyrbodals kommunalförbund · Aktivitetsplan 2023", "3"])
    }

    /// A table cell that ends several pages second from the bottom ("Kansliet" over its effect)
    /// is content: a line second from a page's edge is furniture only beside a page number.
    @Test func aCellRepeatedAtPageEndsIsContent() throws {
        let pages = [("Samordna lotsarna.", "Snabbare besked."), ("Arrangera en träff.", "Fler kontakter."),
                     ("Följ upp etableringar.", "Bättre underlag.")].map { activity, effect in
            "Verksamhetsplan i korthet för året\n\n\(activity)\n\nKansliet\n\n\(effect)\n"
        }
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(pages.joined(separator: "\u{0C}").utf8), path: "plan.txt", log: &log)
        let furniture = PageFurniture(source)
        #expect(source.lines.filter { furniture.lineNumbers.contains($0.number) }.map(\.text)
                    == Array(repeating: "Verksamhetsplan i korthet för året", count: 3))
    }

    @Test(arguments: ["12", "Sida 3", "Sida 3 av 9", "3 (9)", "- 4 -", "3/9"])
    func pageNumbers(text: String) {
        #expect(PageFurniture.isPageNumber(text))
    }

    @Test(arguments: ["2026 12 000", "Budget 2026", "Sida", "12345"])
    func notPageNumbers(text: String) {
        #expect(!PageFurniture.isPageNumber(text))
    }

    /// A cell of three paragraphs, a resources cell of two and an effects cell of three stay in
    /// their row; an activity wrapped over three lines is one row. Each effects paragraph is an
    /// effect.
    @Test func multiParagraphCellsAndWrappedLabelsStayInTheirRow() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("cell-paragraphs"))
        #expect(document.activities.count == 4)
        #expect(document.activities.map(\.activity) == [
            "Samordna det regionala nätverket för vuxenutbildning. Ta fram en gemensam plan för validering. Följa upp planen varje halvår.",
            "Arrangera en konferens om studie- och yrkesvägledning.",
            "Stödja kommunerna i arbetet med lärcentrum.",
            "Driva projektet Kompetensnavet tillsammans med regionen, arbetsförmedlingen, högskolorna och de fjorton kommunerna i förbundet under hela projektperioden fram till och med våren.",
        ])
        #expect(document.activities.map(\.resources) == [
            "Utvecklingsledare för vuxenutbildning.", "Nätverket för studie- och yrkesvägledare.",
            "Kommunernas lärcentrumsamordnare. Förbundets analytiker.", "Projektledare.",
        ])
        #expect(document.activities[2].effects == [
            "Fler studerar på distans.", "Lärcentrum finns i alla kommuner.", "Utbildningen möter arbetsmarknadens behov.",
        ])
        #expect(document.activities.allSatisfy { $0.goal == "Livslångt lärande" && $0.area == "Kompetensförsörjning och utbildning" })
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.readAs == .activities)
        #expect(document.tables.first?.header == ["Aktivitet", "Resurser", "Önskade effekter på lång sikt"])
    }

    /// A budget table whose header's first cell is empty, and a five-column indicator table: both
    /// are in `tables` cell by cell; the budget grid is read as a budget table (its unit, "i tkr"
    /// in the title, is not known yet, so amounts stay null with `unknown_unit`), the other as
    /// indicators (`IndicatorTableTests`; before indicator tables were read, it gave `unmapped_table`).
    @Test func tablesOfAnyShapeAreKeptAndUnreadOnesReported() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("table-shapes"))
        let budget = DocumentTable(
            title: "Budget 2025–2027 i tkr", header: ["", "2025", "2026", "2027"],
            rows: [["Medlemsavgift", "10 447", "10 760", "11 083"], ["Övriga intäkter", "1 961", "2 002", "2 044"],
                   ["Personalkostnader", "−8 374", "−8 597", "−8 856"], ["Summa", "4 034", "4 165", "4 271"]],
            readAs: .budgetTables, provenance: Provenance(page: 1, lines: 1...1))
        let indicators = DocumentTable(
            title: "Uppföljning av indikatorer", header: ["Indikator", "Utgångsläge", "Mål 2026", "Mål 2027", "Källa"],
            rows: [["Andel elever med gymnasieexamen", "72 %", "75 %", "78 %", "Skolverket"],
                   ["Antal nya företag per 1 000 invånare", "4,1", "4,5", "5,0", "Bolagsverket"],
                   ["Kollektivtrafikens andel av resorna", "18 %", "20 %", "22 %", "Västtrafik"]],
            readAs: .indicators, provenance: Provenance(page: 1, lines: 1...1))
        #expect(document.tables.count == 2)
        for (table, expected) in zip(document.tables, [budget, indicators]) {
            #expect(table.title == expected.title)
            #expect(table.header == expected.header)
            #expect(table.rows == expected.rows)
            #expect(table.readAs == expected.readAs)
            #expect(table.provenance.page == 1 && table.provenance.bbox != nil)
        }
        let read = try #require(document.budgetTables.first)
        #expect(document.budgetTables.count == 1)
        #expect(read.columns.map(\.year) == [2025, 2026, 2027])
        #expect(read.rows.map(\.label) == ["Medlemsavgift", "Övriga intäkter", "Personalkostnader", "Summa"])
        #expect(read.rows.map { $0.cells.map(\.text) } == budget.rows.map { Array($0.dropFirst()) })
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
        #expect(document.warnings.contains { $0.code == .unknownUnit })
    }

    /// The last row of a list right above a table ("15% Ekonom" / "Totalt 725%" over the DRUM
    /// table in brochure-001) is no caption of the table; a heading with a span of years is one.
    @Test func theLastRowOfAListAboveATableIsNoCaption() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("brochure-001"))
        #expect(document.tables.filter { $0.readAs == .budgetTables }.map(\.title)
                == ["Budget 2025-2027, medlemsfinansiering", "Personal", nil, nil])
        #expect(document.budgetTables.map(\.title) == ["Budget 2025-2027, medlemsfinansiering", "Personal",
                                                       "Intäkter DRUM 2025", "Kostnader DRUM 2025"])
    }

    /// Tables continued over a page break are one table: with a repeated header (activity-table),
    /// without one (activity-no-repeat, budget-long), and with a row broken by the page.
    @Test(arguments: [("activity-table", [15, 2]), ("activity-no-repeat", [15, 2]), ("budget-long", [64])])
    func tablesAcrossPagesAreJoined(name: String, rows: [Int]) throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF(name))
        #expect(document.tables.map(\.rows.count) == rows)
        #expect(document.tables.allSatisfy { $0.readAs != nil })
        #expect(document.tables.allSatisfy { $0.rows.allSatisfy { !$0[0].isEmpty } })
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// The 95-page fixture: 30 × (2 activity tables + 2 budget tables), all read.
    @Test func everyTableOfTheLargePlanIsRead() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("large-plan"))
        #expect(document.tables.count == 120)
        #expect(document.tables.filter { $0.readAs == .activities }.map(\.rows.count).reduce(0, +) == 510)
        #expect(document.tables.filter { $0.readAs == .budgetTables }.count == 60)
    }

    /// A text dump's activity tables are listed under their printed header, split into its cells.
    @Test func textDumpTablesAreTheTablesItsParsersRead() throws {
        let document = try ActivityTableTests.seed000.get()
        // 15 goals' tables and one of the final section, which has no goal.
        #expect(document.tables.count == 16)
        #expect(document.tables.first?.title == "Strategiskt mål: Kvalitet och välfärdsutveckling")
        #expect(document.tables.allSatisfy { $0.readAs == .activities })
        #expect(document.tables.first?.header == ["Aktivitet", "Resurser", "Önskade effekter på lång sikt"])
        #expect(document.tables.map(\.rows.count).reduce(0, +) == 39)
        let budget = try TestFiles.extract(TestFiles.seed("003_7ca1042aa7ecc69e.txt"))
        #expect(budget.tables.map(\.readAs) == Array(repeating: .budgetTables, count: 7))
        #expect(budget.tables.first?.header == ["Kr", "2026", "2025"])
    }

    /// A text dump's table of figures that no parser reads (a result statement with Bokslut /
    /// Budget columns) is listed cell by cell with `read_as: null` and reported.
    @Test func anUnreadFigureTableInADumpIsReported() throws {
        let dump = """
        Verksamhetsplan med budget 2026
        Göteborgsregionen

        Deltagande i nätverken

        Nätverk 2023 2024 2025
        Nätverket för socialchefer 120 135 150
        Nätverket för skolchefer 88 91 97
        Nätverket för kulturchefer 40 42 45

        Förbundet arbetar vidare med regional utveckling.

        """
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "gr.txt", log: &log)
        let document = try Normalizer().normalize(source)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == "Deltagande i nätverken")
        #expect(table.header == ["Nätverk", "2023", "2024", "2025"])
        #expect(table.rows == [
            ["Nätverket för socialchefer", "120", "135", "150"],
            ["Nätverket för skolchefer", "88", "91", "97"],
            ["Nätverket för kulturchefer", "40", "42", "45"],
        ])
        #expect(table.readAs == nil)
        #expect(table.provenance == Provenance(page: 1, lines: 6...9))
        #expect(document.warnings.filter { $0.code == .unmappedTable }.map(\.message) == [
            "table 'Deltagande i nätverken' on page 1 (4 columns, 3 rows: Nätverk | 2023 | 2024 | 2025) is read by no list; its cells are kept in tables",
        ])
    }
}

/// Reading order and tables among columns of running text.
struct ColumnLayoutTests {
    /// Two CSS columns, a full-width table with centred header cells, two columns again: the left
    /// column is read before the right, the running text is no table, and the table has three
    /// columns, its centred header cells over their left-aligned cells.
    @Test func twoColumnsAreReadInOrderAndTheTableBetweenIsOneGrid() throws {
        var log = DiagnosticLog()
        let source = try DocumentLoader().load(TestFiles.fixturePDF("two-columns"), log: &log)
        let text = DocumentLayout(source).lines.map(\.text).joined(separator: " ")
        let order = ["Första spaltens text", "Ett andra stycke i vänster spalt", "Andra rubriken",
                     "Högra spaltens text", "Post 2025 2026", "Efter tabellen fortsätter", "Sista stycket."]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        let document = try TestFiles.extract(TestFiles.fixturePDF("two-columns"))
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.header == ["Post", "2025", "2026"])
        #expect(document.tables.first?.rows == [["Medlemsavgift", "10 447", "10 760"], ["Övrigt", "1 961", "2 002"],
                                                ["Summa", "12 408", "12 762"]])
    }

    /// Nine pages of running text in two and three columns, with short last lines and headings
    /// side by side: none of it is a table.
    @Test func runningTextInColumnsIsNoTable() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("running-columns"))
        #expect(document.document.source.pages == 9)
        #expect(document.tables.isEmpty)
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }
}
