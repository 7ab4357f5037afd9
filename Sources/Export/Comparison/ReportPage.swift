import Foundation
import Normalize

/// The comparison as a Swedish HTML page for a person (`comparison/report.html`): the documents
/// first (those without a period under their own heading), then economy, members and projects
/// per förbund and year, then each document's activities, measures and initiatives per theme.
/// Self-contained: inline CSS and SVG, no scripts, no external assets; every bar links to its
/// document's JSON.
struct ReportPage {
    var comparison: Comparison
    var documents: [ReportDocument]
    /// Theme and document-kind names for people, from `themes.json` and `document-kinds.json`.
    var themeNames: [Theme: String]
    var kindNames: [DocumentKind: String]

    /// Where a document's JSON is, seen from the report's folder.
    static func link(_ id: String) -> String { "../documents/\(id).json" }

    func html() -> String {
        var body = "<h1>Jämförelse mellan kommunalförbund</h1>\n"
        body += "<p>Uppgifter som förbundens planer och budgetar anger, sida vid sida. En stapel ritas bara där ett dokument anger uppgiften; – betyder att ingen gör det.</p>\n"
        body += documentSection()
        var charts = 0
        func chart(_ chart: BarChart) -> String {
            charts += 1
            return "<figure><figcaption>\(HTMLText.escape(chart.title))</figcaption>\n" + chart.svg(id: "diagram-\(charts)") + "</figure>\n"
        }
        let economy = economyCharts()
        if !economy.isEmpty {
            body += "<section><h2>Ekonomi</h2>\n<p>Förbundets totala budget, i kronor, per förbund och år.</p>\n"
            body += economy.map(chart).joined() + "</section>\n"
        }
        let members = memberCharts()
        if !members.isEmpty {
            body += "<section><h2>Medlemmar, avgifter och projekt</h2>\n" + members.map(chart).joined() + "</section>\n"
        }
        let themes = themeCharts()
        if !themes.isEmpty {
            body += "<section><h2>Teman</h2>\n<p>Aktiviteter, insatser och initiativ per tema i varje dokument. En plan som gäller flera år visas en gång.</p>\n"
            body += themes.map(chart).joined() + "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>planpipe: jämförelse mellan kommunalförbund</title>
            <style>
            body{font-family:"Liberation Sans",Arial,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}
            h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
            figure{margin:1.5em 0}figcaption{font-weight:bold;margin-bottom:.3em}
            table{border-collapse:collapse;font-size:.9em}th,td{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}
            td.n{text-align:right}
            svg text{font-size:12px;fill:#222}svg .tick,svg .unit{fill:#555;font-size:11px}
            svg .bar{fill:#2e6da4}svg .negative{fill:#c0392b}svg .grid{stroke:#e3e3e3}svg .axis{stroke:#555}
            svg a text{fill:#1a4f7a;text-decoration:underline}
            </style></head>
            <body>
            \(body)</body></html>

            """
    }

    // MARK: - Documents

    private func documentSection() -> String {
        let ordered = ReportDocument.ordered(documents)
        let dated = ordered.filter { $0.period != nil }, undated = ordered.filter { $0.period == nil }
        var text = "<section><h2>Dokument</h2>\n"
        if !dated.isEmpty { text += table(dated) }
        if !undated.isEmpty {
            text += "<h3>Dokument utan period</h3>\n<p>Dessa dokument anger inga år; de finns inte i diagrammen per år men väl under Teman.</p>\n"
            text += table(undated)
        }
        return text + "</section>\n"
    }

    private func table(_ documents: [ReportDocument]) -> String {
        var text = "<table><tr><th>Förbund</th><th>Dokument</th><th>Typ</th><th>Period</th><th>Aktiviteter</th><th>Insatser</th>"
            + "<th>Initiativ</th><th>Budgettabeller</th><th>Projekt</th><th>Medlemmar</th></tr>\n"
        for document in documents {
            let counts = [document.counts.activities, document.counts.measures, document.counts.initiatives,
                          document.counts.budgetTables, document.counts.projects, document.counts.members]
            text += "<tr><td>\(HTMLText.escape(document.organizationName ?? "–"))</td>"
                + "<td><a href=\"\(HTMLText.escape(Self.link(document.id)))\">\(HTMLText.escape(document.title))</a></td>"
                + "<td>\(HTMLText.escape(kindNames[document.kind] ?? document.kind.rawValue))</td>"
                + "<td>\(document.periodText ?? "–")</td>"
                + counts.map { "<td class=\"n\">\($0 == 0 ? "–" : String($0))</td>" }.joined() + "</tr>\n"
        }
        return text + "</table>\n"
    }

    // MARK: - Charts

    private static let kronor: @Sendable (Double) -> String = { ComparisonReport.whole($0) + " kr" }
    private static let count: @Sendable (Double) -> String = { ComparisonReport.whole($0) }

    /// One bar per förbund and year that states the figure, linked to the document it comes from.
    private func perYear(_ title: String, unit: String, format: @escaping @Sendable (Double) -> String,
                         _ value: (Comparison.Year) -> Double?, source: (Comparison.Year) -> String? = { _ in nil })
        -> BarChart? {
        let bars = comparison.organizations.flatMap { organization in
            organization.years.compactMap { year in
                value(year).map { BarChart.Bar(label: "\(organization.name) \(year.year)", value: $0,
                                              link: source(year).map(Self.link)) }
            }
        }
        return bars.isEmpty ? nil : BarChart(title: title, unit: unit, bars: bars, format: format)
    }

    private func economyCharts() -> [BarChart] {
        let source = { (year: Comparison.Year) in year.budgetSource.flatMap { $0.split(separator: ":").first.map(String.init) } }
        return [
            perYear("Budgeterade intäkter", unit: "kronor", format: Self.kronor, { $0.budgetIncomeSEK.map(Double.init) }, source: source),
            perYear("Budgeterade kostnader", unit: "kronor", format: Self.kronor, { $0.budgetCostsSEK.map(Double.init) }, source: source),
            perYear("Budgeterat resultat", unit: "kronor", format: Self.kronor, { $0.budgetResultSEK.map(Double.init) }, source: source),
        ].compactMap { $0 }
    }

    /// Members once per förbund (the most any of its documents names), the fee and running projects per year.
    private func memberCharts() -> [BarChart] {
        let members = comparison.organizations.compactMap { organization in
            organization.years.compactMap(\.members).max().map { BarChart.Bar(label: organization.name, value: Double($0)) }
        }
        return [
            members.isEmpty ? nil : BarChart(title: "Medlemskommuner per förbund", unit: "antal kommuner", bars: members, format: Self.count),
            perYear("Medlemsavgift per invånare", unit: "kronor per invånare",
                    format: { SwedishNumber.format(mantissa: Int(($0 * 100).rounded()), decimals: 2) + " kr" }, { $0.feePerInhabitantSEK }),
            perYear("Pågående projekt", unit: "antal projekt", format: Self.count, { $0.projectsRunning.map(Double.init) }),
        ].compactMap { $0 }
    }

    /// Per document and kind of item, a bar per theme (every theme, so charts compare).
    private func themeCharts() -> [BarChart] {
        ReportDocument.ordered(documents).flatMap { document in
            let kinds: [(String, String, [Theme: Int], Int, Int)] = [
                ("Aktiviteter", "antal aktiviteter", document.activities, document.counts.activities, document.untagged.activities),
                ("Insatser", "antal insatser", document.measures, document.counts.measures, document.untagged.measures),
                ("Initiativ", "antal initiativ", document.initiatives, document.counts.initiatives, document.untagged.initiatives),
            ]
            return kinds.compactMap { name, unit, perTheme, total, untagged -> BarChart? in
                guard total > 0 else { return nil }
                let owner = document.organizationName.map { "\($0): " } ?? ""
                let period = document.periodText.map { " (\($0))" } ?? ""
                let bars = Theme.allCases.map { theme in
                    BarChart.Bar(label: themeNames[theme] ?? theme.rawValue, value: Double(perTheme[theme] ?? 0),
                                 link: Self.link(document.id))
                } + [BarChart.Bar(label: "Utan tema", value: Double(untagged), link: Self.link(document.id))]
                return BarChart(title: "\(name) per tema – \(owner)\(document.title)\(period), \(total) i allt",
                                unit: unit, bars: bars, format: Self.count)
            }
        }
    }
}
