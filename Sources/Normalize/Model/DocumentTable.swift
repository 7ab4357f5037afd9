import Ingest

/// A table region the layout found, with its cells as printed and the list that read it.
///
/// Every table a document holds is listed here, read or not, so nothing a parser does not
/// understand is lost in silence: a table with `readAs == nil` also gives an `unmapped_table`
/// warning.
public struct DocumentTable: Sendable, Equatable, Codable {
    /// The list of the plan that took a table's content.
    public enum Reading: String, Sendable, Codable, CaseIterable {
        case activities, measures, indicators, projects, initiatives, members, networks
        case budgetTables = "budget_tables"
        case keyFigures = "key_figures"
    }

    /// The heading or caption printed above the table, when there is one.
    public var title: String?
    /// The header cells, as printed (a cell of several lines joined with a space); may be empty.
    public var header: [String]
    /// The body rows, each as many cells as the header has columns.
    public var rows: [[String]]
    public var readAs: Reading?
    public var provenance: Provenance

    public init(title: String?, header: [String], rows: [[String]], readAs: Reading?, provenance: Provenance) {
        self.title = title
        self.header = header
        self.rows = rows
        self.readAs = readAs
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case title, header, rows, readAs = "read_as", provenance
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(header, forKey: .header)
        try container.encode(rows, forKey: .rows)
        try container.encode(readAs, forKey: .readAs)
        try container.encode(provenance, forKey: .provenance)
    }
}
