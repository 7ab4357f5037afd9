import Ingest

/// A budget table as printed: title, scope (`totalt` or the unit), unit, year columns and rows.
public struct BudgetTable: Sendable, Equatable, Codable {
    public var title: String
    public var scope: String
    /// The printed unit: `kr`, `tkr`, `kkr`, `mnkr` …
    public var unit: String
    public var columns: [BudgetColumn]
    public var rows: [BudgetRow]
    public var provenance: Provenance

    public init(title: String, scope: String, unit: String, columns: [BudgetColumn], rows: [BudgetRow],
                provenance: Provenance) {
        self.title = title
        self.scope = scope
        self.unit = unit
        self.columns = columns
        self.rows = rows
        self.provenance = provenance
    }
}

/// A column header, with its year when the header names one.
public struct BudgetColumn: Sendable, Equatable, Codable {
    public var label: String
    public var year: Int?

    public init(label: String, year: Int?) {
        self.label = label
        self.year = year
    }

    private enum CodingKeys: String, CodingKey { case label, year }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(year, forKey: .year)
    }
}

/// A row: label, kind and one cell per column.
public struct BudgetRow: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case income, cost, subtotal, total, result, memo, other
    }

    public var label: String
    public var kind: Kind
    public var cells: [BudgetCell]
    public var provenance: Provenance

    public init(label: String, kind: Kind, cells: [BudgetCell], provenance: Provenance) {
        self.label = label
        self.kind = kind
        self.cells = cells
        self.provenance = provenance
    }
}

/// A cell as printed, plus its amount in whole kronor after the table's unit (null when empty).
public struct BudgetCell: Sendable, Equatable, Codable {
    public var text: String
    public var amountSEK: Int?

    public init(text: String, amountSEK: Int?) {
        self.text = text
        self.amountSEK = amountSEK
    }

    private enum CodingKeys: String, CodingKey { case text, amountSEK = "amount_sek" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(amountSEK, forKey: .amountSEK)
    }
}
