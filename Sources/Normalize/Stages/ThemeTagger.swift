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
    /// Every stem as UTF-8 bytes, indexed once (word-start stems marked), and the theme of each.
    private let stems: ByteNeedles
    private let stemThemes: [Theme]

    public init(entries: [Entry]) {
        self.entries = entries
        let stems = entries.flatMap { entry in
            entry.contains.map { (entry.id, Array($0.fastLowercased().utf8), false) }
                + entry.words.map { (entry.id, Array($0.fastLowercased().utf8), true) }
        }
        self.stems = ByteNeedles(stems.map(\.1), atWordStart: stems.map(\.2))
        stemThemes = stems.map(\.0)
    }

    /// Each theme's name for people, from `themes.json`.
    public var labels: [Theme: String] {
        Dictionary(entries.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// The themes of `texts` (the item's fields, and its area and goal), sorted, without repeats.
    public func themes(of texts: [String?]) -> [Theme] {
        let text = Array(texts.compactMap { $0 }.joined(separator: " ").fastLowercased().utf8)
        return Set(stems.occurring(in: text).map { stemThemes[$0] }).sorted()
    }
}
