import Foundation
import Ingest

/// Finds a document's printed title among its opening lines.
struct TitleFinder {
    struct Title {
        var text: String
        var kind: DocumentKind
        var period: Period?
    }

    var kinds: [DomainData.KindEntry]
    /// How many non-blank opening lines may hold the title.
    var searchLimit = 60

    func printedTitle(in lines: [SourceLine]) -> Title? {
        let opening = lines.filter { !$0.isBlank }.prefix(searchLimit).map { $0.collapsed }
        for (index, line) in opening.enumerated() {
            let joined = { index + 1 < opening.count ? match(line + " " + opening[index + 1]) : nil }
            if let title = match(line) {
                guard title.period == nil else { return title }
                // "Handlingsplan" / "2027": a heading that wrapped before its year.
                if let wrapped = joined(), wrapped.period != nil { return wrapped }
                return title
            }
            if let wrapped = joined() { return wrapped }
        }
        return nil
    }

    /// A whole line "<kind> [för …] [year or range]", e.g. "Budget och verksamhetsplan 2026", or
    /// such a title after the förbund's name and a dash ("Sjuhärads kommunalförbund – Handlingsplan
    /// 2027", a heading that wrapped before its year).
    private func match(_ line: String) -> Title? {
        if let title = matchWhole(line) { return title }
        // Most lines hold no separator: ruled out on bytes before Foundation searches them.
        let bytes = Array(line.utf8)
        for separator in Self.nameSeparators where ByteSearch.firstIndex(of: Array(separator.utf8), in: bytes, from: 0) != nil {
            guard let range = line.range(of: separator, options: .backwards),
                  let title = matchWhole(String(line[range.upperBound...])) else { continue }
            return title
        }
        return nil
    }

    /// What may stand between a name and the title after it.
    private static let nameSeparators = [" – ", " - ", " · ", ": "]

    private func matchWhole(_ line: String) -> Title? {
        guard line.count <= 90 else { return nil }
        let lowered = line.fastLowercased()
        for entry in kinds {
            for stem in entry.stems {
                guard lowered.hasPrefix(stem) else { continue }
                let rest = line.dropFirst(stem.count)
                guard let tail = Self.titleTail(rest) else { continue }
                return Title(text: line, kind: entry.kind, period: tail.period)
            }
        }
        return nil
    }

    /// What may follow the kind in a title, and the period it names.
    private struct TitleTail {
        var period: Period?
    }

    /// The part after the kind: empty, " för <name>", a year or range, and maybe a second plan
    /// named with "med" ("Verksamhetsplan med budget 2026", "Budget 2026 med plan 2027–2028"): the
    /// period runs from the first year to the last. Nil if anything else follows.
    private static func titleTail(_ rest: Substring) -> TitleTail? {
        let years = #"(?: ((?:19|20)\d\d)(?:\s?[-–]\s?((?:19|20)\d\d))?)"#
        let pattern = try? Regex(#"^(?: för [\p{L}][\p{L} ,\-]{1,60}?)?"# + years + "?"
                                 + #"(?: med (?:budget|plan|flerårsplan|ekonomisk plan|verksamhetsplan)(?: för)?"# + years + ")?$")
        guard let pattern, let found = try? pattern.ignoresCase().wholeMatch(in: rest) else { return nil }
        let printed = (1..<found.output.count).compactMap { found.output[$0].substring.flatMap { Int($0) } }
        guard let from = printed.first, let to = printed.max() else { return TitleTail(period: nil) }
        return zip(printed, printed.dropFirst()).allSatisfy({ $0 <= $1 }) ? TitleTail(period: Period(from: from, to: to)) : nil
    }

    /// The document naming itself: "handlingsplanen för digitalisering i Fyrbodal"
    /// → "Handlingsplan för digitalisering i Fyrbodal".
    static func selfReference(to entry: DomainData.KindEntry, in text: String) -> String? {
        let bytes = Array(text.utf8)
        for stem in entry.stems {
            let needles = [stem + "en för ", stem + " för "].map { Array($0.fastLowercased().utf8) }
            guard let (offset, needle) = needles.lazy.compactMap({ needle in
                ByteSearch.firstCaselessIndex(of: needle, in: bytes).map { ($0, needle) }
            }).first
            else { continue }
            // The needle ends in a space, so its end is a character boundary of `text`.
            let tail = text[text.utf8.index(text.utf8.startIndex, offsetBy: offset + needle.count)...].prefix(80)
            guard let phrase = tail.prefixMatch(of: /(\p{Ll}[\p{Ll}\-]+(?: och \p{Ll}+)?) i (\p{Lu}\p{Ll}+)/)
            else { continue }
            return "\(entry.title) för \(phrase.output.1) i \(phrase.output.2)"
        }
        return nil
    }
}

/// Year ranges in running text.
enum PeriodPattern {
    /// The first plausible year range ("2021-2030", "2025–2027"), not part of a date like 2024-06-19.
    static func firstRange(in text: String) -> Period? {
        // A byte scan: Swift Regex over a whole document costs more than the rest of the stage.
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        func year(at index: Int) -> Int? {
            guard index + 4 <= bytes.count, (0...3).allSatisfy({ isDigit(index + $0) }),
                  (bytes[index] == 0x31 && bytes[index + 1] == 0x39) || (bytes[index] == 0x32 && bytes[index + 1] == 0x30)
            else { return nil }
            return bytes[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var index = 0
        while index + 9 <= bytes.count {
            defer { index += 1 }
            guard !isDigit(index - 1), index == 0 || bytes[index - 1] != 0x2D, let from = year(at: index) else { continue }
            var cursor = index + 4
            if cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == 0x2D {
                cursor += 1
            } else if cursor + 2 < bytes.count, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x93 {
                cursor += 3  // en dash
            } else {
                continue
            }
            if cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard let to = year(at: cursor), !isDigit(cursor + 4),
                  cursor + 4 >= bytes.count || bytes[cursor + 4] != 0x2D else { continue }
            if to > from && to - from <= 30 { return Period(from: from, to: to) }
        }
        return nil
    }
}
