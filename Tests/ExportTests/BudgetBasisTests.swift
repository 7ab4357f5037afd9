import Ingest
import Normalize
import Testing
@testable import Export

/// What a budget column's figures are, read from its header, and the diff comparing Budget with
/// Budget only.
struct BudgetBasisTests {
    @Test(arguments: [("Bokslut 2024", BudgetColumn.Basis.bokslut), ("Utfall 2024", .utfall), ("Prognos 2025", .prognos),
                      ("Budget 2026", .budget), ("Budget 2026 (tkr)", .budget), ("Plan 2027", .plan)])
    func theHeaderWordNamesTheBasis(label: String, basis: BudgetColumn.Basis) {
        #expect(BudgetColumn(label: label, year: Int(label.filter(\.isNumber).prefix(4))).basis == basis)
    }

    @Test(arguments: ["2026", "Belopp (tkr)", "Intäkter", "%"])
    func aBareYearOrOtherColumnHasNone(label: String) {
        #expect(BudgetColumn(label: label, year: nil).basis == nil)
    }

    private static func table(_ columns: [String], _ amounts: [Int]) -> BudgetTable {
        BudgetTable(title: "Resultaträkning", scope: "totalt", unit: "tkr",
                    columns: columns.map { BudgetColumn(label: $0, year: Int($0.suffix(4))) },
                    rows: [BudgetRow(label: "Verksamhetens intäkter", kind: .income,
                                     cells: amounts.map { BudgetCell(text: "\($0)", amountSEK: $0 * 1000) },
                                     provenance: Provenance(page: 1, lines: 1...1))],
                    provenance: Provenance(page: 1, lines: 1...1))
    }

    /// Last year's plan printed Bokslut 2024 and Budget 2025; this year's Bokslut 2025 and Budget
    /// 2026. The 2026 budget is compared with the 2025 budget, and Bokslut 2025 with Bokslut 2024,
    /// never Bokslut 2025 with Budget 2025.
    @Test func theDiffComparesColumnsOfTheSameBasis() {
        var old = TableFixtures.document(tables: [])
        old.budgetTables = [Self.table(["Bokslut 2024", "Budget 2025"], [400, 420])]
        var new = TableFixtures.document(id: "fyrbodal-aktivitetsplan-2027", tables: [])
        new.budgetTables = [Self.table(["Bokslut 2025", "Budget 2026"], [415, 431])]
        let changes = PlanDiffer().diff(old, new).budgetRows.changed
        #expect(changes.map { [$0.oldYear, $0.newYear] } == [[2024, 2025], [2025, 2026]])
        #expect(changes.map(\.oldAmountSEK) == [400_000, 420_000])
        #expect(changes.map(\.newAmountSEK) == [415_000, 431_000])
    }
}
