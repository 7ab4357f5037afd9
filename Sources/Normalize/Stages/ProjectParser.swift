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

    /// The period closing a line, with ISO dates (nil when not a real date): "YYMMDD-YYMMDD", or
    /// ISO dates "YYYY-MM-DD–YYYY-MM-DD", with or without spaces around the dash.
    static func period(at text: String) -> (printed: String, start: String?, end: String?)? {
        let words = text.split(separator: " ")
        guard let last = words.last else { return nil }
        let parts = last.split(whereSeparator: { $0 == "-" || $0 == "–" })
        if parts.count == 2, parts.allSatisfy({ $0.count == 6 && $0.allSatisfy(\.isASCIIDigit) }) {
            return (String(last), isoDate(parts[0]), isoDate(parts[1]))
        }
        // "2024-09-01–2026-12-31": six parts; "2024-09-01 – 2026-12-31": three words.
        if parts.count == 6, let start = isoDate(parts[0...2]), let end = isoDate(parts[3...5]) {
            return (String(last), start, end)
        }
        if words.count >= 3, ["-", "–"].contains(words[words.count - 2]) {
            let first = words[words.count - 3].split(separator: "-"), second = last.split(separator: "-")
            if first.count == 3, second.count == 3, let start = isoDate(first[...]), let end = isoDate(second[...]) {
                return (words.suffix(3).joined(separator: " "), start, end)
            }
        }
        return nil
    }

    /// "2024", "09", "01" → "2024-09-01"; nil unless four, two and two digits make a real date.
    static func isoDate(_ parts: ArraySlice<Substring>) -> String? {
        guard parts.count == 3, let year = parts.first, year.count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return isoDate(Substring(parts.dropFirst().reduce(String(year.suffix(2))) { $0 + $1 }), century: Int(year.prefix(2)) ?? 20)
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
