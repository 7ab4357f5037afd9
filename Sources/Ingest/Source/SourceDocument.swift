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
}

/// One line of cleaned text with its place in the source.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the extracted text (the file itself for text dumps).
    public var number: Int
    /// 1-based page number.
    public var page: Int
    public var text: String {
        didSet { (collapsed, folded, isBlank) = Self.forms(of: text) }
    }
    /// `text` with runs of white space folded to one space and its ends trimmed, made once for
    /// every stage that reads the line (`String.collapsingWhitespace`).
    public private(set) var collapsed: String
    /// `collapsed` lowercased, made once: the case-folded form the stages match words against.
    public private(set) var folded: String
    /// True when the line holds nothing but white space.
    public private(set) var isBlank: Bool
    /// The line's box, PDF only.
    public var bbox: BoundingBox?
    /// The line's words with boxes, PDF only (empty for text dumps).
    public var words: [Word]
    /// For PDFs, the 0-based index of the pdftotext block the line belongs to.
    public var block: Int?
    /// White space the dump printed after the text (dropped from `text`). Text dumps end soft-wrapped
    /// lines and empty table cells with spaces, so parsers of damaged layouts read it.
    public var trailingSpaces: Int
    /// Text dumps: the cells of a line a word processor saved as a table row, its tabs between
    /// them (each collapsed; `text` has spaces for the tabs). nil when the line has no tab.
    public var tabCells: [String]?

    public init(number: Int, page: Int, text: String, bbox: BoundingBox? = nil,
                words: [Word] = [], block: Int? = nil, trailingSpaces: Int = 0, tabCells: [String]? = nil) {
        self.number = number
        self.page = page
        self.text = text
        (collapsed, folded, isBlank) = Self.forms(of: text)
        self.bbox = bbox
        self.words = words
        self.block = block
        self.trailingSpaces = trailingSpaces
        self.tabCells = tabCells
    }

    /// The line as the dump printed it, trailing spaces included.
    public var printedText: String { text + String(repeating: " ", count: trailingSpaces) }

    /// The forms of `text` every stage reads, made when the text is set.
    private static func forms(of text: String) -> (collapsed: String, folded: String, isBlank: Bool) {
        let collapsed = text.collapsingWhitespace
        return (collapsed, collapsed.fastLowercased(), text.allSatisfy(\.isWhitespace))
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
