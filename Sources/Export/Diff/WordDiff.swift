/// Word-level comparison of two texts: the edit script (equal / delete / insert runs of words)
/// and a similarity from 0 to 1, `2 × common words / (words in a + words in b)`, where common
/// words are the longest common subsequence of the two word lists (as in Ratcliff/Obershelp,
/// but on words). Reworded text keeps most of its words in order, so it scores high; two
/// different activities share few words in order and score low.
public enum WordDiff {
    public struct Operation: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Codable { case equal, delete, insert }
        public var op: Kind
        public var text: String
    }

    /// The words of `text`, split at white space.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Similarity of two texts, compared case-insensitively word by word.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let left = words(a.lowercased()), right = words(b.lowercased())
        if left.isEmpty && right.isEmpty { return 1 }
        return 2 * Double(commonLength(left, right)) / Double(left.count + right.count)
    }

    /// The edit script turning `a` into `b` (words compared exactly), adjacent words of one kind merged.
    public static func operations(_ a: String, _ b: String) -> [Operation] {
        let left = words(a), right = words(b)
        let table = lcsTable(left, right)
        var result: [Operation] = []
        func emit(_ kind: Operation.Kind, _ word: String) {
            if let last = result.last, last.op == kind {
                result[result.count - 1].text += " " + word
            } else {
                result.append(Operation(op: kind, text: word))
            }
        }
        var i = 0, j = 0
        while i < left.count || j < right.count {
            if i < left.count, j < right.count, left[i] == right[j] {
                emit(.equal, left[i]); i += 1; j += 1
            } else if i < left.count, j == right.count || table[i + 1][j] >= table[i][j + 1] {
                emit(.delete, left[i]); i += 1
            } else {
                emit(.insert, right[j]); j += 1
            }
        }
        return result
    }

    private static func commonLength(_ a: [String], _ b: [String]) -> Int {
        lcsTable(a, b)[0][0]
    }

    /// table[i][j]: the longest common subsequence of a[i...] and b[j...].
    private static func lcsTable(_ a: [String], _ b: [String]) -> [[Int]] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table
    }
}
