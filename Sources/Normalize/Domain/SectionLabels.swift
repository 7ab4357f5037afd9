import Ingest

/// The labels that name a part of a goal's or an area's section (`headings.json`, "labels"):
/// "Varför är detta område viktigt?" opens its motivation, "Plan för genomförande 2026:" its
/// plan, "Konkreta effekter som ska uppnås" its effects, "Indikatorer" its indicators. Kept as
/// data so that another förbund's wording is a line in the file, not a change to a parser.
public struct SectionLabels: Sendable, Decodable {
    public enum Part: String, Sendable, Decodable { case motivation, plan, effects, indicators }

    public struct Entry: Sendable, Decodable {
        public var part: Part
        /// Lowercase; a label line opens with one of them, then ends or goes on after a space or
        /// punctuation ("plan för genomförande 2026:").
        public var words: [String]
        /// The line is the word alone (a colon and the year it is for aside): "Indikator",
        /// "Aktiviteter 2026:", not "Indikatorer för att guida".
        public var whole: Bool?
    }

    public var labels: [Entry]

    /// Whether `rest` (what follows a label's words) holds nothing but a colon, spaces and one year.
    private static func isYearAtMost(_ rest: some StringProtocol) -> Bool {
        let words = rest.split(whereSeparator: { $0 == ":" || $0 == " " })
        return words.isEmpty || words.count == 1 && words[0].count == 4 && words[0].allSatisfy(\.isASCIIDigit)
    }

    /// A label is a short line: longer ones are running text that happens to open with its words.
    static let maximumWords = 12

    /// The part `line` labels, if it is a label (the longest matching word wins).
    public func part(of line: SourceLine) -> Part? {
        let folded = line.folded
        var best: (part: Part, length: Int)?
        for entry in labels {
            for word in entry.words where word.utf8.count > (best?.length ?? 0) {
                guard let rest = folded.afterOpeningWord(word) else { continue }
                let fits = entry.whole == true
                    ? Self.isYearAtMost(rest)
                    : rest.first.map { !$0.isNumber } ?? true
                if fits { best = (entry.part, word.utf8.count) }
            }
        }
        guard let best, folded.last != ".", folded.split(separator: " ").count <= Self.maximumWords else { return nil }
        return best.part
    }
}
