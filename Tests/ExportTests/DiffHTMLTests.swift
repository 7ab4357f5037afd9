import Foundation
import Ingest
import Normalize
import Testing
@testable import Export

/// `planpipe diff --format html`: the page's counts, word diff, budget table and escaping, and the
/// Swedish numbers it shares with the Markdown.
struct DiffHTMLTests {
    static func budgetDiff() throws -> PlanDiff {
        PlanDiffer().diff(try DiffTests.document("seeds/003_7ca1042aa7ecc69e.txt"),
                          try DiffTests.document("Tests/ExportTests/Fixtures/diff/skaraborg-budget-2027.txt"))
    }

    static func activityDiff() throws -> PlanDiff {
        PlanDiffer().diff(try DiffTests.document("seeds/000_95ad663e025e0bbc.txt"),
                          try DiffTests.document("Tests/ExportTests/Fixtures/diff/aktivitetsplan-2024.txt"))
    }

    static func activity(_ text: String, resources: String = "Förbundskansliet") -> Activity {
        Activity(area: "Välfärd & hälsa", goal: "Mål <1>", activity: text, resources: resources,
                 effects: ["Kortare köer"], themes: [], provenance: Provenance(page: 2, lines: 10...12))
    }

    @Test func theSummaryComesFirstAndCountsEachKind() throws {
        let page = DiffReport(diff: try Self.budgetDiff()).html()
        let summary = [
            "<h2>Sammanfattning</h2>",
            "<table class=\"summary\">",
            "<thead><tr><th>del</th><th class=\"num\">tillagda</th><th class=\"num\">borttagna</th>"
                + "<th class=\"num\">ändrade</th><th class=\"num\">flyttade</th></tr></thead>",
            "<tbody>",
            "<tr><th>Budgetrader</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">8</td>"
                + "<td class=\"num\">–</td></tr>",
            "<tr><th>Tabeller</th><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>"
                + "<td class=\"num\">–</td></tr>",
            "</tbody>",
            "</table>",
            "<h2>Budgetrader</h2>",
        ].map { $0 + "\n" }.joined()
        let body = try #require(page.firstRange(of: "<body>\n")).upperBound
        let afterSources = try #require(page[body...].firstRange(of: "</p>\n")).upperBound
        #expect(page[afterSources...].hasPrefix(summary))
    }

