/// Matches the items of two versions of a plan by content, not position.
///
/// 1. Items identical in content and placement are unchanged.
/// 2. The rest are paired greedily, most similar first (`DiffItem.similarity`, the weighted
///    word-level similarity of their fields), as long as the similarity reaches `threshold`.
///    Ties go to the earlier items, so the result is deterministic.
/// 3. A pair whose placement (area, goal …) differs has moved; a pair in place whose content
///    differs has changed. Unpaired old items were removed, unpaired new ones added.
///
/// The threshold 0.6 keeps a rewording (most words kept in order: 0.7–0.95 in the tests'
/// near-misses) and rejects a different item under the same heading (below 0.4 there).
public struct ItemMatcher: Sendable {
    public var threshold = 0.6

    public init() {}

    /// The changes from `old` to `new` items of one kind.
    public func compare(_ old: [DiffItem], _ new: [DiffItem]) -> ItemChanges {
        var changes = ItemChanges()
        var oldLeft = Set(old.indices), newLeft = Set(new.indices)
        for (i, item) in old.enumerated() {
            if let j = new.indices.first(where: { newLeft.contains($0) && new[$0] == item }) {
                oldLeft.remove(i)
                newLeft.remove(j)
            }
        }
        var pairs: [(similarity: Double, old: Int, new: Int)] = []
        for i in oldLeft.sorted() {
            for j in newLeft.sorted() {
                let similarity = old[i].similarity(to: new[j])
                if similarity >= threshold { pairs.append((similarity, i, j)) }
            }
        }
        pairs.sort { ($0.similarity, -$0.old, -$0.new) > ($1.similarity, -$1.old, -$1.new) }
        var matched: [(old: Int, new: Int, similarity: Double)] = []
        for pair in pairs where oldLeft.contains(pair.old) && newLeft.contains(pair.new) {
            oldLeft.remove(pair.old)
            newLeft.remove(pair.new)
            matched.append((pair.old, pair.new, pair.similarity))
        }
        for pair in matched.sorted(by: { ($0.new, $0.old) < ($1.new, $1.old) }) {
            let before = old[pair.old], after = new[pair.new]
            let fields = zip(before.fields, after.fields).filter { $0.0.value != $0.1.value }.map(\.0.name)
            let change = ItemChanges.Change(
                old: before, new: after, similarity: (pair.similarity * 100).rounded() / 100, fields: fields,
                wordDiff: zip(before.fields, after.fields).filter { $0.0.value != $0.1.value }.map { old, new in
                    ItemChanges.FieldDiff(field: old.name, operations: WordDiff.operations(old.value.joined, new.value.joined))
                })
            if before.placement.map(\.value) != after.placement.map(\.value) {
                changes.moved.append(change)
            } else if !before.hasSameContent(as: after) {
                changes.changed.append(change)
            }
        }
        changes.removed = oldLeft.sorted().map { old[$0] }
        changes.added = newLeft.sorted().map { new[$0] }
        return changes
    }
}

/// Added, removed, changed and moved items of one kind.
public struct ItemChanges: Sendable, Equatable, Encodable {
    public var added: [DiffItem] = []
    public var removed: [DiffItem] = []
    public var changed: [Change] = []
    public var moved: [Change] = []

    public struct Change: Sendable, Equatable, Encodable {
        public var old: DiffItem
        public var new: DiffItem
        public var similarity: Double
        /// The content fields that differ.
        public var fields: [String]
        public var wordDiff: [FieldDiff]

        private enum CodingKeys: String, CodingKey { case old, new, similarity, fields, wordDiff = "word_diff" }
    }

    public struct FieldDiff: Sendable, Equatable, Encodable {
        public var field: String
        public var operations: [WordDiff.Operation]
    }

    var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && moved.isEmpty }
}
