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
    /// Every table region the layout found, in reading order, with the list that read it.
    public var tables: [DocumentTable] = []
    public var warnings: [Diagnostic] = []

    public init(document: DocumentInfo) {
        self.document = document
    }

    /// Decodes as synthesized, except that `tables` may be missing (outputs written before it
    /// was added): then it is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(String.self, forKey: .schemaVersion)
        document = try container.decode(DocumentInfo.self, forKey: .document)
        members = try container.decode([Member].self, forKey: .members)
        goals = try container.decode([Goal].self, forKey: .goals)
        activities = try container.decode([Activity].self, forKey: .activities)
        measures = try container.decode([Measure].self, forKey: .measures)
        budgetTables = try container.decode([BudgetTable].self, forKey: .budgetTables)
        projects = try container.decode([Project].self, forKey: .projects)
        indicators = try container.decode([Indicator].self, forKey: .indicators)
        initiatives = try container.decode([Initiative].self, forKey: .initiatives)
        keyFigures = try container.decode([KeyFigure].self, forKey: .keyFigures)
        networks = try container.decode([Network].self, forKey: .networks)
        tables = try container.decodeIfPresent([DocumentTable].self, forKey: .tables) ?? []
        warnings = try container.decode([Diagnostic].self, forKey: .warnings)
    }

    /// True when no list holds anything (the document's metadata and tables aside).
    public var isEmpty: Bool {
        members.isEmpty && goals.isEmpty && activities.isEmpty && measures.isEmpty && budgetTables.isEmpty
            && projects.isEmpty && indicators.isEmpty && initiatives.isEmpty && keyFigures.isEmpty && networks.isEmpty
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", document, members, goals, activities, measures
        case budgetTables = "budget_tables", projects, indicators, initiatives
        case keyFigures = "key_figures", networks, tables, warnings
    }
}