    @Test func budgetRowsAreATableWithSwedishNumbers() throws {
        let page = DiffReport(diff: try Self.budgetDiff()).html()
        #expect(page.contains("<thead><tr><th>tabell</th><th>rad</th><th class=\"num\">före</th>"
            + "<th class=\"num\">efter</th><th class=\"num\">förändring</th><th class=\"num\">%</th></tr></thead>\n"))
        #expect(page.contains("<tr><td>Skaraborgs Kommunalförbund Driftbudget, totalt</td><td>INTÄKTER</td>"
            + "<td class=\"num\">64 295 000 kr <span class=\"year\">(2026)</span></td>"
            + "<td class=\"num\">66 120 000 kr <span class=\"year\">(2027)</span></td>"
            + "<td class=\"num\">+1 825 000 kr</td><td class=\"num\">+2,8 %</td></tr>\n"))
        #expect(page.contains("<td class=\"num\">-1 830 000 kr</td><td class=\"num\">-2,9 %</td></tr>\n"))
        #expect(page.contains("<li>Skaraborgs Kommunalförbund Driftbudget, totalt: <ins>Avskrivningar</ins> "
            + "(2027: -40 000 kr, 2026: 0 kr)</li>\n"))
    }

    @Test func changedWordsAreMarkedInsAndDel() throws {
        let page = DiffReport(diff: try Self.activityDiff()).html()
        #expect(page.contains("<li><span class=\"field\">aktivitet</span>: Arbeta i enlighet med "
            + "<del>verksamhetsplan</del> <ins>den nya verksamhetsplanen</ins> för FoU-Socialtjänst.</li>\n"))
        #expect(page.contains("<tr><th>Aktiviteter</th><td class=\"num\">2</td><td class=\"num\">2</td>"
            + "<td class=\"num\">2</td><td class=\"num\">1</td></tr>\n"))
        #expect(page.contains("<li><ins>Införa ett gemensamt ärendehanteringssystem</ins> "
            + "<span class=\"place\">— Verksamhetsstöd</span></li>\n"))
    }

    @Test func textFromTheDocumentsIsEscaped() throws {
        var old = TableFixtures.document(tables: [])
        old.activities = [Self.activity("Korta väntetiden till <30 dagar för \"snabbspår\"")]
        var new = TableFixtures.document(id: "fyrbodal-aktivitetsplan-<script>", tables: [])
        new.activities = [Self.activity("Korta väntetiden till <20 dagar för \"snabbspår\"")]
        let page = DiffReport(diff: PlanDiffer().diff(old, new)).html()
        #expect(page.contains("<li><span class=\"field\">aktivitet</span>: Korta väntetiden till "
            + "<del>&lt;30</del> <ins>&lt;20</ins> dagar för &quot;snabbspår&quot;</li>\n"))
        #expect(page.contains("<span class=\"place\">— Välfärd &amp; hälsa / Mål &lt;1&gt;</span>"))
        #expect(page.contains("<title>Ändringar: fyrbodal-aktivitetsplan-2026 → fyrbodal-aktivitetsplan-&lt;script&gt;</title>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<30"))
    }

    @Test func aSelfContainedSwedishPageWithTheSameBytesEveryTime() throws {
        let diff = try Self.activityDiff()
        let page = DiffReport(diff: diff).html()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.hasSuffix("</body>\n</html>\n"))
        #expect(page.contains("<style>\n"))
        for external in ["<script", "<link", "src=", "http://", "https://"] { #expect(!page.contains(external)) }
        #expect(DiffReport(diff: try Self.activityDiff()).html() == page)

        let document = try DiffTests.document("seeds/000_95ad663e025e0bbc.txt")
        let same = DiffReport(diff: PlanDiffer().diff(document, document)).html()
        #expect(same.contains("<p>Inga skillnader i innehållet.</p>\n</body>"))
        #expect(!same.contains("Sammanfattning"))
    }

    @Test func theMarkdownWritesPercentagesTheSwedishWay() throws {
        let markdown = DiffReport(diff: try Self.budgetDiff()).markdown()
        #expect(markdown.contains("| Skaraborgs Kommunalförbund Driftbudget, totalt | INTÄKTER | 64 295 000 kr (2026) | "
            + "66 120 000 kr (2027) | +1 825 000 kr | +2,8 % |\n"))
        #expect(markdown.contains("| BUDGET KUNSKAPSUTVECKLING | Övriga kostnader | -3 252 000 kr (2026) | "
            + "-3 452 000 kr (2026) | -200 000 kr | -6,2 % |\n"))
    }

    static func change(old: Int?, delta: Int?) -> BudgetRowChanges.Change {
        BudgetRowChanges.Change(table: "Budget", scope: "totalt", row: "Intäkter", oldYear: 2026, newYear: 2027,
                                oldAmountSEK: old, newAmountSEK: nil, deltaSEK: delta, percent: nil)
    }

    @Test func swedishNumbers() {
        #expect(DiffNumbers.percent(Self.change(old: 64_295_000, delta: 1_825_000)) == "+2,8 %")
        #expect(DiffNumbers.percent(Self.change(old: -64_110_000, delta: -1_830_000)) == "-2,9 %")
        #expect(DiffNumbers.percent(Self.change(old: 16, delta: 1)) == "+6,3 %")  // 6,25: half away from zero
        #expect(DiffNumbers.percent(Self.change(old: 1_000_000, delta: -100)) == "-0,0 %")
        #expect(DiffNumbers.percent(Self.change(old: 400, delta: 2_000)) == "+500,0 %")
        #expect(DiffNumbers.percent(Self.change(old: 1, delta: 100_000)) == "+10 000 000,0 %")
        #expect(DiffNumbers.percent(Self.change(old: 0, delta: 5)) == "–")
        #expect(DiffNumbers.percent(Self.change(old: nil, delta: nil)) == "–")
        #expect(DiffNumbers.change(1_825_000) == "+1 825 000 kr")
        #expect(DiffNumbers.change(-5_000) == "-5 000 kr")
        #expect(DiffNumbers.change(nil) == "–")
        #expect(DiffNumbers.decimal(50.55) == "50,55")
        #expect(DiffNumbers.decimal(14) == "14")
        #expect(DiffNumbers.decimal(-0.5) == "-0,5")
        #expect(DiffNumbers.decimal(1_234_567.5) == "1 234 567,5")
    }
}
