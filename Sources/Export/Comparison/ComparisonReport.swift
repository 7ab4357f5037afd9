import Foundation
import Normalize

/// The comparison as a tidy CSV, a Markdown page and a self-contained HTML report with inline SVG
/// bar charts. Missing facts show as "–" (never as zero).
struct ComparisonReport {
    var comparison: Comparison

    /// One fact of one organization and year.
    struct Metric: Sendable {
        var name: String
        var title: String
        var value: @Sendable (Comparison.Year) -> Double?
        var format: @Sendable (Double) -> String
    }

    static let kronor: @Sendable (Double) -> String = { whole($0) + " kr" }
    static let plain: @Sendable (Double) -> String = { whole($0) }

    /// A value rounded to whole units, Swedish style; beyond Int's range as a plain number.
    static func whole(_ value: Double) -> String {
        guard let integer = Int(exactly: value.rounded()) else { return String(value) }
        return SwedishNumber.format(mantissa: integer)
    }

    static let metrics: [Metric] = [
        Metric(name: "budget_income_sek", title: "Budget income", value: { $0.budgetIncomeSEK.map(Double.init) },
               format: kronor),
        Metric(name: "budget_costs_sek", title: "Budget costs", value: { $0.budgetCostsSEK.map(Double.init) },
               format: kronor),
        Metric(name: "budget_result_sek", title: "Budget result", value: { $0.budgetResultSEK.map(Double.init) },
               format: kronor),
        Metric(name: "members", title: "Member municipalities", value: { $0.members.map(Double.init) }, format: plain),
        Metric(name: "fee_per_invanare_sek", title: "Membership fee per inhabitant", value: { $0.feePerInhabitantSEK },
               format: { SwedishNumber.format(mantissa: Int(($0 * 100).rounded()), decimals: 2) + " kr" }),
        Metric(name: "projects_running", title: "Projects running", value: { $0.projectsRunning.map(Double.init) },
               format: plain),
    ] + Theme.allCases.flatMap { theme in
        let kinds: [(String, @Sendable (Comparison.Year) -> [String: Int]?)] = [
            ("activities", { $0.activitiesPerTheme }), ("measures", { $0.measuresPerTheme }),
            ("initiatives", { $0.initiativesPerTheme }),
        ]
        return kinds.map { kind, counts in
            Metric(name: "\(kind)_\(theme.rawValue)", title: "\(kind.capitalized): \(theme.rawValue)",
                   value: { year in counts(year).map { Double($0[theme.rawValue] ?? 0) } }, format: plain)
        }
    }

    /// Long format: organization_id, organization, year, metric, value.
    func csv() -> String {
        let dialect = CSVDialect.standard
        var text = dialect.record(["organization_id", "organization", "year", "metric", "value", "budget_source"]
            .map(CSVValue.string))
        for organization in comparison.organizations {
            for year in organization.years {
                for metric in Self.metrics {
                    guard let value = metric.value(year) else { continue }
                    text += dialect.record([.string(organization.id), .string(organization.name), .integer(year.year),
                                            .string(metric.name), .number(value),
                                            metric.name.hasPrefix("budget_") ? CSVValue(year.budgetSource) : .null])
                }
            }
        }
        return text
    }

    private var years: [Int] { Array(Set(comparison.organizations.flatMap { $0.years.map(\.year) })).sorted() }

    /// The metrics that some organization states, with a row per year and a column per organization.
    /// Budget, members, fee and projects as one table each (a row per year, a column per förbund);
    /// then one table per kind of item with a row per förbund and year and a column per theme.
    func markdown() -> String {
        var text = "# Cross-förbund comparison\n\nFacts stated in each förbund's documents; – means not stated.\n"
        for metric in Self.metrics where !metric.name.contains("_") || metric.name.hasPrefix("budget_")
            || metric.name.hasPrefix("fee_") || metric.name.hasPrefix("projects_") {
            guard comparison.organizations.contains(where: { $0.years.contains { metric.value($0) != nil } }) else {
                continue
            }
            text += "\n## \(metric.title)\n\n| year | " + comparison.organizations.map(\.name).joined(separator: " | ") + " |\n"
            text += "|---|" + comparison.organizations.map { _ in "---:|" }.joined() + "\n"
            for year in years {
                let values = comparison.organizations.map { organization in
                    organization.years.first { $0.year == year }.flatMap(metric.value)
                }
                guard values.contains(where: { $0 != nil }) else { continue }
                let cells = values.map { $0.map(metric.format) ?? "–" }
                text += "| \(year) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        let kinds: [(String, (Comparison.Year) -> [String: Int]?)] = [
            ("Activities", { $0.activitiesPerTheme }), ("Measures", { $0.measuresPerTheme }),
            ("Initiatives", { $0.initiativesPerTheme }),
        ]
        let themes = Theme.allCases.map(\.rawValue)
        for (title, counts) in kinds {
            let rows = comparison.organizations.flatMap { organization in
                organization.years.compactMap { year in counts(year).map { (organization.name, year.year, $0) } }
            }
            guard !rows.isEmpty else { continue }
            text += "\n## \(title) per theme\n\n| förbund | year | " + themes.joined(separator: " | ") + " |\n"
            text += "|---|---|" + themes.map { _ in "---:|" }.joined() + "\n"
            for (name, year, perTheme) in rows {
                text += "| \(name) | \(year) | " + themes.map { String(perTheme[$0] ?? 0) }.joined(separator: " | ") + " |\n"
            }
        }
        return text
    }

    /// A page with one table and one bar chart (inline SVG) per metric; no external assets.
    func html() -> String {
        var body = ""
        for metric in Self.metrics {
            let bars: [(label: String, value: Double)] = comparison.organizations.flatMap { organization in
                organization.years.compactMap { year in
                    metric.value(year).map { ("\(organization.name) \(year.year)", $0) }
                }
            }
            guard !bars.isEmpty else { continue }
            body += "<section><h2>\(Self.escape(metric.title))</h2>\n" + Self.chart(bars, format: metric.format) + "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>planpipe: cross-förbund comparison</title>
            <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}
            h2{font-size:1.1em;margin-top:2em}svg text{font-size:12px}</style></head>
            <body><h1>Cross-förbund comparison</h1>
            <p>Facts stated in each förbund's documents. A bar is drawn only where a document states the fact.</p>
            \(body)</body></html>

            """
    }

    static func chart(_ bars: [(label: String, value: Double)], format: (Double) -> String) -> String {
        let height = 22, labelWidth = 260, barWidth = 360
        let largest = max(1, bars.map { abs($0.value) }.max() ?? 1)
        var svg = "<svg width=\"\(labelWidth + barWidth + 140)\" height=\"\(bars.count * height + 4)\" role=\"img\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * height + 2
            let width = Int((abs(bar.value) / largest * Double(barWidth)).rounded())
            let color = bar.value < 0 ? "#c0392b" : "#2e6da4"
            svg += "<text x=\"0\" y=\"\(y + 15)\">\(escape(bar.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(height - 6)\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(escape(format(bar.value)))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
