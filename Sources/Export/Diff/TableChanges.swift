import Normalize

/// The document's `tables` compared: tables matched by title and header (case and spacing
/// ignored; a title and header that repeat are matched by occurrence), and for a matched table
/// its body rows compared by their cells' text (spacing ignored), as many times as each row occurs.
public struct TableChanges: Sendable, Equatable, Encodable {
    public var added: [Table] = []
    public var removed: [Table] = []
    public var changed: [Change] = []

    /// A table by what matches it, with its number of body rows.
    public struct Table: Sendable, Equatable, Encodable {
        public var title: String?
        public var header: [String]
        public var readAs: String?
        public var rowCount: Int

        private enum CodingKeys: String, CodingKey { case title, header, readAs = "read_as", rowCount = "row_count" }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(header, forKey: .header)
            try container.encode(readAs, forKey: .readAs)
            try container.encode(rowCount, forKey: .rowCount)
        }
    }

    /// A matched table whose body rows differ: the rows only the old one has, and only the new one.
    public struct Change: Sendable, Equatable, Encodable {
        public var title: String?
        public var header: [String]
        public var readAs: String?
        public var rowsAdded: Int { addedRows.count }
        public var rowsRemoved: Int { removedRows.count }
        public var addedRows: [[String]]
        public var removedRows: [[String]]

        private enum CodingKeys: String, CodingKey {
            case title, header, readAs = "read_as", rowsAdded = "rows_added", rowsRemoved = "rows_removed"
            case addedRows = "added_rows", removedRows = "removed_rows"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(header, forKey: .header)
            try container.encode(readAs, forKey: .readAs)
            try container.encode(rowsAdded, forKey: .rowsAdded)
            try container.encode(rowsRemoved, forKey: .rowsRemoved)
            try container.encode(addedRows, forKey: .addedRows)
            try container.encode(removedRows, forKey: .removedRows)
        }
    }

    var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    init() {}

    /// The changes from `old` to `new` tables; added and changed in the new order, removed in the old.
    init(old: [DocumentTable], new: [DocumentTable]) {
        let oldKeyed = Self.keyed(old), newKeyed = Self.keyed(new)
        let oldByKey = Dictionary(oldKeyed.map { ($0.key, $0.table) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(newKeyed.map(\.key))
        for (key, table) in newKeyed {
            guard let before = oldByKey[key] else {
                added.append(Self.entry(table))
                continue
            }
            let addedRows = Self.rows(of: table, missingFrom: before)
            let removedRows = Self.rows(of: before, missingFrom: table)
            guard !(addedRows.isEmpty && removedRows.isEmpty) else { continue }
            changed.append(Change(title: table.title, header: table.header, readAs: table.readAs?.rawValue,
                                  addedRows: addedRows, removedRows: removedRows))
        }
        removed = oldKeyed.filter { !newKeys.contains($0.key) }.map { Self.entry($0.table) }
    }

    private static func entry(_ table: DocumentTable) -> Table {
        Table(title: table.title, header: table.header, readAs: table.readAs?.rawValue, rowCount: table.rows.count)
    }

    /// Tables keyed by normalized title and header; a key seen before gets its occurrence number.
    private static func keyed(_ tables: [DocumentTable]) -> [(key: String, table: DocumentTable)] {
        var seen: [String: Int] = [:]
        return tables.map { table in
            let base = ([table.title ?? ""] + table.header).map(PlanDiffer.normalized).joined(separator: "\u{1F}")
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            return (occurrence == 0 ? base : "\(base)#\(occurrence + 1)", table)
        }
    }

    /// The rows of `table` (in its order) that `other` does not have, counting repeated rows.
    private static func rows(of table: DocumentTable, missingFrom other: DocumentTable) -> [[String]] {
        var available: [[String]: Int] = [:]
        for row in other.rows { available[spaced(row), default: 0] += 1 }
        return table.rows.filter { row in
            let key = spaced(row)
            guard let count = available[key], count > 0 else { return true }
            available[key] = count - 1
            return false
        }
    }

    /// The cells with white space collapsed: "a  b" and "a b" are the same text.
    private static func spaced(_ row: [String]) -> [String] {
        row.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
}
