import Ingest

/// What the layout must be told in words: the tables of a pdftotext dump that neither geometry
/// nor tabs show, whose header only its words tell (`DrawingOrderGrids`). The words stay in the
/// vocabularies of Normalize (`columns.json`, `headings.json`) and come in as these tests, so the
/// layout holds no Swedish word.
struct LayoutVocabulary: Sendable {
    /// The cells of a line that heads a two-column table written in drawing order, or nil.
    var drawingOrderHeader: @Sendable (SourceLine) -> [String]?
    /// Whether a paragraph (its lines' text joined) titles a group of such a table's rows.
    var isGroupTitle: @Sendable (String) -> Bool
    /// The cells of a PDF row that heads a table some reader knows (`FittedGrids`, for tables
    /// whose columns stand too close for their geometry to tell), or nil.
    var tableHeader: @Sendable (SourceLine) -> [String]? = { _ in nil }

    /// No words: only the tables geometry or tabs show are found.
    static let none = LayoutVocabulary(drawingOrderHeader: { _ in nil }, isGroupTitle: { _ in false })
}
