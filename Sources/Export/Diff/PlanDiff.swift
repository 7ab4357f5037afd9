import Foundation
import Normalize

/// The year-over-year difference of two versions of a plan, in the shape of OUTPUT.md's
/// "Year-over-year diff". Content only: provenance (pages, lines, boxes) is not compared, so a
/// text dump and the PDF of the same plan give no differences.
public struct PlanDiff: Sendable, Equatable, Encodable {
    public var schemaVersion = "1"
    public var old: Side
    public var new: Side
    public var summary: Summary
    public var activities: ItemChanges
    public var measures: ItemChanges
    public var initiatives: ItemChanges
    public var budgetRows: BudgetRowChanges
    public var goals: SimpleChanges<GoalEntry>
    public var indicators: SimpleChanges<IndicatorEntry>
    public var networks: SimpleChanges<NetworkEntry>
    public var members: SimpleChanges<MemberEntry>
    public var projects: SimpleChanges<ProjectEntry>
    public var keyFigures: SimpleChanges<KeyFigureEntry>
    public var tables: TableChanges

    public struct Side: Sendable, Equatable, Encodable {
        public var id: String
        public var source: String
    }

    /// Counts of every kind of change, in a fixed order.
    public struct Summary: Sendable, Equatable, Encodable {
        public var counts: [(String, Int)]

        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.counts.map(\.0) == rhs.counts.map(\.0) && lhs.counts.map(\.1) == rhs.counts.map(\.1)
        }

        public var total: Int { counts.reduce(0) { $0 + $1.1 } }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DiffItem.Key.self)
            for (key, value) in counts { try container.encode(value, forKey: DiffItem.Key(key)) }
        }
    }

    public var hasDifferences: Bool { summary.total > 0 }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", old, new, summary, activities, measures, initiatives
        case budgetRows = "budget_rows", goals, indicators, networks, members, projects, keyFigures = "key_figures"
        case tables
    }
}

/// Added, removed and changed entries of a kind matched by a key.
public struct SimpleChanges<Entry: Sendable & Equatable & Encodable>: Sendable, Equatable, Encodable {
    public var added: [Entry] = []
    public var removed: [Entry] = []
    public var changed: [Pair] = []

    public struct Pair: Sendable, Equatable, Encodable {
        public var old: Entry
        public var new: Entry
    }

    /// Entries matched by `key` (first occurrence of a key wins); those whose content differs changed.
    init(old: [Entry], new: [Entry], key: (Entry) -> String) {
        let oldByKey = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(new.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        added = new.filter { oldByKey[key($0)] == nil }
        removed = old.filter { newByKey[key($0)] == nil }
        changed = new.compactMap { entry in
            guard let before = oldByKey[key(entry)], before != entry else { return nil }
            return Pair(old: before, new: entry)
        }
    }
}

public struct GoalEntry: Sendable, Equatable, Encodable {
    public var area: String?
    public var goal: String
    /// The printed number: a goal renumbered between the years is changed, not removed and added.
    public var number: String?
    public var description: String?
    public var effects: [String]
    public var linkedGoals: [String]
    private enum CodingKeys: String, CodingKey { case area, goal, number, description, effects, linkedGoals = "linked_goals" }
}

/// An indicator with the values a table gives it: a changed target is a change of the indicator.
public struct IndicatorEntry: Sendable, Equatable, Encodable {
    public var goal: String?
    public var text: String
    public var baseline: IndicatorValue?
    public var targets: [IndicatorValue]
    public var source: String?
}

public struct NetworkEntry: Sendable, Equatable, Encodable {
    public var name: String
    public var group: String?
}

public struct MemberEntry: Sendable, Equatable, Encodable {
    public var name: String
    public var municipalityCode: String
    private enum CodingKeys: String, CodingKey { case name, municipalityCode = "municipality_code" }
}

public struct ProjectEntry: Sendable, Equatable, Encodable {
    public var name: String
    public var start: String?
    public var end: String?
}

public struct KeyFigureEntry: Sendable, Equatable, Encodable {
    public var name: String
    public var value: Double
    public var unit: String
    public var year: Int?
}

/// Budget rows matched by table scope and row label (case and spacing ignored).
public struct BudgetRowChanges: Sendable, Equatable, Encodable {
    public var changed: [Change] = []
    public var added: [Row] = []
    public var removed: [Row] = []

    public struct Row: Sendable, Equatable, Encodable {
        public var table: String
        public var scope: String
        public var row: String
        /// Year → amount in kronor, in column order.
        public var amounts: [Amount]
    }

    public struct Amount: Sendable, Equatable, Encodable {
        public var year: Int?
        public var amountSEK: Int?
        private enum CodingKeys: String, CodingKey { case year, amountSEK = "amount_sek" }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encode(amountSEK, forKey: .amountSEK)
        }
    }

    public struct Change: Sendable, Equatable, Encodable {
        public var table: String
        public var scope: String
        public var row: String
        public var oldYear: Int
        public var newYear: Int
        public var oldAmountSEK: Int?
        public var newAmountSEK: Int?
        public var deltaSEK: Int?
        public var percent: Double?

        private enum CodingKeys: String, CodingKey {
            case table, scope, row, oldYear = "old_year", newYear = "new_year", oldAmountSEK = "old_amount_sek"
            case newAmountSEK = "new_amount_sek", deltaSEK = "delta_sek", percent
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(table, forKey: .table)
            try container.encode(scope, forKey: .scope)
            try container.encode(row, forKey: .row)
            try container.encode(oldYear, forKey: .oldYear)
            try container.encode(newYear, forKey: .newYear)
            try container.encode(oldAmountSEK, forKey: .oldAmountSEK)
            try container.encode(newAmountSEK, forKey: .newAmountSEK)
            try container.encode(deltaSEK, forKey: .deltaSEK)
            try container.encode(percent, forKey: .percent)
        }
    }
}
