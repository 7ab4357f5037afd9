import Foundation
import Ingest
import Normalize
import Testing
@testable import Export

/// `tables` in the diff: matched by title and header, rows compared as text.
struct TableDiffTests {
    static let old = TableFixtures.document(tables: [TableFixtures.activities, TableFixtures.unmapped])

    /// The activity table gets a row reworded and one more; a budget table is new; the untitled one is as before.
    static var new: PlanDocument {
        var activities = TableFixtures.activities
        activities.title = "AKTIVITETER  2026"  // case and spacing do not break the match
        activities.rows = [["Driva nätverk, två gånger per år", "Förbundskansliet"], ["Ta fram en handlingsplan", ""],
                           ["Följa upp planen", "Styrelsen"]]
        activities.provenance = Provenance(page: 5, lines: 70...85)  // provenance is not compared
        let budget = DocumentTable(title: "Budget 2026", header: ["Post", "2026"], rows: [["Intäkter", "1 000"]],
                                   readAs: .budgetTables, provenance: Provenance(page: 6, lines: 90...92))
        return TableFixtures.document(id: "fyrbodal-aktivitetsplan-2027",
                                      tables: [activities, budget, TableFixtures.unmapped])
    }

    @Test func aTableAddedAndOneChanged() throws {
        let diff = PlanDiffer().diff(Self.old, Self.new)
        let nonZero = diff.summary.counts.filter { $0.1 > 0 }
        #expect(nonZero.map(\.0) == ["tables_added", "tables_changed"])
        #expect(nonZero.map(\.1) == [1, 1])
        #expect(diff.summary.counts.suffix(3).map(\.0) == ["tables_added", "tables_removed", "tables_changed"])
        #expect(diff.tables.added == [TableChanges.Table(title: "Budget 2026", header: ["Post", "2026"],
                                                         readAs: "budget_tables", rowCount: 1)])
        #expect(diff.tables.removed.isEmpty)
        #expect(diff.tables.changed == [TableChanges.Change(
            title: "AKTIVITETER  2026", header: ["Aktivitet", "Resurser"], readAs: "activities",
            addedRows: [["Ta fram en handlingsplan", ""], ["Följa upp planen", "Styrelsen"]],
            removedRows: [["Ta fram en plan", ""]])])
        #expect(diff.tables.changed.first?.rowsAdded == 2)
        #expect(diff.tables.changed.first?.rowsRemoved == 1)
    }

    @Test func theJSONAndMarkdownShowTheTables() throws {
        let report = DiffReport(diff: PlanDiffer().diff(Self.old, Self.new))
        let json = try JSONSerialization.jsonObject(with: try report.json()) as? [String: Any]
        let summary = json?["summary"] as? [String: Int]
        #expect(summary?["tables_added"] == 1)
        #expect(summary?["tables_removed"] == 0)
        #expect(summary?["tables_changed"] == 1)
        let tables = try #require(json?["tables"] as? [String: Any])
        #expect(tables.keys.sorted() == ["added", "changed", "removed"])
        let added = (tables["added"] as? [[String: Any]])?.first
        #expect(added?["title"] as? String == "Budget 2026")
        #expect(added?["read_as"] as? String == "budget_tables")
        #expect(added?["row_count"] as? Int == 1)
        let changed = try #require((tables["changed"] as? [[String: Any]])?.first)
        #expect(changed.keys.sorted() == ["added_rows", "header", "read_as", "removed_rows", "rows_added",
                                          "rows_removed", "title"])
        #expect(changed["rows_added"] as? Int == 2)
        #expect(changed["rows_removed"] as? Int == 1)
        #expect(changed["removed_rows"] as? [[String]] == [["Ta fram en plan", ""]])
        let section: [String] = [
            "", "## Tables", "",
            "- added: **Budget 2026** (Post | 2026), 1 row",
            "- changed: **AKTIVITETER  2026** (Aktivitet | Resurser): 2 rows added, 1 row removed",
            "  - added: Ta fram en handlingsplan | ",
            "  - added: Följa upp planen | Styrelsen",
            "  - removed: Ta fram en plan | ",
        ]
        let markdown = report.markdown()
        #expect(markdown.hasSuffix(section.map { $0 + "\n" }.joined()))
        #expect(markdown.contains("| tables added | 1 |\n| tables changed | 1 |\n"))
    }

    @Test func aDocumentDiffedWithItselfHasNoTableChanges() {
        #expect(!PlanDiffer().diff(Self.new, Self.new).hasDifferences)
    }

    /// A JSON output written before `tables` existed is read with no tables, so its diff lists
    /// every table of the newer side as added.
    @Test func anEarlierOutputWithoutTablesIsRead() throws {
        var json = try #require(try JSONSerialization.jsonObject(with: PlanJSONExporter().render(Self.old))
            as? [String: Any])
        json["tables"] = nil
        let url = FileManager.default.temporaryDirectory.appending(path: "planpipe-old-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        let earlier = try DiffInput(pipeline: PlanPipeline()).load(url)
        var expected = Self.old
        expected.tables = []
        #expect(earlier == expected)
        let diff = PlanDiffer().diff(earlier, Self.old)
        #expect(diff.tables.added.map(\.title) == ["Aktiviteter 2026", nil])
    }
}
