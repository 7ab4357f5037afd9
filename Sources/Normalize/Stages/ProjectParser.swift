import Ingest

/// Reads project lists: lines "• <name>   YYMMDD-YYMMDD" (e.g. "• Kompetensnavet 220401-270331"
/// → 2022-04-01 … 2027-03-31) or with ISO dates ("• Kompetensnavet 2022-04-01–2027-03-31"). A name that wraps continues on the next non-blank line, which
/// then carries the period. A trailing footnote mark ("barn och unga*") is dropped from the name.
struct ProjectParser {
    func projects(in lines: [SourceLine], log: inout DiagnosticLog) -> [Project] {
        var projects: [Project] = []
        var pending: [SourceLine] = []
        for line in lines {
            let text = line.collapsed
            if let period = Self.period(at: text) {
                let start = Self.stripBullet(text)
                guard Self.isBullet(text) || !pending.isEmpty else { continue }
                // A bullet opens its own item: an earlier item without a period is no part of it.
                if Self.isBullet(text) { pending = [] }
                let nameLines = pending.map { Self.stripBullet($0.collapsed) }
                    + [String(start.dropLast(period.printed.count)).trimmingCharacters(" ")]
                var name = nameLines.filter { !$0.isEmpty }.joined(separator: " ")
                while name.hasSuffix("*") { name.removeLast() }
                let provenanceLines = pending + [line]
                let provenance = Provenance(lines: provenanceLines) ?? Provenance(page: line.page, lines: line.number...line.number)
                if period.start == nil || period.end == nil {
                    log.emit(Diagnostic(code: .unreadableCell,
                                        message: "project '\(name)': '\(period.printed)' is not a valid period "
                                            + "YYMMDD-YYMMDD; dates left null",
                                        provenance: provenance))
                }
                projects.append(Project(name: name.trimmingCharacters(" "), start: period.start, end: period.end,
                                        provenance: provenance))
                pending = []
            } else if Self.isBullet(text), text.count <= 100 {
                pending = [line]
            } else if !pending.isEmpty, line.isBlank {
                continue
            } else {
                pending = []
            }
        }
        return projects
    }

    /// Whether `text` opens with a list marker (`LayoutBlock.bullets`, the one list of them).
    private static func isBullet(_ text: String) -> Bool {
        guard let first = text.first, !first.isLetter, !first.isNumber else { return false }
        return LayoutBlock.bullets.contains(String(first))
    }

    private static func stripBullet(_ text: String) -> String {
        isBullet(text) ? String(text.dropFirst()).trimmingCharacters(" ") : text
    }

    /// The period closing a line, with ISO dates (nil when a printed date does not exist): two
    /// dates (`dateShape`) joined by "-" or "–", with or without spaces around the dash:
    /// "240301-270301", "2024-09-01–2026-12-31", "20240301 - 20270301", "2024.03.01–2027.03.01".
    static func period(at text: String) -> (printed: String, start: String?, end: String?)? {
        let words = text.split(separator: " ")
        guard let last = words.last else { return nil }
        if let (start, end) = datePair(last) {
            return (String(last), isoDate(start.digits, century: start.century), isoDate(end.digits, century: end.century))
        }
        if words.count >= 3, dashes.contains(words[words.count - 2].first ?? " "), words[words.count - 2].count == 1,
           let start = dateShape(words[words.count - 3]), let end = dateShape(last) {
            return (words.suffix(3).joined(separator: " "),
                    isoDate(start.digits, century: start.century), isoDate(end.digits, century: end.century))
        }
        return nil
    }

    /// The dashes that join a period's two dates.
    private static let dashes: Set<Character> = ["-", "–"]
    /// The marks that may part a date's year, month and day: "2024-03-01", "2024.03.01", "2024/03/01".
    private static let dateMarks: Set<Character> = ["-", ".", "/"]

    /// The two dates of one word "A-B" or "A–B"; a dash inside a date ("2024-09-01-2026-12-31")
    /// parts it in the middle of six parts.
    private static func datePair(_ word: Substring) -> (DateShape, DateShape)? {
        if word.contains("–") {
            let halves = word.split(separator: "–", omittingEmptySubsequences: false)
            guard halves.count == 2, let start = dateShape(halves[0]), let end = dateShape(halves[1]) else { return nil }
            return (start, end)
        }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        let middle = parts.count == 2 ? 1 : parts.count == 6 ? 3 : 0
        guard middle > 0 else { return nil }
        let start = parts[..<middle].joined(separator: "-"), end = parts[middle...].joined(separator: "-")
        guard let first = dateShape(Substring(start)), let second = dateShape(Substring(end)) else { return nil }
        return (first, second)
    }

    /// A printed date's century and its digits as YYMMDD.
    typealias DateShape = (century: Int, digits: Substring)

    /// Whether `token` has a date's shape, whether or not the date exists: "240301" (YYMMDD, this
    /// century), "20240301" (YYYYMMDD), or year, month and day parted by one mark ("2024-03-01",
    /// "2024.03.01", "2024/03/01").
    static func dateShape(_ token: Substring) -> DateShape? {
        guard let first = token.first, first.isASCIIDigit else { return nil }
        if token.allSatisfy(\.isASCIIDigit) {
            switch token.count {
            case 6: return (20, token)
            case 8: return (Int(token.prefix(2)) ?? 20, token.dropFirst(2))
            default: return nil
            }
        }
        guard let mark = token.first(where: { !$0.isASCIIDigit }), dateMarks.contains(mark) else { return nil }
        let parts = token.split(separator: mark, omittingEmptySubsequences: false)
        guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return (Int(parts[0].prefix(2)) ?? 20, Substring(parts[0].suffix(2) + parts[1] + parts[2]))
    }

    /// "240301" → "2024-03-01"; nil when the month or day does not exist.
    static func isoDate(_ digits: Substring, century: Int = 20) -> String? {
        guard let yy = Int(digits.prefix(2)), let mm = Int(digits.dropFirst(2).prefix(2)),
              let dd = Int(digits.suffix(2)), (1...12).contains(mm) else { return nil }
        let year = century * 100 + yy
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]
        guard (1...days).contains(dd) else { return nil }
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(year)-\(pad(mm))-\(pad(dd))"
    }
}
