import Foundation
import Ingest
import Testing
@testable import Normalize

/// Indicator tables ("Indikator | Utgångsläge | Mål 2026 | Mål 2027 | Källa") are read into
/// `indicators` with their baseline, targets by year, source and other columns, in a PDF printed
/// by LibreOffice and in a dump whose table is set out with tabs, under other header words.
struct IndicatorTableTests {
    static func value(_ year: Int?, _ text: String, _ value: Double?, _ unit: String?) -> IndicatorValue {
        IndicatorValue(year: year, text: text, value: value, unit: unit)
    }

    /// What an indicator says, provenance aside.
    static func content(_ indicator: Indicator) -> String {
        let values = ([indicator.baseline].compactMap { $0 } + indicator.targets).map { value in
            "\(value.year.map(String.init) ?? "-")=\(value.text)/\(value.value.map { String($0) } ?? "-")/\(value.unit ?? "-")"
        }
        let extra = indicator.extra.cells.map { "\($0.header): \($0.text)" }
        return ([indicator.goal ?? "∅", indicator.text] + values + [indicator.source ?? "∅"] + extra).joined(separator: " | ")
    }

    /// table-shapes.pdf: five columns, a baseline without a year, two targets, a source; no goal.
    @Test func theTableShapesIndicatorsAreRead() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("table-shapes"))
        #expect(document.indicators.map(Self.content) == [
            "∅ | Andel elever med gymnasieexamen | -=72 %/72.0/% | 2026=75 %/75.0/% | 2027=78 %/78.0/% | Skolverket",
            "∅ | Antal nya företag per 1 000 invånare | -=4,1/4.1/- | 2026=4,5/4.5/- | 2027=5,0/5.0/- | Bolagsverket",
            "∅ | Kollektivtrafikens andel av resorna | -=18 %/18.0/% | 2026=20 %/20.0/% | 2027=22 %/22.0/% | Västtrafik",
        ])
        #expect(document.indicators.allSatisfy { $0.provenance.page == 1 && $0.provenance.bbox != nil })
        #expect(document.tables.map(\.readAs) == [.budgetTables, .indicators])
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// indicator-tables.pdf: a fitted table under a goal heading, with a column no role names
    /// ("Kommentar", which the header's words alone would join to "Datakälla"), a value with a
    /// unit word and values that are no numbers; and a table with a goal column, two years of
    /// outcomes (the earlier kept in `extra`) and a target without a year.
    @Test func indicatorTablesInOtherWordsAreRead() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("indicator-tables"))
        #expect(document.indicators.map(Self.content) == [
            "Ökad konkurrenskraft | Nystartade företag | 2025=1 250 st/1250.0/st | 2027=1 400 st/1400.0/st | Tillväxtanalys | Kommentar: Per år",
            "Ökad konkurrenskraft | Förvärvsfrekvens 20–64 år | 2025=79,5 %/79.5/% | 2027=82 %/82.0/% | SCB",
            "Ökad konkurrenskraft | Företagsklimat | 2025=Godkänt/-/- | 2027=Öka/-/- | Svenskt Näringsliv | Kommentar: Enkät vartannat år",
            "Hållbar tillväxt | Andel förnybar energi | 2024=57 %/57.0/% | -=65 %/65.0/% | ∅ | Utfall 2023: 54 %",
            "Kompetensförsörjning | Andel med eftergymnasial utbildning | 2024=39 %/39.0/% | -=45 %/45.0/% | ∅ | Utfall 2023: 38 %",
        ])
        #expect(document.tables.map(\.header) == [["Nyckeltal", "Nuläge 2025", "Målvärde 2027", "Datakälla", "Kommentar"],
                                                  ["Mål", "Indikator", "Utfall 2023", "Utfall 2024", "Målvärde"]])
        #expect(document.tables.allSatisfy { $0.readAs == .indicators })
        let goal = try #require(document.goals.first)
        #expect(document.goals.count == 1)
        #expect([goal.goal, goal.number] == ["Ökad konkurrenskraft", "1"])
        #expect(goal.provenance.lines.upperBound < (document.tables.first?.provenance.lines.lowerBound ?? 0))
        #expect(document.warnings.isEmpty)
    }

    static let plan = """
        Sjuhärads kommunalförbund

        Verksamhetsplan 2026

        Mål 2 Fler i arbete
        Fler invånare i Sjuhärad har ett arbete.

        Mått\tBasvärde 2024\tMål 2026\tMål 2028\tKälla\tAnsvar
        Förvärvsfrekvens\t78 %\t80 %\t82 %\tSCB\tKansliet
        Långtidsarbetslösa\t1 900 personer\t1 700 personer\tHalvera\tArbetsförmedlingen\t

        Text efter tabellen.

        """

    /// A dump's tabbed table under other header words: "Mått", "Basvärde", a column no role names.
    @Test func aTabbedIndicatorTableInADumpIsRead() throws {
        let document = try InitiativeTests.normalize(Self.plan)
        #expect(document.indicators.map(Self.content) == [
            "Fler i arbete | Förvärvsfrekvens | 2024=78 %/78.0/% | 2026=80 %/80.0/% | 2028=82 %/82.0/% | SCB | Ansvar: Kansliet",
            "Fler i arbete | Långtidsarbetslösa | 2024=1 900 personer/1900.0/personer | 2026=1 700 personer/1700.0/personer | 2028=Halvera/-/- | Arbetsförmedlingen",
        ])
        #expect(document.indicators.map(\.provenance.lines) == [9...9, 10...10])
        #expect(document.tables.map(\.readAs) == [.indicators])
        #expect(document.goals.map(\.goal) == ["Fler i arbete"])
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }

    /// A goal printed once over its rows: the layout keys the rows on the first column and reads
    /// the group as one row, each indicator a paragraph of its cell; each is an indicator of its own,
    /// with the values of its place and the group's goal. An indicator of two paragraphs with one
    /// value stays one.
    @Test func aGoalPrintedOnceOverItsRowsGivesAnIndicatorPerRow() throws {
        let document = try InitiativeTests.normalize("""
            Sjuhärads kommunalförbund

            Verksamhetsplan 2026

            Uppföljning

            Mål\tIndikator\tUtgångsläge\tMålvärde 2027\tKälla
            Hållbar tillväxt\tAndel förnybar energi\t54 %\t65 %\tSCB
            \tAndel resor med cykel\t12 %\t20 %\tVästtrafik
            Kompetensförsörjning\tAndel med eftergymnasial utbildning\t38 %\t45 %\tSCB
            \t(mäts vartannat år)\t\t\t

            Text efter tabellen.

            """)
        #expect(document.indicators.map(Self.content) == [
            "Hållbar tillväxt | Andel förnybar energi | -=54 %/54.0/% | 2027=65 %/65.0/% | SCB",
            "Hållbar tillväxt | Andel resor med cykel | -=12 %/12.0/% | 2027=20 %/20.0/% | Västtrafik",
            "Kompetensförsörjning | Andel med eftergymnasial utbildning (mäts vartannat år) | -=38 %/38.0/% | 2027=45 %/45.0/% | SCB",
        ])
        #expect(document.tables.map(\.rows.count) == [2])
    }

    /// A cell is a value when it is one Swedish number, with at most a unit word after it.
    @Test(arguments: [
        ("72 %", 72.0, "%"), ("4,1", 4.1, nil), ("−3", -3.0, nil), ("5 000 st", 5000.0, "st"),
        ("50,55 kr/invånare", 50.55, "kr/invånare"), ("ca 30 %", nil, nil), ("Öka", nil, nil), ("2 av 3", nil, nil),
    ] as [(String, Double?, String?)])
    func aCellIsReadAsAValue(text: String, value: Double?, unit: String?) {
        #expect(IndicatorColumns.value(text, year: 2026) == Self.value(2026, text, value, unit))
    }

    /// A header is an indicator table's only with an indicator column and a baseline, a target or
    /// a source; a target column without a year before the indicator names the goal.
    @Test func headerRoles() throws {
        let roles = try DomainData.bundled().columns
        #expect(IndicatorColumns(headers: ["Indikator", "Kommentar"], roles: roles) == nil)
        #expect(IndicatorColumns(headers: ["Utgångsläge", "Mål 2026"], roles: roles) == nil)
        let columns = try #require(IndicatorColumns(headers: ["Mål", "Indikator", "Utfall 2023", "Utfall 2024", "Mål 2026–2027", "Källa", "Källa"],
                                                    roles: roles))
        #expect(columns.roles == [.goal, .indicator, .extra, .baseline(year: 2024), .target(year: nil), .source, .extra])
    }
}
