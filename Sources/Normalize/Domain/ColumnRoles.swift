import Foundation

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

    public var roles: [Entry]

    /// The role of a header cell in tables of kind `table`, if any.
    public func role(of header: String, in table: String) -> String? {
        let folded = header.collapsingWhitespace.lowercased()
        return roles.first { entry in
            entry.table == table && entry.words.contains { word in
                folded.hasPrefix(word) && (folded.count == word.count
                    || folded.dropFirst(word.count).first.map { !$0.isLetter } == true)
            }
        }?.role
    }

    /// For each of `roles`, the index of the first header cell with that role; nil unless all are found.
    public func columns(of header: [String], in table: String, roles wanted: [String]) -> [Int]? {
        let found = header.map { role(of: $0, in: table) }
        let indices = wanted.compactMap { role in found.firstIndex(of: role) }
        return indices.count == wanted.count ? indices : nil
    }

    /// A header printed on one line ("Aktivitet Resurser Önskade effekter på lång sikt") split into
    /// its cells where the words of `wanted`, in that order, begin; the whole line as one cell when
    /// they are not all there.
    public func cells(of line: String, in table: String, roles wanted: [String]) -> [String] {
        let text = Array(line.collapsingWhitespace)
        let folded = Array(String(text).lowercased())
        guard folded.count == text.count else { return [String(text)] }
        var starts: [Int] = []
        var from = 0
        for role in wanted {
            let words = roles.filter { $0.table == table && $0.role == role }.flatMap(\.words)
            let found = (from..<folded.count).first { start in
                (start == 0 || folded[start - 1] == " ") && words.contains { word in
                    let candidate = Array(word)
                    return start + candidate.count <= folded.count
                        && Array(folded[start..<(start + candidate.count)]) == candidate
                }
            }
            guard let found else { return [String(text)] }
            starts.append(found)
            from = found + 1
        }
        return zip(starts, starts.dropFirst().map { $0 } + [text.count]).map { start, end in
            String(text[start..<end]).trimmingCharacters(in: .whitespaces)
        }
    }
}
