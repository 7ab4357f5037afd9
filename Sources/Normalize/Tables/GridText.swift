/// A grid's cells as running text: each paragraph's lines joined once (line-end hyphenation undone
/// as everywhere else), for every reader of the grid.
struct GridText: Sendable {
    /// Per cell, its paragraphs as text: `header[column]`, `rows[row][column]`.
    let header: [[String]]
    let rows: [[[String]]]
    /// The title, its printed lines joined where the layout kept them.
    let title: String?

    init(_ grid: TableGrid, text: ParagraphText) {
        title = grid.titleParts.isEmpty ? grid.title : text.join(grid.titleParts)
        header = grid.header.map { $0.paragraphs.map(text.join) }
        rows = grid.rows.map { $0.map { $0.paragraphs.map(text.join) } }
    }

    /// A cell's paragraphs joined with a space.
    static func cell(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: " ")
    }
}
