/// One line of cleaned text with its place in the source.
///
/// A value like any other, but its text and geometry sit in one shared, immutable box: the
/// stages pass a document's lines around in many arrays (content, reading order, paragraphs,
/// rows), and a copy is then the line number, the page and one reference instead of a dozen
/// fields and five references. Setting a field makes a new box, so no copy sees another's change.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the extracted text (the file itself for text dumps).
    public var number: Int
    /// 1-based page number.
    public var page: Int
    private var content: Content

    /// What a line holds besides its place, made once and never changed.
    private final class Content: Sendable {
        let text: String
        let collapsed: String
        let folded: String
        let isBlank: Bool
        let bbox: BoundingBox?
        let words: [Word]
        let block: Int?
        let trailingSpaces: Int
        let tabCells: [String]?

        convenience init(text: String, bbox: BoundingBox?, words: [Word], block: Int?, trailingSpaces: Int,
                         tabCells: [String]?) {
            let collapsed = text.collapsingWhitespace
            self.init(text: text, forms: (collapsed, collapsed.fastLowercased(), text.allSatisfy(\.isWhitespace)),
                      bbox: bbox, words: words, block: block, trailingSpaces: trailingSpaces, tabCells: tabCells)
        }

        private init(text: String, forms: (collapsed: String, folded: String, isBlank: Bool), bbox: BoundingBox?,
                     words: [Word], block: Int?, trailingSpaces: Int, tabCells: [String]?) {
            self.text = text
            (collapsed, folded, isBlank) = forms
            self.bbox = bbox
            self.words = words
            self.block = block
            self.trailingSpaces = trailingSpaces
            self.tabCells = tabCells
        }

        /// This content with some fields changed; the text's forms are made again only for a new text.
        func with(text: String? = nil, bbox: BoundingBox?? = nil, words: [Word]? = nil, block: Int?? = nil,
                  trailingSpaces: Int? = nil, tabCells: [String]?? = nil) -> Content {
            let (bbox, words, block) = (bbox ?? self.bbox, words ?? self.words, block ?? self.block)
            let (trailingSpaces, tabCells) = (trailingSpaces ?? self.trailingSpaces, tabCells ?? self.tabCells)
            if let text {
                return Content(text: text, bbox: bbox, words: words, block: block, trailingSpaces: trailingSpaces,
                               tabCells: tabCells)
            }
            return Content(text: self.text, forms: (collapsed, folded, isBlank), bbox: bbox, words: words, block: block,
                           trailingSpaces: trailingSpaces, tabCells: tabCells)
        }

        func equals(_ other: Content) -> Bool {
            self === other || text == other.text && bbox == other.bbox && words == other.words && block == other.block
                && trailingSpaces == other.trailingSpaces && tabCells == other.tabCells
        }
    }

    public var text: String {
        get { content.text }
        set { content = content.with(text: newValue) }
    }
    /// `text` with runs of white space folded to one space and its ends trimmed, made once for
    /// every stage that reads the line (`String.collapsingWhitespace`).
    public var collapsed: String { content.collapsed }
    /// `collapsed` lowercased, made once: the case-folded form the stages match words against.
    public var folded: String { content.folded }
    /// True when the line holds nothing but white space.
    public var isBlank: Bool { content.isBlank }
    /// The line's box, PDF only.
    public var bbox: BoundingBox? {
        get { content.bbox }
        set { content = content.with(bbox: .some(newValue)) }
    }
    /// The line's words with boxes, PDF only (empty for text dumps).
    public var words: [Word] {
        get { content.words }
        set { content = content.with(words: newValue) }
    }
    /// For PDFs, the 0-based index of the pdftotext block the line belongs to.
    public var block: Int? {
        get { content.block }
        set { content = content.with(block: .some(newValue)) }
    }
    /// White space the dump printed after the text (dropped from `text`). Text dumps end soft-wrapped
    /// lines and empty table cells with spaces, so parsers of damaged layouts read it.
    public var trailingSpaces: Int {
        get { content.trailingSpaces }
        set { content = content.with(trailingSpaces: newValue) }
    }
    /// Text dumps: the cells of a line a word processor saved as a table row, its tabs between
    /// them (each collapsed; `text` has spaces for the tabs). nil when the line has no tab.
    public var tabCells: [String]? {
        get { content.tabCells }
        set { content = content.with(tabCells: .some(newValue)) }
    }

    public init(number: Int, page: Int, text: String, bbox: BoundingBox? = nil,
                words: [Word] = [], block: Int? = nil, trailingSpaces: Int = 0, tabCells: [String]? = nil) {
        self.number = number
        self.page = page
        content = Content(text: text, bbox: bbox, words: words, block: block, trailingSpaces: trailingSpaces,
                          tabCells: tabCells)
    }

    /// The line as the dump printed it, trailing spaces included.
    public var printedText: String { text + String(repeating: " ", count: trailingSpaces) }

    public static func == (lhs: SourceLine, rhs: SourceLine) -> Bool {
        lhs.number == rhs.number && lhs.page == rhs.page && lhs.content.equals(rhs.content)
    }
}
