import Normalize

/// What the HTML report shows of one document: who and what it is, and its items per theme.
/// Kept per document, not per year, so a plan for 2021–2030 is shown once.
struct ReportDocument: Sendable {
    var id: String
    var title: String
    var organization: String?
    var organizationName: String?
    var kind: DocumentKind
    var period: Period?
    var activities: [Theme: Int]
    var measures: [Theme: Int]
    var initiatives: [Theme: Int]
    var counts: Counts
    /// Items that no theme's words tag: activities, measures, initiatives.
    var untagged: (activities: Int, measures: Int, initiatives: Int)

    struct Counts: Sendable, Equatable {
        var activities: Int
        var measures: Int
        var initiatives: Int
        var budgetTables: Int
        var projects: Int
        var members: Int
    }

    init(_ document: PlanDocument) {
        id = document.document.id
        title = document.document.title
        organization = document.document.organization.id
        organizationName = document.document.organization.name
        kind = document.document.kind
        period = document.document.period
        activities = Self.count(document.activities.map(\.themes))
        measures = Self.count(document.measures.map(\.themes))
        initiatives = Self.count(document.initiatives.map(\.themes))
        untagged = (document.activities.filter(\.themes.isEmpty).count, document.measures.filter(\.themes.isEmpty).count,
                    document.initiatives.filter(\.themes.isEmpty).count)
        counts = Counts(activities: document.activities.count, measures: document.measures.count,
                        initiatives: document.initiatives.count, budgetTables: document.budgetTables.count,
                        projects: document.projects.count, members: document.members.count)
    }

    private static func count(_ themes: [[Theme]]) -> [Theme: Int] {
        var counts: [Theme: Int] = [:]
        for theme in themes.joined() { counts[theme, default: 0] += 1 }
        return counts
    }

    /// "2025–2027", "2026", or nil without a period.
    var periodText: String? {
        period.map { $0.from == $0.to ? "\($0.from)" : "\($0.from)–\($0.to)" }
    }

    /// Sorted by förbund, then period, then id: the order the report lists them in.
    static func ordered(_ documents: [ReportDocument]) -> [ReportDocument] {
        documents.sorted {
            ($0.organizationName ?? "~", $0.period?.from ?? Int.max, $0.id) < ($1.organizationName ?? "~", $1.period?.from ?? Int.max, $1.id)
        }
    }
}
