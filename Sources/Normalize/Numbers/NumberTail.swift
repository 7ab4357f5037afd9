/// Splits a printed table row into its label and the numbers at its end, one per column.
///
/// A text dump separates both columns and thousands with spaces ("185 000 164 000" is two
/// cells), so the split is a search: every way of reading the trailing digit groups as
/// numbers that follow the Swedish grouping rule (`SwedishNumber.isValidGrouping`) is tried, and
/// the one that fits the column count and the spacing wins. A year inside the label right
/// before the amount ("… som löper in 2025 4 200") stays in the label, because `2025 4 200`
/// is not a valid grouping.
public struct NumberTail: Sendable, Equatable {
    /// The text before the numbers, trimmed.
    public var label: String
    /// One entry per column; nil where the row prints nothing.
    public var cells: [SwedishNumber?]
    /// True when more than one reading fitted equally well; the first was kept.
    public var isAmbiguous: Bool
    /// True when the row has fewer numbers than columns and the spacing does not show which
    /// columns are empty; the numbers were placed left to right.
    public var placementUncertain: Bool

    /// How a table's dump spaces its cells.
    public enum Spacing: Sendable {
        /// Cells separated by exactly one space, an empty cell printed as nothing between
        /// two spaces ("Varav OH-intäkt  -6 254 000 " has an empty first column).
        case singleSpaced
        /// Cells separated by runs of spaces; empty cells cannot be located by spacing.
        case padded
    }

    /// Splits `text` for a table with `columns` columns; nil when the line ends in no number.
    /// `typicalGroups` (digit groups per column, from the table's unambiguous rows) breaks ties.
    public static func split(_ text: String, columns: Int, spacing: Spacing,
                             typicalGroups: [Int?] = []) -> NumberTail? {
        Row(text).split(columns: columns, spacing: spacing, typicalGroups: typicalGroups)
    }

    /// A printed row read into tokens once, to be split for several column counts.
    public struct Row {
        private let tokens: (tokens: [Token], trailingGap: Int)
        private let pieces: [Piece]

        public init(_ text: String) {
            tokens = Token.tokenize(text)
            pieces = numericSuffix(of: tokens.tokens)
        }

        /// `NumberTail.split` of the row's text.
        public func split(columns: Int, spacing: Spacing, typicalGroups: [Int?] = []) -> NumberTail? {
            NumberTail.split(tokens: tokens, pieces: pieces, columns: columns, spacing: spacing, typicalGroups: typicalGroups)
        }
    }

    private static func split(tokens: (tokens: [Token], trailingGap: Int), pieces: [Piece], columns: Int,
                              spacing: Spacing, typicalGroups: [Int?]) -> NumberTail? {
        guard !pieces.isEmpty, columns > 0 else { return nil }
        var best: (score: [Int], reading: Reading)?
        var tied = false
        for reading in readings(pieces: pieces, limit: columns) {
            guard let (cells, uncertain) = layout(reading, pieces: pieces, columns: columns, spacing: spacing,
                                                  trailingGap: tokens.trailingGap) else { continue }
            let placed = Reading(numbers: reading.numbers, firstPiece: reading.firstPiece, cells: cells,
                                 uncertain: uncertain)
            let score = rank(placed, columns: columns, typicalGroups: typicalGroups)
            if let current = best {
                if score.lexicographicallyPrecedes(current.score) {
                    continue
                } else if score == current.score {
                    tied = true
                } else {
                    best = (score, placed); tied = false
                }
            } else {
                best = (score, placed)
            }
        }
        guard let chosen = best?.reading, let cells = chosen.cells else { return nil }
        let labelEnd = pieces[chosen.firstPiece].tokenIndex
        let label = tokens.tokens[..<labelEnd].map(\.text).joined(separator: " ")
        return NumberTail(label: label, cells: cells, isAmbiguous: tied, placementUncertain: chosen.uncertain)
    }

    // MARK: - Tokens and pieces

    private struct Token {
        var text: String
        /// White-space characters before the token.
        var gapBefore: Int

