import Ingest

/// The normalized plan: the `schema_version "1"` shape of docs/OUTPUT.md that exporters read.
///
/// Every extracted fact carries `Provenance`; run metadata (timestamps, status) never goes here.
public struct PlanDocument: Sendable, Equatable, Codable {
    public static let schemaVersion = "1"

    public var schemaVersion: String = PlanDocument.schemaVersion
    public var document: DocumentInfo
    public var members: [Member] = []
    public var goals: [Goal] = []
    public var activities: [Activity] = []
    public var measures: [Measure] = []
    public var budgetTables: [BudgetTable] = []
    public var projects: [Project] = []
    public var indicators: [Indicator] = []
    public var initiatives: [Initiative] = []
    public var keyFigures: [KeyFigure] = []
    /// Networks the förbund runs, by group (strategy slides).
    public var networks: [Network] = []
    public var warnings: [Diagnostic] = []

    public init(document: DocumentInfo) {
        self.document = document
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", document, members, goals, activities, measures
        case budgetTables = "budget_tables", projects, indicators, initiatives
        case keyFigures = "key_figures", networks, warnings
    }
}
