import Ingest
import Testing
@testable import Normalize

/// `FittedGrids` on a page laid out as a word processor fits a table to its text: headers centred
/// over their columns, a two-line first cell, a cell centred in its row (it starts above the row's
/// first line), a last column whose words leave narrow gaps. Its header is told by an English
/// vocabulary: the layout holds no words of its own.
struct FittedGridTests {
    /// Words 6 pt a character, 14 pt high, 3 pt apart, from `x`.
    private static func words(_ text: String, x: Double, y: Double) -> [Word] {
        var x = x
        return text.split(separator: " ").map { word in
            defer { x += Double(word.count) * 6 + 3 }
            return Word(text: String(word), bbox: BoundingBox(x0: x, y0: y, x1: x + Double(word.count) * 6, y1: y + 14))
        }
    }

    private static func page(_ placed: [(String, Double, Double)]) -> SourcePage {
        let lines = placed.enumerated().map { index, item in
            let words = words(item.0, x: item.1, y: item.2)
            return SourceLine(number: index + 1, page: 1, text: item.0, bbox: BoundingBox.union(words.map(\.bbox)),
                              words: words, block: index)
        }
        return SourcePage(number: 1, width: 595, height: 842, lines: lines)
    }

    private static let vocabulary: LayoutVocabulary = {
        var vocabulary = LayoutVocabulary.none
        vocabulary.tableHeader = { $0.text == "Step Owner Expected outcome" ? ["Step", "Owner", "Expected outcome"] : nil }
        return vocabulary
    }()

    /// Columns start at 56, 220 and 330 pt; the header's cells are centred over them.
    private static let table = page([
        ("Step", 121, 100), ("Owner", 252, 100), ("Expected outcome", 370, 100),
        ("Coordinate", 56, 130), ("the pilots.", 56, 144), ("Office", 220, 137), ("More firms get answers.", 330, 130),
        ("Hold a", 56, 170), ("meeting.", 56, 184), ("Strategist", 220, 170), ("Closer contact", 330, 170),
        ("with the towns.", 330, 184),
        ("Review the work.", 56, 214), ("Office", 220, 214), ("A report.", 330, 214),
    ])

