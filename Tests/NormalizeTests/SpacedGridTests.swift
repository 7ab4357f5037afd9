import Foundation
import Ingest
import Testing
@testable import Normalize

/// Tables a dump sets out in columns of spaces (pdftotext's `-layout` mode): read as grids by
/// the columns blank on every line, rows by the first column, or left unread and reported.
struct SpacedGridTests {
    /// As `pdftotext -layout` prints table-shapes.pdf: the values centred beside a first cell
    /// wrapped over two lines, so a row's first line stands above them and its last below.
    static let centred = """
        Skaraborgs kommunalförbund – Verksamhetsplan 2026

        Uppföljning av indikatorer
        Indikator                             Utgångsläge   Mål 2026     Mål 2027   Källa
        Andel elever med
                                              72 %          75 %         78 %       Skolverket
        gymnasieexamen
        Antal nya företag per 1 000
                                              4,1           4,5          5,0        Bolagsverket
        invånare
        Kollektivtrafikens andel av resorna   18 %          20 %         22 %       Västtrafik

        """

    @Test func valuesCentredBesideAWrappedFirstCellStayInItsRow() throws {
        let document = try InitiativeTests.normalize(Self.centred)
        #expect(document.indicators.map(IndicatorTableTests.content) == [
            "∅ | Andel elever med gymnasieexamen | -=72 %/72.0/% | 2026=75 %/75.0/% | 2027=78 %/78.0/% | Skolverket",
            "∅ | Antal nya företag per 1 000 invånare | -=4,1/4.1/- | 2026=4,5/4.5/- | 2027=5,0/5.0/- | Bolagsverket",
            "∅ | Kollektivtrafikens andel av resorna | -=18 %/18.0/% | 2026=20 %/20.0/% | 2027=22 %/22.0/% | Västtrafik",
        ])
        #expect(document.indicators.map(\.provenance.lines) == [5...7, 8...10, 11...11])
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == "Uppföljning av indikatorer")
        #expect(table.header == ["Indikator", "Utgångsläge", "Mål 2026", "Mål 2027", "Källa"])
        #expect(table.readAs == .indicators)
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// Rows whose first line holds every column, a row wrapped in every column, header cells
    /// centred over their columns and the caption a heading up the paragraph above.
    static let topAligned = """
        Fyrbodals kommunalförbund

        Aktivitetsplan 2027
        Mål 1.3 God hälsa
        Invånarna har en god och jämlik hälsa i alla kommuner, med stöd av ett gemensamt
        arbete mellan kommunerna och regionen.

                     Aktivitet                      Ansvar                      Förväntat resultat
        Kartlägg läget.                    Kansliet                        En bild av läget.
        Utbilda personal i                 Folkhälsostrateg och            Personalen känner igen tecken
        suicidprevention i alla kommuner   kommunernas samordnare          på psykisk ohälsa.
        Följ upp.                          Styrgruppen                     En rapport.
        Arbetet redovisas för direktionen.

        """

    @Test func rowsStartWhereTheFirstColumnAndAnotherHaveText() throws {
        let document = try InitiativeTests.normalize(Self.topAligned)
        #expect(document.activities.map(\.activity) == ["Kartlägg läget.", "Utbilda personal i suicidprevention i alla kommuner",
                                                        "Följ upp."])
        #expect(document.activities.map(\.resources) == ["Kansliet", "Folkhälsostrateg och kommunernas samordnare",
                                                         "Styrgruppen"])
        #expect(document.activities.map(\.effects) == [["En bild av läget."], ["Personalen känner igen tecken på psykisk ohälsa."],
                                                       ["En rapport."]])
        #expect(document.activities.allSatisfy { $0.goal == "God hälsa" })
        #expect(document.tables.map(\.title) == ["Mål 1.3 God hälsa"])
        #expect(document.tables.first?.provenance.lines == 8...12)
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// Cells one space apart on some line (`-layout` prints a fitted table so): no column can be
    /// told on every line, so nothing is read from the table's lines and its header is reported.
    @Test func cellsOneSpaceApartAreReportedNotGuessed() throws {
        let document = try InitiativeTests.normalize("""
            Fyrbodals kommunalförbund

            Aktivitetsplan 2027

                  Aktivitet        Ansvar     Tidplan      Förväntat resultat
            Starta ett nätverk. Kansliet     2027     Kommunerna delar metoder.
            Ordna en konferens. Välfärdschef Vår 2027 Fler får kunskap.

            """)
        #expect(document.activities.isEmpty)
        #expect(document.tables.isEmpty)
        #expect(document.warnings.filter { $0.code == .unmappedTable }.map(\.provenance?.lines) == [5...5])
    }

    /// Lines with text in the first column only, and none in another, are one row.
    @Test func linesOfTheFirstColumnAloneAreOneRow() {
        let lines = [(SourceLine(number: 1, page: 1, text: "Kartlägg"), ["Kartlägg", "", ""]),
                     (SourceLine(number: 2, page: 1, text: "läget."), ["läget.", "", ""])]
        #expect(SpacedGrids.rows(lines, columns: 3, page: 1).map { $0.map(\.text) } == [["Kartlägg läget.", "", ""]])
        #expect(SpacedGrids.rows([], columns: 3, page: 1).isEmpty)
    }

    @Test func aLinesCellsAreTheTextsBetweenRunsOfSpaces() {
        #expect(SpacedGrids.chunks("  Mål 2026   75 %  x") == [
            .init(start: 2, end: 10, text: "Mål 2026"), .init(start: 13, end: 17, text: "75 %"), .init(start: 19, end: 20, text: "x"),
        ])
        #expect(SpacedGrids.chunks("") == [])
    }

    /// The activity plan as `pdftotext -layout` dumps its PDF (`make-fixtures.sh`): every activity
    /// read is one of the seed's, with its resources, white space aside; the tables whose columns
    /// shift from line to line are reported, header by header, not read into running text, and the
    /// goals over them (a goal is the activity list's only with a table read under it) with them.
    /// The last section's heading, "Verksamhetsstöd", stands as its table's caption: a dump shows no
    /// type size to tell it is a section, so its three rows keep the goal above (24 of 27 have the seed's).
    @Test func theActivityPlanDumpedWithItsLayout() throws {
        let document = try TemplateVariantTests.variant("Tests/NormalizeTests/Fixtures/variants/aktivitetsplan-000-layout.txt")
        let seed = try TestFiles.extract(TestFiles.seed("000_95ad663e025e0bbc.txt"))
        func key(_ activity: Activity, goal: Bool) -> [String] {
            ([activity.activity, activity.resources] + (goal ? [activity.goal ?? "∅"] : [])).map { $0.filter { !$0.isWhitespace } }
        }
        #expect(document.activities.count == 27)
        #expect(document.activities.allSatisfy { Set(seed.activities.map { key($0, goal: false) }).contains(key($0, goal: false)) })
        #expect(document.activities.count { Set(seed.activities.map { key($0, goal: true) }).contains(key($0, goal: true)) } == 24)
        #expect(document.warnings.filter { $0.code == .unmappedTable }.count == 4)
        #expect(Set(document.goals.map(\.goal)).isSubset(of: Set(seed.goals.map(\.goal))))
        #expect(document.goals.count == 12)
    }
}
