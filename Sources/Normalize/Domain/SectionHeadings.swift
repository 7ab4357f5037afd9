import Ingest

/// The words that open area and goal headings (`headings.json`), and how a heading is read:
/// "<word>[ <number>][:|-|–] <name>", as in "Strategiskt mål: Barn och unga", "Målområde 1: Välfärd",
/// "Mål 2.1 Fler företag" or "MÅL 1 - ÖKAD KONKURRENSKRAFT".
///
/// A short, common word ("Mål", "Delmål") opens a heading only when a number or a colon follows
/// it, so "Mål för verksamheten" stays text.
public struct SectionHeadings: Sendable, Decodable {
    public enum Kind: String, Sendable, Decodable { case area, goal }

    public struct Entry: Sendable, Decodable {
        public var kind: Kind
        public var words: [String]
        /// The word needs a number or a colon after it.
        public var marked: Bool?
    }

    /// A heading read from a line: its kind, the printed number ("2.1") and the name after it.
    public struct Heading: Sendable, Equatable {
        public var kind: Kind
        public var number: String?
        public var name: String
    }

    public var headings: [Entry]

    /// The heading `text` is, if any; `kinds` limits which kinds are looked for.
    public func heading(_ text: String, kinds: Set<Kind> = [.area, .goal]) -> Heading? {
        let trimmed = text.collapsingWhitespace
        return heading(trimmed: trimmed, folded: trimmed.fastLowercased(), kinds: kinds)
    }

    /// The heading `line` is, if any, read from the collapsed and folded forms the line carries.
    public func heading(_ line: SourceLine, kinds: Set<Kind> = [.area, .goal]) -> Heading? {
        heading(trimmed: line.collapsed, folded: line.folded, kinds: kinds)
    }

    /// The heading of a collapsed text (`trimmed`) and its lowercased form.
    private func heading(trimmed: String, folded: String, kinds: Set<Kind>) -> Heading? {
        guard folded.count == trimmed.count else { return nil }
        // A number may stand before the heading's word as well as after it ("1.1 Strategiskt mål: …").
        if trimmed.first?.isASCIIDigit == true {
            var rest = Substring(trimmed)
            if let number = Self.number(&rest), rest.first == " " {
                let offset = trimmed.count - rest.count + 1
                guard var heading = heading(trimmed: String(trimmed.dropFirst(offset)),
                                            folded: String(folded.dropFirst(offset)), kinds: kinds) else { return nil }
                heading.number = heading.number ?? number
                return heading
            }
        }
        var best: (entry: Entry, word: String)?
        for entry in headings where kinds.contains(entry.kind) {
            for word in entry.words {
                guard let next = folded.afterOpeningWord(word).map(\.first), word.count > (best?.word.count ?? 0)
                else { continue }
                if next == nil || next == " " || next == ":" { best = (entry, word) }
            }
        }
        guard let best else { return nil }
        var rest = Substring(trimmed.dropFirst(best.word.count)).drop { $0 == " " }
        let number = Self.number(&rest)
        let colon = rest.first == ":"
        rest = rest.drop { $0 == ":" || $0 == " " }
        if rest.first == "-" || rest.first == "–" { rest = rest.dropFirst().drop { $0 == " " } }
        guard !rest.isEmpty, best.entry.marked != true || number != nil || colon else { return nil }
        return Heading(kind: best.entry.kind, number: number, name: String(rest))
    }

    /// A number such as "2", "2.1" or "2.1." at the start of `rest`, consumed; nil when there is none.
    /// Each part has at most two digits: "Mål 2030" names a year, not a goal number.
    private static func number(_ rest: inout Substring) -> String? {
        let printed = rest.prefix { $0.isASCIIDigit || $0 == "." }
        guard let first = printed.first, first.isASCIIDigit,
              printed.split(separator: ".").allSatisfy({ $0.count <= 2 }) else { return nil }
        let after = rest.dropFirst(printed.count).first
        guard after == nil || after == " " || after == ":" else { return nil }
        rest = rest.dropFirst(printed.count)
        let number = printed.hasSuffix(".") ? printed.dropLast() : printed
        return String(number)
    }
}