    @Test func readsTheColumnsFromTheBodyAndTheRowsFromTheFirstColumn() throws {
        let grids = FittedGrids(vocabulary: Self.vocabulary, lineGap: LayoutTolerances.defaultLineGap)
            .adding(to: [], pages: [VisualRow.rows(on: Self.table)])
        let grid = try #require(grids.first)
        #expect(grids.count == 1)
        #expect(grid.header.map(\.text) == ["Step", "Owner", "Expected outcome"])
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["Coordinate the pilots.", "Office", "More firms get answers."],
            ["Hold a meeting.", "Strategist", "Closer contact with the towns."],
            ["Review the work.", "Office", "A report."],
        ])
        #expect(grid.rows[0][0].lines == ["Coordinate", "the pilots."])
        #expect(grid.rows.map { $0[0].lineNumbers } == [[4, 5], [8, 9], [13]])
        #expect(grid.spans == [.init(page: 0, rows: 0..<grid.spans[0].rows.upperBound)])
    }

    /// A table that runs to the end of its page and goes on under its repeated header on the next
    /// one is one table.
    @Test func aTableBrokenByAPageUnderItsRepeatedHeaderIsOne() throws {
        let second = Self.page([
            ("Step", 121, 60), ("Owner", 252, 60), ("Expected outcome", 370, 60),
            ("Report to", 56, 90), ("the board.", 56, 104), ("Chair", 220, 90), ("A decision.", 330, 90),
            ("Close the plan.", 56, 130), ("Office", 220, 130), ("An archive.", 330, 130),
        ])
        let pages = [VisualRow.rows(on: Self.table), VisualRow.rows(on: second)]
        let grids = FittedGrids(vocabulary: Self.vocabulary, lineGap: LayoutTolerances.defaultLineGap)
            .adding(to: [], pages: pages)
        #expect(grids.count == 1)
        #expect(grids.first?.rows.map { $0[0].text } == ["Coordinate the pilots.", "Hold a meeting.", "Review the work.",
                                                          "Report to the board.", "Close the plan."])
        #expect(grids.first?.spans.map(\.page) == [0, 1])
    }

    /// A table that runs to the end of its page and goes on at the top of the next one without its
    /// header is one table: a row the page broke (its first cell ended on the first page) stays one
    /// row; a paragraph across the columns under it is no row.
    @Test func aTableGoingOnWithoutItsHeaderIsOne() throws {
        let second = Self.page([
            ("for the towns.", 330, 60),
            ("Report to", 56, 90), ("the board.", 56, 104), ("Chair", 220, 90), ("A decision.", 330, 90),
            ("Close the plan.", 56, 130), ("Office", 220, 130), ("An archive.", 330, 130),
            ("The plan is followed up every year by the board of the association.", 56, 150),
        ])
        let pages = [VisualRow.rows(on: Self.table), VisualRow.rows(on: second)]
        let grids = FittedGrids(vocabulary: Self.vocabulary, lineGap: LayoutTolerances.defaultLineGap)
            .adding(to: [], pages: pages)
        let grid = try #require(grids.first)
        #expect(grids.count == 1)
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["Coordinate the pilots.", "Office", "More firms get answers."],
            ["Hold a meeting.", "Strategist", "Closer contact with the towns."],
            ["Review the work.", "Office", "A report. for the towns."],
            ["Report to the board.", "Chair", "A decision."],
            ["Close the plan.", "Office", "An archive."],
        ])
        #expect(grid.spans.map(\.page) == [0, 1])
        #expect(grid.spans.last?.rows == 0..<4)
    }

    /// A header the vocabulary does not know heads no fitted table.
    @Test func anUnknownHeaderHeadsNone() {
        let grids = FittedGrids(vocabulary: .none, lineGap: LayoutTolerances.defaultLineGap)
            .adding(to: [], pages: [VisualRow.rows(on: Self.table)])
        #expect(grids.isEmpty)
    }

    /// The header's words must fall into the body's columns as the vocabulary splits them: a
    /// vocabulary that splits the header otherwise makes no table.
    @Test func aHeaderSplitOtherwiseThanTheBodyHeadsNone() {
        var vocabulary = LayoutVocabulary.none
        vocabulary.tableHeader = { $0.text == "Step Owner Expected outcome" ? ["Step Owner", "Expected", "outcome"] : nil }
        let grids = FittedGrids(vocabulary: vocabulary, lineGap: LayoutTolerances.defaultLineGap)
            .adding(to: [], pages: [VisualRow.rows(on: Self.table)])
        #expect(grids.isEmpty)
    }

    /// `fitted-tables.pdf` (LibreOffice): a four-column activity table with a timeline, cells
    /// centred in rows and columns as narrow as 3.8 pt apart (geometry took one of its rows for a
    /// header), and an insatser table under a delmål: every row, cell by cell.
    @Test func theFittedTablesOfAPlanAreRead() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("fitted-tables"))
        #expect(document.document.title == "Handlingsplan 2027")
        #expect(document.activities.map(\.activity) == ["Starta ett nätverk för studie- och yrkesvägledare.",
                                                         "Kartlägg behovet av yrkesutbildning för vuxna i alla åtta kommuner.",
                                                         "Följ upp."])
        #expect(document.activities.map(\.resources) == ["Utbildningschef", "Kansliet", "Styrgruppen"])
        #expect(document.activities.map(\.effects) == [["Vägledarna delar metoder."], ["En gemensam bild av behoven."],
                                                        ["En rapport till direktionen."]])
        #expect(document.activities.map { $0.extra.cells.map(\.text) } == [["2027"], ["Vår 2027"], ["Höst 2027"]])
        #expect(document.activities.allSatisfy { $0.goal == "Fler i arbete" && $0.area == "Kompetensförsörjning" })
        #expect(document.measures.map(\.measure) == ["Sommarjobb i kommunerna.", "Samverkan med arbetsförmedlingen."])
        #expect(document.measures.map(\.effect) == ["Fler unga får arbetslivserfarenhet.", "Kortare tid utan arbete."])
        #expect(document.measures.allSatisfy { $0.objective == "Fler unga i jobb" })
        #expect(document.tables.map(\.title) == ["Mål 2.1 Fler i arbete", "Delmål 1: Fler unga i jobb"])
        #expect(document.tables.map(\.readAs) == [.activities, .measures])
        #expect(document.warnings.isEmpty)
    }

    /// fitted-no-repeat.pdf: a fitted table of 44 rows over two pages, its header printed once.
    @Test func aFittedTableOverTwoPagesWithoutARepeatedHeader() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("fitted-no-repeat"))
        let numbers: [String] = document.activities.map { String($0.activity.prefix { $0 != "." }) }
        #expect(numbers == (1...44).map { String($0) })
        #expect(document.activities.last?.activity == "44. Ordna en konferens om kompetens.")
        #expect(document.activities.last?.resources == "Utbildningschef")
        #expect(document.activities.last?.effects == ["Kommunerna delar metoder."])
        #expect(document.activities.last?.provenance.page == 2)
        #expect(document.tables.map(\.rows.count) == [44])
        #expect(document.warnings.isEmpty)
    }

    /// LibreOffice's default cell padding sets a fitted table's rows about as close as the lines
    /// of one cell: each row of one line, and a row that wraps in every column, is one row.
    @Test func rowsAsCloseAsACellsLinesAreRowsStill() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("tight-rows"))
        #expect(document.activities.map(\.activity) == [
            "Starta ett nätverk.", "Ordna en konferens.", "Följ upp arbetet.",
            "Kartlägg.", "Utbilda personal i suicidprevention i alla kommuner", "Följ upp.",
        ])
        #expect(document.activities.map(\.resources) == [
            "Kansliet", "Välfärdschef", "Styrgruppen",
            "Kansliet", "Folkhälsostrateg och kommunernas samordnare", "Styrgruppen",
        ])
        #expect(document.activities.map(\.effects) == [
            ["Kommunerna delar metoder."], ["Fler får kunskap."], ["En rapport."],
            ["En bild av läget."], ["Personalen känner igen tecken på psykisk ohälsa"], ["En rapport."],
        ])
        #expect(document.activities.prefix(3).map { $0.extra.cells.map(\.text) } == [["2027"], ["Vår 2027"], ["Höst 2027"]])
        #expect(document.activities.map(\.goal) == Array(repeating: "Trygg omsorg", count: 3) + Array(repeating: "God hälsa", count: 3))
        #expect(document.indicators.map(\.text) == ["Förvärvsfrekvens", "Långtidsarbetslösa", "Unga som varken arbetar eller studerar"])
        #expect(document.indicators.map { $0.targets.map(\.text) } == [["82 %"], ["1 600"], ["5 %"]])
        #expect(document.indicators.allSatisfy { $0.goal == "Fler i arbete" })
        #expect(document.tables.map(\.rows.count) == [3, 3, 3])
        #expect(document.tables.map(\.readAs) == [.activities, .indicators, .activities])
        #expect(document.warnings.isEmpty)
    }
}
