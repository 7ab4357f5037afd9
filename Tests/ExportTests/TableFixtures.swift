import Ingest
import Normalize

/// A small document with two tables, built in code for the `tables` export tests.
enum TableFixtures {
    static let activities = DocumentTable(
        title: "Aktiviteter 2026", header: ["Aktivitet", "Resurser"],
        rows: [["Driva nätverk, två gånger per år", "Förbundskansliet"], ["Ta fram en plan", ""]],
        readAs: .activities, provenance: Provenance(page: 3, lines: 40...52))

    static let unmapped = DocumentTable(
        title: nil, header: ["Tidplan", "Ansvar"], rows: [["Q2 2026", "Säg \"vi\""]],
        readAs: nil, provenance: Provenance(page: 4, lines: 60...63))

    static func document(id: String = "fyrbodal-aktivitetsplan-2026", tables: [DocumentTable]) -> PlanDocument {
        var document = PlanDocument(document: DocumentInfo(
            id: id, title: "Aktivitetsplan 2026",
            organization: Organization(id: "fyrbodal", name: "Fyrbodals kommunalförbund"),
            kind: .aktivitetsplan, period: Period(from: 2026, to: 2026),
            source: SourceInfo(path: "plans/\(id).txt", format: .text, sha256: String(repeating: "0", count: 64),
                               pages: 5)))
        document.tables = tables
        return document
    }
}
