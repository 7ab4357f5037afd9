/// The ingest boundary type: a document as pages of numbered text lines.
///
/// Text dumps and PDFs both arrive here, so one set of parsers serves both;
/// PDF lines also carry their words with boxes for geometry-based parsing.
public struct SourceDocument: Sendable, Equatable {
    public var path: String
    public var format: SourceFormat
    /// Hex SHA-256 of the input file's bytes.
    public var sha256: String
    public var pages: [SourcePage]

    public init(path: String, format: SourceFormat, sha256: String, pages: [SourcePage]) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.pages = pages
    }

    /// All lines in reading order.
    public var lines: [SourceLine] { pages.flatMap(\.lines) }
}

/// The kind of input a document was read from.
public enum SourceFormat: String, Sendable, Codable {
    case text
    case pdf
}

/// One page: its lines in reading order and, for PDFs, its size in points.
public struct SourcePage: Sendable, Equatable {
    /// 1-based page number.
    public var number: Int
    public var width: Double?
    public var height: Double?
    public var lines: [SourceLine]

    public init(number: Int, width: Double? = nil, height: Double? = nil, lines: [SourceLine]) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
    }

    /// The page's line numbered `number`, or nil. Both readers number a page's lines one after
    /// another, so this is a direct look-up; any other numbering is searched in full.
    public func line(numbered number: Int) -> SourceLine? {
        if let first = lines.first?.number {
            let index = number - first
            if lines.indices.contains(index), lines[index].number == number { return lines[index] }
        }
        return lines.first { $0.number == number }
    }
}

/// A word on a PDF page with its box.
public struct Word: Sendable, Equatable {
    public var text: String
    public var bbox: BoundingBox

    public init(text: String, bbox: BoundingBox) {
        self.text = text
        self.bbox = bbox
    }
}
