/// The cells of a row's columns that have no role, by their header text, in column order
/// (`{"Tidplan": "Q2 2026"}`): a column planpipe does not know is kept, never dropped.
public struct ExtraCells: Sendable, Equatable, Codable {
    public struct Cell: Sendable, Equatable {
        public var header: String
        public var text: String

        public init(header: String, text: String) {
            self.header = header
            self.text = text
        }
    }

    public var cells: [Cell]

    public init(_ cells: [Cell] = []) {
        self.cells = cells
    }

    public var isEmpty: Bool { cells.isEmpty }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// An object in column order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for cell in cells { try container.encode(cell.text, forKey: Key(stringValue: cell.header)) }
    }

    /// JSON objects carry no order: cells come back sorted by header.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        cells = try container.allKeys.map { Cell(header: $0.stringValue, text: try container.decode(String.self, forKey: $0)) }
            .sorted { $0.header < $1.header }
    }
}
