import Foundation
import Normalize

/// Compares two versions of a plan (see `PlanDiff`).
///
/// Budget rows: matched by table scope and row label, ignoring case, spacing and a trailing unit
/// ("Summa intäkter tkr"). Each column of the new table is compared with the same year and basis
/// in the old one (Budget with Budget, never Bokslut with Budget; a bare year is a budget), or, for
/// a year after the old table's last, with that last year (last year's 2025 column against this
/// year's 2026), and reported when the amount differs.
///
/// Tables (`tables`): see `TableChanges`.
public struct PlanDiffer: Sendable {
    public var matcher = ItemMatcher()

    public init() {}

    /// What changed from `old` to `new`.
    public func diff(_ old: PlanDocument, _ new: PlanDocument) -> PlanDiff {
        let activities = matcher.compare(old.activities.map(DiffItem.activity), new.activities.map(DiffItem.activity))
        let measures = matcher.compare(old.measures.map(DiffItem.measure), new.measures.map(DiffItem.measure))
        let initiatives = matcher.compare(old.initiatives.map(DiffItem.initiative),
                                          new.initiatives.map(DiffItem.initiative))
        let budget = budgetRows(old.budgetTables, new.budgetTables)
        let goals = SimpleChanges(old: old.goals.map(Self.goal), new: new.goals.map(Self.goal)) {
            "\($0.area ?? "")|\(Self.normalized($0.goal))"
        }
        let indicators = SimpleChanges(old: old.indicators.map(Self.indicator), new: new.indicators.map(Self.indicator)) {
            "\(Self.normalized($0.goal ?? ""))|\(Self.normalized($0.text))"
        }
        let networks = SimpleChanges(
            old: old.networks.map { NetworkEntry(name: $0.name, group: $0.group) },
            new: new.networks.map { NetworkEntry(name: $0.name, group: $0.group) }
        ) { Self.normalized($0.name) }
        let members = SimpleChanges(old: old.members.map(Self.member), new: new.members.map(Self.member)) {
            $0.municipalityCode
        }
        let projects = SimpleChanges(old: old.projects.map(Self.project), new: new.projects.map(Self.project)) {
            Self.normalized($0.name)
        }
        let figures = SimpleChanges(old: old.keyFigures.map(Self.figure), new: new.keyFigures.map(Self.figure)) {
            "\($0.name)|\($0.year.map(String.init) ?? "")"
        }
        let tables = TableChanges(old: old.tables, new: new.tables)
        func counts(_ name: String, _ changes: ItemChanges) -> [(String, Int)] {
            [("\(name)_added", changes.added.count), ("\(name)_removed", changes.removed.count),
             ("\(name)_changed", changes.changed.count), ("\(name)_moved", changes.moved.count)]
        }
        func counts<T>(_ name: String, _ changes: SimpleChanges<T>) -> [(String, Int)] {
            [("\(name)_added", changes.added.count), ("\(name)_removed", changes.removed.count),
             ("\(name)_changed", changes.changed.count)]
        }
        let summary = PlanDiff.Summary(counts: counts("activities", activities) + counts("measures", measures)
            + counts("initiatives", initiatives)
            + [("budget_rows_changed", budget.changed.count), ("budget_rows_added", budget.added.count),
               ("budget_rows_removed", budget.removed.count)]
            + counts("goals", goals) + counts("indicators", indicators) + counts("networks", networks)
            + counts("members", members)
            + counts("projects", projects) + counts("key_figures", figures)
            + [("tables_added", tables.added.count), ("tables_removed", tables.removed.count),
               ("tables_changed", tables.changed.count)])
        return PlanDiff(
            old: PlanDiff.Side(id: old.document.id, source: old.document.source.path),
            new: PlanDiff.Side(id: new.document.id, source: new.document.source.path),
            summary: summary, activities: activities, measures: measures, initiatives: initiatives,
            budgetRows: budget, goals: goals, indicators: indicators, networks: networks, members: members,
            projects: projects, keyFigures: figures, tables: tables)
    }

    // MARK: - Budget

    private struct KeyedRow {
        var key: String
        var table: BudgetTable
        var row: BudgetRow
    }

