import Foundation
import Ingest

/// Tags a plan item with themes from the fixed list, using the keyword lexicon in
/// `themes.json` (Swedish stems), so items can be compared across förbund by theme.
///
/// A stem under `contains` matches anywhere in a word, so compounds count ("äldreomsorg" →
/// valfard); a stem under `words` matches only at the start of a word, for short stems that
/// would otherwise hide inside other words ("ai", "vård").
public struct ThemeTagger: Sendable {
    public struct Entry: Sendable, Decodable {
        public var id: Theme
        /// The theme's name for people ("Klimat och miljö").
        public var label: String
        public var contains: [String]
        public var words: [String]
    }

    public let entries: [Entry]
    /// The stems as UTF-8 bytes, made once: (theme, anywhere-stems, word-start stems).
    private let stems: [(Theme, [[UInt8]], [[UInt8]])]

    public init(entries: [Entry]) {
        self.entries = entries
        stems = entries.map { entry in
            (entry.id, entry.contains.map { Array($0.fastLowercased().utf8) }, entry.words.map { Array($0.fastLowercased().utf8) })
        }
    }

    /// Each theme's name for people, from `themes.json`.
    public var labels: [Theme: String] {
        Dictionary(entries.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// The themes of `texts` (the item's fields, and its area and goal), sorted, without repeats.
    public func themes(of texts: [String?]) -> [Theme] {
        let text = Array(texts.compactMap { $0 }.joined(separator: " ").fastLowercased().utf8)
        var found = Set<Theme>()
        for (theme, anywhere, wordStarts) in stems {
            if anywhere.contains(where: { ByteSearch.contains($0, in: text) })
                || wordStarts.contains(where: { ByteSearch.contains($0, in: text, atWordStart: true) }) {
                found.insert(theme)
            }
        }
        return found.sorted()
    }
}
