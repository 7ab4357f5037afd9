import Foundation
import Ingest
import Testing
@testable import Normalize

/// A pdftotext dump's two-column pages written in drawing order (every numbered item of a block,
/// then every outcome, the group titles before or after): the layout reads them as grids, told
/// only by the header and title tests it is given, and the measures reader takes those grids.
struct DrawingOrderGridTests {
    static func pages(_ text: String) throws -> [SourcePage] {
        var log = DiagnosticLog()
        return try TextDumpSource().parse(Data(text.utf8), path: "plan.txt", log: &log).pages
    }

    /// The layout holds no words of its own: with an English header and title test, an English
    /// page gives the same grids a Swedish plan does.
    @Test func theLayoutReadsTheQueuesWithTheWordsItIsGiven() throws {
        let vocabulary = LayoutVocabulary(
            drawingOrderHeader: { $0.collapsed == "Steps Outcomes" ? ["Steps", "Outcomes"] : nil },
            isGroupTitle: { $0.hasPrefix("Part ") })
        let pages = try Self.pages("""
            Side
            tab

            1. Map the region's
            firms.

            2. Meet them.

            1. Train staff.

            More firms known.

            Firms met twice
            a year.

            Staff trained.

            Steps      Outcomes

            Part 1: Firms

            Part 2: Skills
            in the region

            """)
        let (grids, headerLines) = DrawingOrderGrids(vocabulary: vocabulary).grids(pages)
        #expect(headerLines == [18])
        #expect(grids.map(\.title) == ["Part 1: Firms", "Part 2: Skills in the region"])
        #expect(grids.map(\.titleLines) == [[20], [22, 23]])
        #expect(grids.map(\.titleParts) == [["Part 1: Firms"], ["Part 2: Skills", "in the region"]])
        #expect(grids.map { $0.header.map(\.text) } == [["Steps", "Outcomes"], ["Steps", "Outcomes"]])
        #expect(grids.map { $0.rows.map { $0.map(\.text) } } == [
            [["1. Map the region's firms.", "More firms known."], ["2. Meet them.", "Firms met twice a year."]],
            [["1. Train staff.", "Staff trained."]],
        ])
        #expect(grids[0].rows[1].map(\.lineNumbers) == [[7], [13, 14]])
        // The side tab is no cell, and without the words the page is no table.
        #expect(!grids.flatMap(\.lineNumbers).contains(1))
        #expect(DrawingOrderGrids(vocabulary: .none).grids(pages).grids.isEmpty)
    }

    /// A block with a title and no numbered paragraph is one row: its first paragraph, then its
    /// outcome.
    @Test func aTitledBlockWithoutNumbersIsOneRow() throws {
        let vocabulary = LayoutVocabulary(
            drawingOrderHeader: { $0.collapsed == "Steps Outcomes" ? ["Steps", "Outcomes"] : nil },
            isGroupTitle: { $0.hasPrefix("Part ") })
        let pages = try Self.pages("Steps      Outcomes\n\nPart 3: Care\n\nJoin the care network.\n\nBetter care.\n")
        let grids = DrawingOrderGrids(vocabulary: vocabulary).grids(pages).grids
        #expect(grids.map { $0.rows.map { $0.map(\.text) } } == [[["Join the care network.", "Better care."]]])
    }

    static let plan = """
        Sjuhärads kommunalförbund

        Verksamhetsplan 2027

        Insatsområde 1: Hållbar tillväxt

        Förbundet arbetar för tillväxt i hela delregionen.
        \u{0C}Delmål 1: Fler jobb i regionen

        1. Stärk samarbetet med närings-
        livet.

        2. Utveckla besöksnäringen.

        Fler företag etablerar sig i regionen.

        Fler besökare stannar längre.

        Insatser                  Förväntade effekter

        Delmål 2: En stark
        kompetensförsörjning

        1. Starta ett kompetensråd.

        Fler får arbete.

        \u{0C}Insatsområde 2: Välfärd

        Insatser                  Förväntade effekter

        Delmål 1: God vård

        1. Samordna vårdnätverken.

        Bättre vård nära invånarna.

        """

    /// A dump's insatser pages in other words than seed 001's: each delmål one table in `tables`
    /// (its rows, read as measures), its heading the goal, and the area the last heading above.
    @Test func aDumpsMeasuresPagesAreGridsOfTheLayout() throws {
        let document = try InitiativeTests.normalize(Self.plan)
        #expect(document.measures.map(\.measure) == ["Stärk samarbetet med näringslivet.", "Utveckla besöksnäringen.",
                                                     "Starta ett kompetensråd.", "Samordna vårdnätverken."])
        #expect(document.measures.map(\.effect) == ["Fler företag etablerar sig i regionen.", "Fler besökare stannar längre.",
                                                    "Fler får arbete.", "Bättre vård nära invånarna."])
        #expect(document.measures.map(\.objective) == ["Fler jobb i regionen", "Fler jobb i regionen",
                                                       "En stark kompetensförsörjning", "God vård"])
        #expect(document.measures.map(\.area) == ["Hållbar tillväxt", "Hållbar tillväxt", "Hållbar tillväxt", "Välfärd"])
        #expect(document.measures.map(\.provenance.lines) == [10...15, 13...17, 24...26, 34...36])
        let goals = document.goals.filter { $0.goal == "En stark kompetensförsörjning" }
        #expect(goals.map(\.provenance.lines) == [21...22])
        let tables = document.tables.filter { $0.readAs == .measures }
        #expect(tables.map(\.title) == ["Delmål 1: Fler jobb i regionen", "Delmål 2: En stark kompetensförsörjning",
                                        "Delmål 1: God vård"])
        #expect(tables.map(\.header) == Array(repeating: ["Insatser", "Förväntade effekter"], count: 3))
        #expect(tables.map(\.rows.count) == [2, 1, 1])
        #expect(tables.map(\.provenance.page) == [2, 2, 3])
        #expect(document.tables.count == 3)
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// A later page of insatser without a heading of its own belongs to its side tab, not to the
    /// last area heading: here the förbund's common goals follow its areas.
    @Test func aLaterPageTakesItsSideTab() throws {
        let document = try InitiativeTests.normalize(Self.plan + """
            \u{0C}Gemensamma
            mål

            Insatser                  Förväntade effekter

            Delmål 1: En god arbetsmiljö

            1. Följ upp arbetsmiljön.

            Friskare medarbetare.

            """)
        #expect(document.measures.map(\.area) == ["Hållbar tillväxt", "Hållbar tillväxt", "Hållbar tillväxt", "Välfärd",
                                                  "Gemensamma mål"])
        #expect(document.measures.last?.measure == "Följ upp arbetsmiljön.")
    }
}
