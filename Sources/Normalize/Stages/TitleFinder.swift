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
        let opening = lines.filter { !$0.isBlank }.prefix(searchLimit).map { $0.text.collapsingWhitespace }
        for (index, line) in opening.enumerated() {
            if let title = match(line) { return title }
            if index + 1 < opening.count, let title = match(line + " " + opening[index + 1]) { return title }
        }
        return nil
    }

    /// A whole line "<kind> [för …] [year or range]", e.g. "Budget och verksamhetsplan 2026".
    private func match(_ line: String) -> Title? {
        guard line.count <= 90 else { return nil }
        let lowered = line.lowercased()
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

    /// The part after the kind: empty, " för <name>", a year or range, or both. Nil if anything else.
    private static func titleTail(_ rest: Substring) -> TitleTail? {
        let pattern = /^(?: för [\p{L}][\p{L} ,\-]{1,60}?)?(?: ((?:19|20)\d\d)(?:\s?[-–]\s?((?:19|20)\d\d))?)?$/
        guard let found = rest.wholeMatch(of: pattern) else { return nil }
        guard let from = found.output.1.flatMap({ Int($0) }) else { return TitleTail(period: nil) }
        let to = found.output.2.flatMap { Int($0) } ?? from
        return to >= from ? TitleTail(period: Period(from: from, to: to)) : nil
    }

    /// The document naming itself: "handlingsplanen för digitalisering i Fyrbodal"
    /// → "Handlingsplan för digitalisering i Fyrbodal".
    static func selfReference(to entry: DomainData.KindEntry, in text: String) -> String? {
        for stem in entry.stems {
            guard let start = text.range(of: stem + "en för ", options: .caseInsensitive)
                ?? text.range(of: stem + " för ", options: .caseInsensitive)
            else { continue }
            let tail = text[start.upperBound...].prefix(80)
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
        let pattern = /(?:^|[^\d\-])((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)(?![\d\-])/.anchorsMatchLineEndings()
        for found in text.matches(of: pattern) {
            guard let from = Int(found.output.1), let to = Int(found.output.2) else { continue }
            if to > from && to - from <= 30 { return Period(from: from, to: to) }
        }
        return nil
    }
}
