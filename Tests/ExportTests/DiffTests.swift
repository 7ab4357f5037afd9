import Foundation
import Normalize
import Testing
@testable import Export

/// `planpipe diff` on "next year" versions of seeds 000 and 003 (`Fixtures/diff/`, made by
/// `scripts/make-diff-fixtures.py`): every change is reported, and nothing else.
struct DiffTests {
    static let root = ReferenceTests.root

    static func document(_ path: String) throws -> PlanDocument {
        try PlanPipeline().extract(root.appending(path: path))
    }

    static func value(_ item: DiffItem, _ field: String) -> String? {
        item.fields.first { $0.name == field }?.value.joined
    }

    @Test func theNextYearsActivityPlan() throws {
        let diff = PlanDiffer().diff(try Self.document("seeds/000_95ad663e025e0bbc.txt"),
                                     try Self.document("Tests/ExportTests/Fixtures/diff/aktivitetsplan-2024.txt"))
        let nonZero = diff.summary.counts.filter { $0.1 > 0 }
        #expect(nonZero.map(\.0) == ["activities_added", "activities_removed", "activities_changed", "activities_moved",
                                      "tables_changed"])
        #expect(nonZero.map(\.1) == [2, 2, 2, 1, 5])
        // The activity tables' rows: the moved row leaves one table for the other.
        #expect(diff.tables.changed.map(\.title) == [
            "Strategiskt mål: Kvalitet och välfärdsutveckling", "Strategiskt mål: Barn och unga",
            "Strategiskt mål Kompetens, FoU och samverkan", "Strategiskt mål: Infrastruktur och digital service",
            "Verksamhetsstöd",
        ])
        #expect(diff.tables.changed.map { [$0.rowsAdded, $0.rowsRemoved] } == [[0, 1], [2, 0], [1, 2], [1, 1], [1, 1]])
        #expect(diff.new.id == "fyrbodal-aktivitetsplan-2024")
        #expect(diff.activities.added.compactMap { Self.value($0, "activity") } == [
            "Stödja kommunernas arbete med barnets rättigheter enligt barnkonventionen.",
            "Införa ett gemensamt ärendehanteringssystem",
        ])
        #expect(diff.activities.added.map { $0.placement.map(\.value) } == [
            ["Stöd, omsorg och hälsa", "Barn och unga"], ["Verksamhetsstöd", nil],
        ])
        #expect(diff.activities.removed.compactMap { Self.value($0, "activity")?.prefix(30) } == [
            "Skapa möte och erbjuda utbildn", "Ta fram en kodplan och avdelni",
        ])
        let changed = diff.activities.changed
        #expect(changed.map(\.fields) == [["activity"], ["resources"]])
        #expect(changed.map(\.similarity) == [0.88, 0.96])
        #expect(changed[0].wordDiff.first?.operations == [
            .init(op: .equal, text: "Arbeta i enlighet med"), .init(op: .delete, text: "verksamhetsplan"),
            .init(op: .insert, text: "den nya verksamhetsplanen"), .init(op: .equal, text: "för FoU-Socialtjänst."),
        ])
        let moved = try #require(diff.activities.moved.first)
        #expect(Self.value(moved.new, "activity")?.hasPrefix("Stödja kommunerna i deras arbete med suicidprevention") == true)
        #expect(moved.old.placement.map(\.value) == ["Stöd, omsorg och hälsa", "Kvalitet och välfärdsutveckling"])
        #expect(moved.new.placement.map(\.value) == ["Stöd, omsorg och hälsa", "Barn och unga"])
        #expect(moved.fields.isEmpty)
    }

    @Test func theNextYearsBudget() throws {
        let diff = PlanDiffer().diff(try Self.document("seeds/003_7ca1042aa7ecc69e.txt"),
                                     try Self.document("Tests/ExportTests/Fixtures/diff/skaraborg-budget-2027.txt"))
        #expect(diff.summary.counts.filter { $0.1 > 0 }.map(\.0) == ["budget_rows_changed", "budget_rows_added",
                                                                     "tables_added", "tables_removed", "tables_changed"])
        let rows = diff.budgetRows.changed.map {
            "\($0.scope) \($0.row) \($0.oldYear)→\($0.newYear): \($0.oldAmountSEK ?? 0) → \($0.newAmountSEK ?? 0) "
                + "(\($0.deltaSEK ?? 0), \($0.percent ?? 0))"
        }
        #expect(rows == [
            "totalt INTÄKTER 2026→2027: 64295000 → 66120000 (1825000, 2.84)",
            "totalt Personal 2026→2027: -42114000 → -43500000 (-1386000, -3.29)",
            "totalt Övriga kostnader 2026→2027: -21996000 → -22400000 (-404000, -1.84)",
            "totalt SUMMA KOSTNADER 2026→2027: -64110000 → -65940000 (-1830000, -2.85)",
            "totalt RESULTAT 2026→2027: 185000 → 180000 (-5000, -2.7)",
            "Kunskapsutveckling INTÄKTER 2026→2026: 10204000 → 10404000 (200000, 1.96)",
            "Kunskapsutveckling Övriga kostnader 2026→2026: -3252000 → -3452000 (-200000, -6.15)",
            "Kunskapsutveckling SUMMA KOSTNADER 2026→2026: -10204000 → -10404000 (-200000, -1.96)",
        ])
        #expect(diff.budgetRows.added.map(\.row) == ["Avskrivningar"])
        #expect(diff.budgetRows.added.first?.amounts.map(\.amountSEK) == [-40_000, 0])
        #expect(diff.budgetRows.removed.isEmpty)
        // The total table's header names the years, so next year's is another table; a unit's keeps its header.
        #expect(diff.tables.added.map(\.header) == [["Kr", "2027", "2026"]])
        #expect(diff.tables.removed.map(\.header) == [["Kr", "2026", "2025"]])
        #expect(diff.tables.added.map(\.title) == diff.tables.removed.map(\.title))
        let unit = try #require(diff.tables.changed.first)
        #expect(diff.tables.changed.count == 1)
        #expect(unit.title == "BUDGET KUNSKAPSUTVECKLING")
        #expect(unit.addedRows.map(\.first) == ["INTÄKTER", "Övriga kostnader", "SUMMA KOSTNADER"])
        #expect(unit.removedRows == [["INTÄKTER", "10 204 000", "8 773 000"], ["Övriga kostnader", "-3 252 000", "-1 991 000"],
                                     ["SUMMA KOSTNADER", "-10 204 000", "-8 773 000"]])
    }

    @Test(arguments: ReferenceTests.seeds)
    func aDocumentDiffedWithItselfHasNoDifferences(seed: String) throws {
        let document = try Self.document("seeds/\(seed).txt")
        let diff = PlanDiffer().diff(document, document)
        #expect(!diff.hasDifferences)
        #expect(DiffReport(diff: diff).markdown().hasSuffix("No differences in content.\n"))
    }

    /// The PDF of a plan and a text dump of the same plan give no differences in content.
    @Test func aTextDumpAndThePDFOfOnePlanAgree() throws {
        let pdf = try Self.document("Tests/IngestTests/Fixtures/pdf/activity-table.pdf")
        let text = try Self.document("Tests/ExportTests/Fixtures/diff/activity-table.txt")
        #expect(pdf.activities.count == 17)
        let diff = PlanDiffer().diff(text, pdf)
        #expect(!diff.hasDifferences, "\(DiffReport(diff: diff).markdown())")
    }

    /// Near-misses for the similarity threshold (0.6): rewordings stay matched, other items do not.
    @Test func similarityThresholdOnNearMisses() {
        let reworded = WordDiff.similarity(
            "Stödja kommunerna i deras arbete med suicidprevention genom kunskapshöjande insatser.",
            "Stödja kommunerna i arbetet med suicidprevention genom kunskapshöjande insatser och nätverk.")
        let different = WordDiff.similarity(
            "Stödja kommunerna i deras arbete med suicidprevention genom kunskapshöjande insatser.",
            "Stödja kommunerna i omställningen till nära vård ur ett kommunalt perspektiv.")
        #expect(reworded >= 0.6)
        #expect(different < 0.6)
        #expect(WordDiff.similarity("", "") == 1)
    }

    @Test func theJSONHasTheContractsShape() throws {
        let diff = PlanDiffer().diff(try Self.document("seeds/003_7ca1042aa7ecc69e.txt"),
                                     try Self.document("Tests/ExportTests/Fixtures/diff/skaraborg-budget-2027.txt"))
        let json = try JSONSerialization.jsonObject(with: try DiffReport(diff: diff).json()) as? [String: Any]
        #expect(json?.keys.sorted() == ["activities", "budget_rows", "goals", "indicators", "initiatives", "key_figures",
                                        "measures", "members", "networks", "new", "old", "projects", "schema_version",
                                        "summary", "tables"])
        let budget = json?["budget_rows"] as? [String: Any]
        let first = (budget?["changed"] as? [[String: Any]])?.first
        #expect(first?["old_year"] as? Int == 2026)
        #expect(first?["new_year"] as? Int == 2027)
        #expect(first?["delta_sek"] as? Int == 1_825_000)
    }
}
