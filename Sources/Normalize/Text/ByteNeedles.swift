/// Many needles looked for in one pass over a text: each position is compared only with the
/// needles that start with its two bytes (its one byte, for a needle of one), so many needles
/// cost about as much as one. Indexed once, for texts searched again and again (every item a
/// theme is looked for in).
struct ByteNeedles: Sendable {
    private let needles: [[UInt8]]
    /// Whether a needle counts only where a word starts (`ByteSearch.isWordByte` not before it).
    private let atWordStart: [Bool]
    private let byPair: [[Int]]
    private let byByte: [[Int]]

    init(_ needles: [[UInt8]], atWordStart: [Bool]? = nil) {
        self.needles = needles
        self.atWordStart = atWordStart ?? Array(repeating: false, count: needles.count)
        var byPair = [[Int]](repeating: [], count: 1 << 16)
        var byByte = [[Int]](repeating: [], count: 1 << 8)
        for (index, needle) in needles.enumerated() where !needle.isEmpty {
            if needle.count == 1 {
                byByte[Int(needle[0])].append(index)
            } else {
                byPair[Int(needle[0]) << 8 | Int(needle[1])].append(index)
            }
        }
        self.byPair = byPair
        self.byByte = byByte
    }

    /// The indices of the needles that occur in `text`.
    func occurring(in text: [UInt8]) -> Set<Int> {
        var found = Set<Int>()
        for position in text.indices {
            let startsWord = position == 0 || !ByteSearch.isWordByte(text[position - 1])
            for index in byByte[Int(text[position])] where startsWord || !atWordStart[index] { found.insert(index) }
            guard position + 1 < text.count else { break }
            for index in byPair[Int(text[position]) << 8 | Int(text[position + 1])]
            where !found.contains(index) && (startsWord || !atWordStart[index]) {
                let needle = needles[index]
                if position + needle.count <= text.count,
                   text[position..<(position + needle.count)].elementsEqual(needle) {
                    found.insert(index)
                }
            }
        }
        return found
    }
}