        static func tokenize(_ text: String) -> (tokens: [Token], trailingGap: Int) {
            var tokens: [Token] = []
            var gap = 0
            var current = ""
            for character in text {
                if SwedishNumber.groupSeparators.contains(character) || character == "\t" {
                    if !current.isEmpty {
                        tokens.append(Token(text: current, gapBefore: gap))
                        current = ""
                        gap = 0
                    }
                    gap += 1
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty {
                tokens.append(Token(text: current, gapBefore: gap))
                gap = 0
            }
            return (tokens, gap)
        }
    }

    /// A token that can be part of a number: digits, optionally led by a minus and ended by a
    /// decimal part or `%`. A lone minus before such a token joins it.
    private struct Piece {
        var text: String
        var tokenIndex: Int
        var gapBefore: Int
        var hasMinus: Bool
        /// The piece closes a parenthesized number ("000)"): it ends the number it is in.
        var closesParenthesis = false
    }

    private static func numericSuffix(of tokens: [Token]) -> [Piece] {
        var pieces: [Piece] = []
        var index = tokens.count - 1
        while index >= 0 {
            let token = tokens[index]
            let opens = token.text.hasPrefix("("), closes = token.text.hasSuffix(")")
            guard SwedishNumber.isAccountingPiece(token.text) else {
                if token.text.count == 1, let sign = token.text.first, SwedishNumber.minusSigns.contains(sign),
                   var next = pieces.first, !next.hasMinus, next.gapBefore == 1 {
                    next.text = token.text + next.text
                    next.tokenIndex = index
                    next.gapBefore = token.gapBefore
                    next.hasMinus = true
                    pieces[0] = next
                    index -= 1
                    continue
                }
                break
            }
            // An opening parenthesis starts a number as a minus does.
            let hasMinus = opens || token.text.first.map { SwedishNumber.minusSigns.contains($0) } ?? false
            pieces.insert(Piece(text: token.text, tokenIndex: index, gapBefore: token.gapBefore, hasMinus: hasMinus,
                                closesParenthesis: closes),
                          at: 0)
            index -= 1
        }
        return pieces
    }

    // MARK: - Readings

    /// One way to read a suffix of the pieces as numbers.
    private struct Reading {
        var numbers: [(number: SwedishNumber, first: Int, last: Int)]
        var firstPiece: Int
        var cells: [SwedishNumber?]?
        var uncertain = false
    }

    /// Every reading of a suffix of `pieces` as at most `limit` numbers, the last ending at the last piece.
    private static func readings(pieces: [Piece], limit: Int) -> [Reading] {
        var results: [Reading] = []
        func extend(end: Int, numbers: [(number: SwedishNumber, first: Int, last: Int)]) {
            guard numbers.count < limit, end >= 0 else { return }
            var start = end
            while start >= 0 {
                if start < end, pieces[start + 1].gapBefore != 1 || pieces[start + 1].hasMinus
                    || pieces[start].closesParenthesis { break }
                let text = pieces[start...end].map(\.text).joined(separator: " ")
                if let number = SwedishNumber.parseAccounting(text) {
                    let found = [(number, start, end)] + numbers
                    results.append(Reading(numbers: found, firstPiece: start, cells: nil))
                    extend(end: start - 1, numbers: found)
                }
                start -= 1
            }
        }
        extend(end: pieces.count - 1, numbers: [])
        return results
    }

    /// Places a reading's numbers in `columns` cells, using spacing to find empty cells; nil when
    /// the reading cannot fill the row. Flagged uncertain when cells are missing and the spacing
    /// does not show where (they are then put last).
    private static func layout(_ reading: Reading, pieces: [Piece], columns: Int, spacing: Spacing,
                               trailingGap: Int) -> (cells: [SwedishNumber?], uncertain: Bool)? {
        let numbers = reading.numbers
        guard numbers.count <= columns else { return nil }
        switch spacing {
        case .padded:
            let cells = numbers.map(\.number) + Array(repeating: nil, count: columns - numbers.count)
            return (cells, numbers.count < columns)
        case .singleSpaced:
            var cells: [SwedishNumber?] = []
            for entry in numbers {
                cells += Array(repeating: nil, count: max(0, pieces[entry.first].gapBefore - 1))
                cells.append(entry.number)
            }
            let trailing = max(0, trailingGap - 1)
            if cells.count + trailing == columns { return (cells + Array(repeating: nil, count: trailing), false) }
            guard cells.count + trailing < columns else { return nil }
            return (cells + Array(repeating: nil, count: columns - cells.count), true)
        }
    }

    /// Higher is better: fills the columns, is placed by the spacing, uses more digit groups, fits
    /// the typical group counts.
    private static func rank(_ reading: Reading, columns: Int, typicalGroups: [Int?]) -> [Int] {
        let filled = reading.cells?.compactMap { $0 }.count ?? 0
        let piecesUsed = reading.numbers.reduce(0) { $0 + $1.last - $1.first + 1 }
        var misfit = 0
        for (column, cell) in (reading.cells ?? []).enumerated() {
            guard let cell, column < typicalGroups.count, let typical = typicalGroups[column] else { continue }
            misfit += abs(cell.groupCount - typical)
        }
        return [filled, reading.uncertain ? 0 : 1, piecesUsed, -misfit]
    }
}
