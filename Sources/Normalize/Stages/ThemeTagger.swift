import Foundation

/// Tags a plan item with themes from the fixed list, using the keyword lexicon in
/// `themes.json` (Swedish stems), so items can be compared across förbund by theme.
///
/// A stem under `contains` matches anywhere in a word, so compounds count ("äldreomsorg" →
/// valfard); a stem under `words` matches only at the start of a word, for short stems that
/// would otherwise hide inside other words ("ai", "vård").
public struct ThemeTagger: Sendable {
    public struct Entry: Sendable, Decodable {
        public var id: Theme
        public var contains: [String]
        public var words: [String]
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The themes of `texts` (the item's fields, and its area and goal), sorted, without repeats.
    public func themes(of texts: [String?]) -> [Theme] {
        let text = Array(texts.compactMap { $0 }.joined(separator: " ").lowercased().utf8)
        var found = Set<Theme>()
        for entry in entries {
            if entry.contains.contains(where: { ByteSearch.contains(Array($0.utf8), in: text) })
                || entry.words.contains(where: { ByteSearch.contains(Array($0.utf8), in: text, atWordStart: true) }) {
                found.insert(entry.id)
            }
        }
        return found.sorted()
    }
}