    /// Rows keyed by scope and label; a label that repeats in a scope (two tables of one unit)
    /// gets its occurrence number, so every row is compared.
    private func keyedRows(_ tables: [BudgetTable]) -> [KeyedRow] {
        var seen: [String: Int] = [:]
        var rows: [KeyedRow] = []
        for table in tables {
            for row in table.rows where row.cells.contains(where: { $0.amountSEK != nil }) {
                let base = "\(Self.normalized(table.scope))|\(Self.normalized(Self.droppingUnit(row.label)))"
                let occurrence = seen[base, default: 0]
                seen[base] = occurrence + 1
                rows.append(KeyedRow(key: occurrence == 0 ? base : "\(base)#\(occurrence + 1)", table: table, row: row))
            }
        }
        return rows
    }

    private func budgetRows(_ old: [BudgetTable], _ new: [BudgetTable]) -> BudgetRowChanges {
        let oldRows = keyedRows(old), newRows = keyedRows(new)
        let oldByKey = Dictionary(oldRows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(newRows.map(\.key))
        var changes = BudgetRowChanges()
        for entry in newRows {
            guard let before = oldByKey[entry.key] else {
                changes.added.append(Self.row(entry))
                continue
            }
            // Columns are compared with columns of the same basis (a bare year is a budget).
            let oldColumns = zip(before.table.columns, before.row.cells).compactMap { column, cell in
                column.year.map { (basis: column.basis ?? .budget, year: $0, amount: cell.amountSEK) }
            }
            for (column, cell) in zip(entry.table.columns, entry.row.cells) {
                let basis = column.basis ?? .budget
                let oldAmounts = Dictionary(oldColumns.filter { $0.basis == basis }.map { ($0.year, $0.amount) },
                                            uniquingKeysWith: { first, _ in first })
                let latestOld = oldAmounts.keys.max()
                // The same year, or for a year after the old table's last one, that last year.
                guard let year = column.year,
                      let oldYear = oldAmounts[year] != nil ? year : latestOld.flatMap({ $0 < year ? $0 : nil }),
                      let oldAmount = oldAmounts[oldYear] else { continue }
                guard oldAmount != cell.amountSEK else { continue }
                let delta = cell.amountSEK.flatMap { newValue in
                    oldAmount.flatMap { old in
                        let (difference, overflow) = newValue.subtractingReportingOverflow(old)
                        return overflow ? nil : difference
                    }
                }
                let percent = delta.flatMap { delta in
                    oldAmount.flatMap { $0 == 0 ? nil : (Double(delta) / Double($0).magnitude * 10_000).rounded() / 100 }
                }
                changes.changed.append(BudgetRowChanges.Change(
                    table: entry.table.title, scope: entry.table.scope, row: entry.row.label, oldYear: oldYear,
                    newYear: year, oldAmountSEK: oldAmount, newAmountSEK: cell.amountSEK, deltaSEK: delta,
                    percent: percent))
            }
        }
        changes.removed = oldRows.filter { !newKeys.contains($0.key) }.map(Self.row)
        return changes
    }

    private static func row(_ entry: KeyedRow) -> BudgetRowChanges.Row {
        BudgetRowChanges.Row(table: entry.table.title, scope: entry.table.scope, row: entry.row.label,
                             amounts: zip(entry.table.columns, entry.row.cells).map {
                                 BudgetRowChanges.Amount(year: $0.year, amountSEK: $1.amountSEK)
                             })
    }

    // MARK: - Keys and entries

    /// Lowercased, white space collapsed: "SUMMA  KOSTNADER" and "Summa kostnader" match.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "Summa intäkter tkr" → "Summa intäkter".
    static func droppingUnit(_ label: String) -> String {
        let words = label.split(separator: " ")
        guard let last = words.last, MoneyUnit(word: last) != nil, words.count > 1 else { return label }
        return words.dropLast().joined(separator: " ")
    }

    static func goal(_ goal: Goal) -> GoalEntry {
        GoalEntry(area: goal.area, goal: goal.goal, number: goal.number, description: goal.description, effects: goal.effects,
                  linkedGoals: goal.linkedGoals)
    }

    static func indicator(_ indicator: Indicator) -> IndicatorEntry {
        IndicatorEntry(goal: indicator.goal, text: indicator.text, baseline: indicator.baseline, targets: indicator.targets,
                       source: indicator.source)
    }

    static func member(_ member: Member) -> MemberEntry {
        MemberEntry(name: member.name, municipalityCode: member.municipalityCode)
    }

    static func project(_ project: Project) -> ProjectEntry {
        ProjectEntry(name: project.name, start: project.start, end: project.end)
    }

    static func figure(_ figure: KeyFigure) -> KeyFigureEntry {
        KeyFigureEntry(name: figure.name, value: figure.value, unit: figure.unit, year: figure.year)
    }
}
