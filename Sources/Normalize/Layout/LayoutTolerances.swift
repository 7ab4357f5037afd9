/// Every geometric tolerance of the layout layer, in one place.
///
/// Distances are in multiples of the line height (a word box's height, about 1.3 × the font
/// size), so the same rules hold for a 9 pt report and a 24 pt slide.
enum LayoutTolerances {
    // MARK: Page furniture

    /// The top and bottom bands of a page, as a share of its height, where running headers,
    /// footers and page numbers sit.
    static let furnitureBand = 0.1
    /// A line repeated at the same place on at least this share of the pages is furniture.
    static let furnitureShareOfPages = 0.5
    /// Lines are "at the same place" on their pages when their tops lie within twice this of each
    /// other (in points).
    static let furniturePositionSlack = 6.0
    /// Furniture stands at least this far (× line height) from the body of the page.
    static let furnitureGap = 0.8
    /// Text dumps have no geometry: their furniture is among the first and last non-blank lines
    /// of a page.
    static let furnitureLinesPerEdge = 2

    // MARK: Table regions

    /// Words closer than this (× line height) belong to one cell: a space is about 0.25, and
    /// pdftotext splits a number's digit groups at a no-break space, about 0.2 apart.
    static let cellWordGap = 0.6
    /// Header cells stand at least this far apart (× line height).
    static let headerCellGap = 0.8
    /// A header's cells cover at most this share of the width they span: header cells are short
    /// labels, while two columns of running text fill their width.
    static let headerFill = 0.6
    /// A header of this many cells or more, two of them ending in a year, may fill up to
    /// `manyCellsFill` of its width ("Tkr | Bokslut 2024 | Budget 2025 | …" over narrow figure
    /// columns): running text is never laid out in that many columns.
    static let manyCells = 4
    static let manyCellsFill = 0.85
    /// Characters that end a sentence: a header whose cells mostly end in one is running text.
    static let sentenceEnds: Set<Character> = [".", "!", "?"]
    /// A word ending in a full stop is an abbreviation ("tkr.", "m.m.") up to this length.
    static let abbreviationLength = 4
    /// At least this share of a table's key-column cells start beside a cell of another column.
    static let alignedRowShare = 0.5
    /// A header wraps over at most this many lines, and a header cell holds at most this many
    /// words: header cells are labels.
    static let headerLines = 3
    static let headerCellWords = 10
    /// A row taller than this (× the table's body line height) is a heading and ends the table.
    static let headingHeight = 1.15
    /// A vertical gap wider than this (× line height) ends a table.
    static let tableGap = 2.5
    /// A table whose last row ends within this many line heights of the page's last content line
    /// may go on at the top of the next page.
    static let pageBottomSlack = 1.5
    /// … and within this many of the lowest text line of the document (its bottom margin).
    static let bottomMarginSlack = 3.0

    /// A table's title is the nearest row above it taller than this (× its header's line height),
    /// looked for among this many rows.
    static let titleHeight = 1.1
    static let titleSearchRows = 8

    // MARK: Blocks

    /// A line taller than this (× the body text's line height) is a heading.
    static let blockHeadingHeight = 1.15
    /// Lines whose heights differ by more than this share are in different blocks.
    static let blockHeightChange = 0.15

    /// A list marker printed apart belongs to the text within this many line heights to its right.
    static let markerDistance = 4.0

    // MARK: Text dumps

    /// In a double-spaced dump (a blank line after every line) paragraph breaks do not show: a
    /// line shorter than this many characters after a line that ends a sentence starts a new
    /// paragraph (a one-line paragraph, such as a goal under a description, is short; a wrapped
    /// line of running text is not).
    static let textShortLine = 80
    /// A dump is double-spaced only if, over the whole document, lines printed with no blank line
    /// between them are rarer than this share of those with one: slides print one blank line
    /// between short boxes of text whose own lines follow each other (seed 002: 0.35), which is
    /// single spacing with breaks; a double-spaced report (seed 004: 0.02) keeps that reading with
    /// a single-spaced table or contents page of some length.
    static let textTightPairs = 0.25
    /// A line at least this share of the document's long lines (its 90th percentile length) that
    /// does not end a paragraph wrapped onto the next: the blank lines after such lines are the
    /// dump's line spacing.
    static let textWrappedLine = 0.75
    /// A line indented by this many spaces before a character that is not lowercase is a list item
    /// whose bullet shows only as the indent (deeper indents are layout: centred or tabbed text).
    static let textBulletIndent = 2...3
    /// Characters that end a paragraph's last line (a sentence, or a lead-in to a list).
    static let paragraphEnds: Set<Character> = [".", "!", "?", ":"]

    // MARK: Reading order

    /// A gutter between columns of text is at least this wide (× line height), and at least
    /// `minimumGutter` points.
    static let gutterWidth = 0.6
    static let minimumGutter = 6.0
    /// A vertical gap wider than this (× line height) ends a block of columns.
    static let blockGap = 1.5
    /// A line on one side of a gutter, below the other column's end and further than this
    /// (× line height) below its own column, is a caption under the columns.
    static let captionGap = 0.5

    // MARK: Rows

    /// The lines of one paragraph touch, overlap or stand a renderer's fixed distance apart: the
    /// document's typical gap between the lines of a pdftotext block, plus this (× line height),
    /// is the widest gap inside a paragraph; a wider one starts a new paragraph or cell.
    static let lineGapSlack = 0.1
    /// The widest gap inside a paragraph when a document has no multi-line block to learn from.
    static let defaultLineGap = 0.15
    /// The width of a space between words (× line height), for telling whether a word would have
    /// fitted at the end of a line.
    static let spaceWidth = 0.3
    /// Two gaps are "the same" when they differ by less than this share (or 1 pt).
    static let gapSimilarity = 0.15
    /// Words whose vertical centres are within this share of a word's height sit on one
    /// visual row.
    static let rowCentreSlack = 0.5

    // MARK: Fitted tables (`FittedGrids`)

    /// Words whose left edges are this close (pt) start at one edge: a fitted column's cells.
    static let fittedEdgeSlack = 0.5
    /// A strip no body word crosses parts two fitted columns when at least this many words start
    /// right after it (the cells of two rows or lines); LibreOffice leaves as little as 3.8 pt
    /// between fitted cells, no wider than a space, so the width alone does not tell.
    static let fittedAlignedStarts = 2
    /// A fitted table's row starts where the first column's line stands apart from the one above
    /// by more than the table's narrowest gap between two lines of one column, plus this (× line
    /// height): LibreOffice's default cell padding sets rows 3 pt further apart than a cell's
    /// lines (0.19 of a 10 pt line), a paragraph gap's slack would not tell them apart.
    static let fittedRowSlack = 0.1
}
