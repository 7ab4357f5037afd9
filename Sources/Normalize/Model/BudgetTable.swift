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

/// A column header, with its year and what its figures are when the header names them.
public struct BudgetColumn: Sendable, Equatable, Codable {
    /// What a column's figures are, from the word its header prints ("Bokslut 2024", "Plan 2027").
    public enum Basis: String, Sendable, Codable, CaseIterable {
        case budget, bokslut, utfall, prognos, plan
    }

    public var label: String
    public var year: Int?
    /// Nil for a bare year or a column that is no year.
    public var basis: Basis?

    /// The basis is read from the label's words.
    public init(label: String, year: Int?) {
        self.label = label
        self.year = year
        basis = label.fastLowercased().split(whereSeparator: { !$0.isLetter }).lazy.compactMap { Basis(rawValue: String($0)) }.first
    }

    private enum CodingKeys: String, CodingKey { case label, year, basis }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        // Outputs written before `basis` existed have none.
        basis = try container.decodeIfPresent(Basis.self, forKey: .basis)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(year, forKey: .year)
        try container.encode(basis, forKey: .basis)
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
