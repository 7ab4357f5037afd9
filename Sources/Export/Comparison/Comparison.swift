import Foundation
import Normalize

/// The cross-förbund comparison: the same facts side by side per organization and year.
/// A fact a document does not state is null, never zero.
public struct Comparison: Sendable, Equatable, Codable {
    public var schemaVersion = "1"
    public var organizations: [Organization]

    public struct Organization: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public var years: [Year]
    }

    public struct Year: Sendable, Equatable, Codable {
        public var year: Int
        /// Income, costs (as a positive amount) and result of the förbund's total budget table.
        public var budgetIncomeSEK: Int?
        public var budgetCostsSEK: Int?
        public var budgetResultSEK: Int?
        /// "<document id>: <table title>" the budget figures come from.
        public var budgetSource: String?
        public var members: Int?
        public var feePerInhabitantSEK: Double?
        /// Items per theme in the plans in force that year: activities, measures, initiatives.
        public var activitiesPerTheme: [String: Int]?
        public var measuresPerTheme: [String: Int]?
        public var initiativesPerTheme: [String: Int]?
        public var projectsRunning: Int?

        private enum CodingKeys: String, CodingKey {
            case year, budgetIncomeSEK = "budget_income_sek", budgetCostsSEK = "budget_costs_sek"
            case budgetResultSEK = "budget_result_sek", budgetSource = "budget_source", members
            case feePerInhabitantSEK = "fee_per_invanare_sek", activitiesPerTheme = "activities_per_theme"
            case measuresPerTheme = "measures_per_theme", initiativesPerTheme = "initiatives_per_theme"
            case projectsRunning = "projects_running"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encode(budgetIncomeSEK, forKey: .budgetIncomeSEK)
            try container.encode(budgetCostsSEK, forKey: .budgetCostsSEK)
            try container.encode(budgetResultSEK, forKey: .budgetResultSEK)
            try container.encode(budgetSource, forKey: .budgetSource)
            try container.encode(members, forKey: .members)
            try container.encode(feePerInhabitantSEK, forKey: .feePerInhabitantSEK)
            try container.encode(activitiesPerTheme.map(Self.sorted), forKey: .activitiesPerTheme)
            try container.encode(measuresPerTheme.map(Self.sorted), forKey: .measuresPerTheme)
            try container.encode(initiativesPerTheme.map(Self.sorted), forKey: .initiativesPerTheme)
            try container.encode(projectsRunning, forKey: .projectsRunning)
        }

        /// Theme counts in the fixed theme order, so output never depends on hashing.
        static func sorted(_ counts: [String: Int]) -> OrderedCounts {
            OrderedCounts(pairs: Theme.allCases.map(\.rawValue).compactMap { key in counts[key].map { (key, $0) } })
        }
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", organizations }
}

/// A `[String: Int]` that encodes its keys in a fixed order.
struct OrderedCounts: Encodable {
    var pairs: [(String, Int)]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in pairs { try container.encode(value, forKey: Key(stringValue: key)) }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Builds the comparison from documents fed one at a time, keeping only the facts it needs.
struct ComparisonBuilder {
    private var names: [String: String] = [:]
    private var facts: [String: [Int: Comparison.Year]] = [:]
    /// Every document added, as the HTML report shows it.
    private(set) var documents: [ReportDocument] = []

    mutating func add(_ document: PlanDocument) {
        documents.append(ReportDocument(document))
        guard let organization = document.document.organization.id else { return }
        names[organization] = document.document.organization.name
        let period = document.document.period
        let planYears = period.map { Array($0.from...max($0.from, $0.to)) } ?? []

        for table in document.budgetTables where table.scope == "totalt" && table.unit != "%" {
            for (column, header) in table.columns.enumerated() {
                guard let year = header.year else { continue }
                update(organization, year) { facts in
                    guard facts.budgetSource == nil else { return }
                    let totals = BudgetTotals(table: table, column: column)
                    guard totals.income != nil || totals.costs != nil || totals.result != nil else { return }
                    facts.budgetIncomeSEK = totals.income
                    facts.budgetCostsSEK = totals.costs
                    facts.budgetResultSEK = totals.result
                    facts.budgetSource = "\(document.document.id): \(table.title)"
                }
            }
        }
        for year in planYears {
            update(organization, year) { facts in
                if !document.members.isEmpty { facts.members = max(facts.members ?? 0, document.members.count) }
                if !document.activities.isEmpty {
                    facts.activitiesPerTheme = Self.count(document.activities.map(\.themes), into: facts.activitiesPerTheme)
                }
                if !document.measures.isEmpty {
                    facts.measuresPerTheme = Self.count(document.measures.map(\.themes), into: facts.measuresPerTheme)
                }
                if !document.initiatives.isEmpty {
                    facts.initiativesPerTheme = Self.count(document.initiatives.map(\.themes),
                                                           into: facts.initiativesPerTheme)
                }
                let running = document.projects.filter { project in
                    guard let start = project.start?.prefix(4), let end = project.end?.prefix(4),
                          let from = Int(start), let to = Int(end) else { return false }
                    return (from...max(from, to)).contains(year)
                }
                if !document.projects.isEmpty { facts.projectsRunning = (facts.projectsRunning ?? 0) + running.count }
            }
        }
        for figure in document.keyFigures where figure.name == "medlemsavgift_per_invanare" {
            guard let year = figure.year else { continue }
            update(organization, year) { $0.feePerInhabitantSEK = $0.feePerInhabitantSEK ?? figure.value }
        }
    }

    private mutating func update(_ organization: String, _ year: Int, _ change: (inout Comparison.Year) -> Void) {
        var facts = self.facts[organization, default: [:]][year] ?? Comparison.Year(year: year)
        change(&facts)
        self.facts[organization, default: [:]][year] = facts
    }

    private static func count(_ themes: [[Theme]], into counts: [String: Int]?) -> [String: Int] {
        var counts = counts ?? [:]
        for theme in themes.joined() { counts[theme.rawValue, default: 0] += 1 }
        return counts
    }

    func build() -> Comparison {
        Comparison(organizations: facts.keys.sorted().map { id in
            Comparison.Organization(id: id, name: names[id] ?? id,
                                    years: (facts[id] ?? [:]).values.sorted { $0.year < $1.year })
        })
    }
}

extension Comparison.Year {
    init(year: Int) {
        self.year = year
    }
}

/// Income, costs and result of one column of a budget table, read from its row kinds: the
/// income subtotal (or the income rows), the cost subtotal (or the cost rows), the result row.
struct BudgetTotals {
    var income: Int?
    var costs: Int?
    var result: Int?

    init(table: BudgetTable, column: Int) {
        func amount(_ row: BudgetRow) -> Int? { column < row.cells.count ? row.cells[column].amountSEK : nil }
        let incomeSum = table.rows.first { $0.kind == .subtotal && $0.label.lowercased().contains("intäkt") }
        let costSum = table.rows.first { $0.kind == .subtotal && $0.label.lowercased().contains("kostnad") }
        let incomeRows = table.rows.filter { $0.kind == .income }.compactMap(amount)
        let costRows = table.rows.filter { $0.kind == .cost }.compactMap(amount)
        income = incomeSum.flatMap(amount) ?? (incomeRows.isEmpty ? nil : incomeRows.checkedSum)
        let costTotal = costSum.flatMap(amount) ?? (costRows.isEmpty ? nil : costRows.checkedSum)
        costs = costTotal.flatMap { $0 == .min ? nil : abs($0) }
        result = table.rows.first { $0.kind == .result }.flatMap(amount)
    }

}
