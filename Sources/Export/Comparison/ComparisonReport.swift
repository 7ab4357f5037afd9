import Foundation
import Normalize

/// The comparison as a tidy CSV and a Markdown page in Swedish (the HTML page is `ReportPage`).
/// Missing facts show as "–" (never as zero).
struct ComparisonReport {
    var comparison: Comparison
    /// Theme names for people, from `themes.json`.
    var themeNames: [Theme: String] = [:]

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
        Metric(name: "budget_income_sek", title: "Budgeterade intäkter", value: { $0.budgetIncomeSEK.map(Double.init) },
               format: kronor),
        Metric(name: "budget_costs_sek", title: "Budgeterade kostnader", value: { $0.budgetCostsSEK.map(Double.init) },
               format: kronor),
        Metric(name: "budget_result_sek", title: "Budgeterat resultat", value: { $0.budgetResultSEK.map(Double.init) },
               format: kronor),
        Metric(name: "members", title: "Medlemskommuner", value: { $0.members.map(Double.init) }, format: plain),
        Metric(name: "fee_per_invanare_sek", title: "Medlemsavgift per invånare", value: { $0.feePerInhabitantSEK },
               format: { SwedishNumber.format(mantissa: Int(($0 * 100).rounded()), decimals: 2) + " kr" }),
        Metric(name: "projects_running", title: "Pågående projekt", value: { $0.projectsRunning.map(Double.init) },
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
        var text = "# Jämförelse mellan kommunalförbund\n\nUppgifter som förbundens dokument anger; – betyder att ingen gör det.\n"
        for metric in Self.metrics where !metric.name.contains("_") || metric.name.hasPrefix("budget_")
            || metric.name.hasPrefix("fee_") || metric.name.hasPrefix("projects_") {
            guard comparison.organizations.contains(where: { $0.years.contains { metric.value($0) != nil } }) else {
                continue
            }
            text += "\n## \(metric.title)\n\n| år | " + comparison.organizations.map(\.name).joined(separator: " | ") + " |\n"
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
            ("Aktiviteter", { $0.activitiesPerTheme }), ("Insatser", { $0.measuresPerTheme }),
            ("Initiativ", { $0.initiativesPerTheme }),
        ]
        let themes = Theme.allCases.map(\.rawValue)
        let themeTitles = Theme.allCases.map { themeNames[$0] ?? $0.rawValue }
        for (title, counts) in kinds {
            let rows = comparison.organizations.flatMap { organization in
                organization.years.compactMap { year in counts(year).map { (organization.name, year.year, $0) } }
            }
            guard !rows.isEmpty else { continue }
            text += "\n## \(title) per tema\n\n| förbund | år | " + themeTitles.joined(separator: " | ") + " |\n"
            text += "|---|---|" + themes.map { _ in "---:|" }.joined() + "\n"
            for (name, year, perTheme) in rows {
                text += "| \(name) | \(year) | " + themes.map { String(perTheme[$0] ?? 0) }.joined(separator: " | ") + " |\n"
            }
        }
        return text
    }
}
