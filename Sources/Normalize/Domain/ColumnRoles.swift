import Foundation
import Ingest

/// What a table's header cells mean (`columns.json`): each role with the header words that name it.
///
/// A header cell has a role when its case-folded text starts with one of the role's words as a
/// whole word ("Önskade effekter på lång sikt" is `effects`). The words are data, so a new
/// template's header is a data entry.
public struct ColumnRoles: Sendable, Decodable {
    public struct Entry: Sendable, Decodable {
        /// The list a table of these columns is read into ("activities").
        public var table: String
        public var role: String
        public var words: [String]
    }

    public let roles: [Entry]
    /// Every header word of each kind of table, made once: every line of a dump is tried as a header.
    private let headerWords: [String: HeaderWords]

    /// A kind of table's header words as bytes (to rule lines out) and as characters, longest first.
    private struct HeaderWords: Sendable {
        var bytes: [[UInt8]]
        var characters: [[Character]]

        init(_ words: [String]) {
            bytes = words.map { Array($0.utf8) }
            characters = words.map(Array.init).sorted { $0.count > $1.count }
        }
    }

    private enum CodingKeys: String, CodingKey { case roles }

    public init(from decoder: any Decoder) throws {
        roles = try decoder.container(keyedBy: CodingKeys.self).decode([Entry].self, forKey: .roles)
        headerWords = Dictionary(grouping: roles, by: \.table).mapValues { HeaderWords($0.flatMap(\.words)) }
    }

    /// The role of a header cell in tables of kind `table`, if any.
    public func role(of header: String, in table: String) -> String? {
        let folded = header.collapsingWhitespace.fastLowercased()
        return roles.first { entry in
            entry.table == table && entry.words.contains { folded.afterOpeningWord($0) != nil }
        }?.role
    }

    /// The header words of `role` in tables of kind `table`.
    public func words(of role: String, in table: String) -> Set<String> {
        Set(roles.filter { $0.table == table && $0.role == role }.flatMap(\.words))
    }

    /// For each of `roles`, the index of the first header cell with that role; nil unless all are found.
    public func columns(of header: [String], in table: String, roles wanted: [String]) -> [Int]? {
        let found = header.map { role(of: $0, in: table) }
        let indices = wanted.compactMap { role in found.firstIndex(of: role) }
        return indices.count == wanted.count ? indices : nil
    }

    /// A header printed on one line ("Aktivitet Ansvar Tidplan Förväntat resultat") split into its
    /// cells where a header word of `table` begins; nil unless the line starts with one and holds
    /// `minimum` cells. Every cell starts with a capital letter and ends no sentence or list item:
    /// a line of running text that happens to hold header words is no header.
    public func cells(of line: String, in table: String, minimum: Int = 2) -> [String]? {
        let collapsed = line.collapsingWhitespace
        return cells(collapsed: collapsed, folded: collapsed.fastLowercased(), in: table, minimum: minimum)
    }

    /// `cells(of:in:minimum:)` of a line, read from the collapsed and folded forms it carries.
    public func cells(of line: SourceLine, in table: String, minimum: Int = 2) -> [String]? {
        cells(collapsed: line.collapsed, folded: line.folded, in: table, minimum: minimum)
    }

    /// The header cells of a collapsed line (`collapsed`) and its lowercased form.
    private func cells(collapsed: String, folded lowered: String, in table: String, minimum: Int) -> [String]? {
        // The first cell starts the line and with a capital: most lines of text are ruled out here.
        guard collapsed.first?.isUppercase == true else { return nil }
        guard let names = headerWords[table] else { return nil }
        // Lines are NFC (Ingest normalizes them) and so are the header words, so a line that opens
        // with one starts with its bytes: the other lines are ruled out before their characters are read.
        var loweredBytes = lowered
        let opens = loweredBytes.withUTF8 { line in
            names.bytes.contains { name in name.count <= line.count && zip(line, name).allSatisfy { $0 == $1 } }
        }
        guard opens else { return nil }
        let text = Array(collapsed)
        let folded = Array(lowered)
        guard folded.count == text.count else { return nil }
        let words = names.characters
        func word(at position: Int) -> [Character]? {
            guard position == 0 || folded[position - 1] == " " else { return nil }
            return words.first { word in
                let end = position + word.count
                return end <= folded.count && folded[position..<end].elementsEqual(word)
                    && (end == folded.count || !folded[end].isLetter)
            }
        }
        guard let opening = word(at: 0) else { return nil }
        var starts = [0]
        var position = opening.count
        while position < folded.count {
            if let match = word(at: position) {
                starts.append(position)
                position += match.count
            } else {
                position += 1
            }
        }
        guard starts.count >= minimum else { return nil }
        let cells = zip(starts, starts.dropFirst() + [text.count]).map { start, end in
            String(text[start..<end]).trimmingCharacters(in: .whitespaces)
        }
        let isHeaderCell = { (cell: String) in
            cell.first?.isUppercase == true && !cell.hasSuffix(".") && !cell.hasSuffix(",")
        }
        return cells.allSatisfy(isHeaderCell) ? cells : nil
    }
}
