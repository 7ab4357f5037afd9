import Foundation
import Normalize
import Testing
@testable import Export

/// The Swedish HTML report (`comparison/report.html`) over the five seeds.
struct ReportPageTests {
    static let page = Result { () throws -> String in
        var builder = ComparisonBuilder()
        for seed in ["000_95ad663e025e0bbc", "001_c3d3db462980bb96", "002_583bd4024cf3832c", "003_7ca1042aa7ecc69e",
                     "004_0cdacc11dfb66760"] {
            builder.add(try DiffTests.document("seeds/\(seed).txt"))
        }
        return ReportPage(comparison: builder.build(), documents: builder.documents, themeNames: ReportNames.bundled().themes,
                          kindNames: ReportNames.bundled().kinds).html()
    }

    @Test func everyChartHasATitleAndTheThemesTheirSwedishNames() throws {
        let html = try Self.page.get()
        let charts = html.components(separatedBy: "<svg ").count - 1
        #expect(charts == 11)
        #expect(html.components(separatedBy: "aria-labelledby=\"diagram-").count - 1 == charts)
        #expect(html.contains("<title id=\"diagram-1\">Budgeterade intäkter</title>"))
        for name in ["Välfärd", "Kompetens", "Samhällsplanering", "Näringsliv", "Digitalisering", "Klimat och miljö",
                     "Kultur", "Organisation", "Utan tema"] {
            #expect(html.contains(">\(name)</text>"), "\(name)")
        }
        #expect(!html.contains(">klimat_miljo<") && !html.contains(">valfard<"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">") && !html.contains("<script"))
    }

    /// The handlingsplan has no period: it is listed under its own heading and charted under Teman.
    @Test func aDocumentWithoutAPeriodIsListedUnderItsOwnHeading() throws {
        let html = try Self.page.get()
        let undated = try #require(html.range(of: "<h3>Dokument utan period</h3>"))
        let after = html[undated.upperBound...]
        #expect(after.prefix(1200).contains("Handlingsplan för digitalisering i Fyrbodal</a>"))
        #expect(html.contains("Initiativ per tema – Fyrbodals kommunalförbund: Handlingsplan för digitalisering i Fyrbodal, 92 i allt"))
    }

    /// Sjuhärad's strategy for 2021–2030 is charted once, not as ten years of rows.
    @Test func aPlanForManyYearsIsShownOnce() throws {
        let html = try Self.page.get()
        #expect(html.components(separatedBy: "Utvecklingsstrategi för Sjuhärad (2021–2030), 3 i allt").count - 1 == 2)
        #expect(!html.contains("kommunalförbund 2021<"))
        #expect(html.contains("<a href=\"../documents/fyrbodal-aktivitetsplan-2023.json\">"))
    }

    /// Ticks fall on round values in Swedish format, and a negative bar is drawn left of zero.
    @Test func axesHaveRoundTicksAndNegativeBarsGoLeft() {
        #expect(BarChart.tickStep(0, 64_295_000) == 20_000_000)
        #expect(BarChart.tickStep(0, 3) == 1)
        #expect(BarChart.tickStep(-30_000, 185_000) == 100_000)
        let chart = BarChart(title: "Resultat <netto>", unit: "kronor",
                             bars: [.init(label: "A", value: -50), .init(label: "B", value: 100)],
                             format: { ComparisonReport.whole($0) + " kr" })
        let svg = chart.svg(id: "d1")
        #expect(svg.contains("<title id=\"d1\">Resultat &lt;netto&gt;</title>"))
        #expect(svg.contains(">-60 kr</text>") == false && svg.contains(">-50 kr</text>"))
        #expect(svg.contains("<rect class=\"negative\""))
        #expect(svg.contains(">0 kr</text>") && svg.contains(">100 kr</text>"))
    }
}
