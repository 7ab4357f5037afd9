import Ingest

/// Tells what a document is from its content (never its file name): organization, kind,
/// title and period, and from them the stable id `<org>-<kind>-<from>[-<to>]`.
///
/// - The title is the first whole line (or two lines joined) in the opening lines that reads
///   "<kind> [för …] [period]", e.g. "Aktivitetsplan 2023", "Utvecklingsstrategi för Sjuhärad".
///   Without one, the title is built from the document's own phrase "handlingsplanen för
///   digitalisering i Fyrbodal", or else from kind and period ("Verksamhetsplan 2025–2027").
/// - The kind comes from the title, else from how often the text names each kind of plan.
/// - The period comes from the title, else from the first year range in the text ("2021-2030").
/// - The organization is the förbund named most often, names on the first page counting triple.
struct DocumentClassifier {
    var domain: DomainData

    func classify(_ source: SourceDocument, log: inout DiagnosticLog) -> DocumentInfo {
        let lines = source.lines
        let text = lines.map(\.text).joined(separator: "\n")
        let title = TitleFinder(kinds: domain.kinds).printedTitle(in: lines)
        let lowered = text.fastLowercased()
        let kind = title?.kind ?? kindByMentions(inLowercased: lowered)
        let period = title?.period ?? PeriodPattern.firstRange(in: text)
        let firstPage = source.pages.first.map { $0.lines.map(\.text).joined(separator: "\n") } ?? ""
        let organization = organization(in: text, lowercased: lowered, firstPage: firstPage,
                                        title: title?.text ?? "")
        let titleText = title?.text ?? fallbackTitle(kind: kind, period: period, text: text)

        var missing: [String] = []
        if organization.id == nil { missing.append("organization (no förbund is named, or two equally often)") }
        if kind == .other { missing.append("kind (no plan kind is named)") }
        if period == nil { missing.append("period (no year or year range in the title or text)") }
        if !missing.isEmpty {
            log.emit(Diagnostic(code: .unclassified,
                                message: "could not tell the document's " + missing.joined(separator: ", ")
                                    + "; left null"))
        }
        var idParts = [organization.id ?? "unknown", kind.rawValue]
        if let period {
            idParts.append(String(period.from))
            if period.to != period.from { idParts.append(String(period.to)) }
        }
        return DocumentInfo(
            id: idParts.joined(separator: "-"), title: titleText, organization: organization, kind: kind,
            period: period,
            source: SourceInfo(path: source.path, format: source.format, sha256: source.sha256,
                               pages: source.pages.count))
    }

    private func kindByMentions(inLowercased lowered: String) -> DocumentKind {
        var counts: [DocumentKind: Int] = [:]
        for entry in domain.kinds {
            counts[entry.kind] = entry.stems.reduce(0) { $0 + lowered.countWordStarts(of: $1) }
        }
        let combined = counts[.budgetOchVerksamhetsplan] ?? 0
        counts[.verksamhetsplan, default: 0] -= combined
        counts[.budget, default: 0] -= combined
        let plans = counts.filter { $0.key != .budget && $0.value > 0 }
        if let best = plans.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }) {
            return best.key
        }
        return (counts[.budget] ?? 0) > 0 ? .budget : .other
    }

    private func organization(in text: String, lowercased lowered: String, firstPage: String,
                              title: String) -> Organization {
        let loweredFirstPage = firstPage.fastLowercased()
        let loweredTitle = title.fastLowercased()
        let scores = domain.forbund.map { forbund -> (DomainData.Forbund, Int) in
            var score = 0
            for name in forbund.names.map({ $0.fastLowercased() }) {
                score += lowered.countWordStarts(of: name) + 2 * loweredFirstPage.countWordStarts(of: name)
                    + 10 * loweredTitle.countWordStarts(of: name)
            }
            for abbreviation in forbund.abbreviations ?? [] {
                score += text.countWholeWords(abbreviation)
            }
            return (forbund, score)
        }.sorted { $0.1 > $1.1 }
        guard let best = scores.first, best.1 > 0, scores.dropFirst().first?.1 != best.1 else {
            return .unknown
        }
        return Organization(id: best.0.id, name: best.0.name)
    }

    private func fallbackTitle(kind: DocumentKind, period: Period?, text: String) -> String {
        let entry = domain.kinds.first { $0.kind == kind }
        if let entry, let phrase = TitleFinder.selfReference(to: entry, in: text) { return phrase }
        let base = entry?.title ?? "Dokument"
        guard let period else { return base }
        return period.from == period.to ? "\(base) \(period.from)" : "\(base) \(period.from)–\(period.to)"
    }
}

extension String {
    /// How often `needle` (lowercase) occurs at the start of a word in this (lowercased) text.
    func countWordStarts(of needle: String) -> Int {
        utf8Occurrences(of: needle, wholeWord: false)
    }

    /// How often `word` occurs as a whole word, case-sensitively.
    func countWholeWords(_ word: String) -> Int {
        utf8Occurrences(of: word, wholeWord: true)
    }

    /// Counts occurrences that start a word (and, if `wholeWord`, also end one) by scanning UTF-8
    /// bytes; a byte of a multi-byte character (å, ä, ö) counts as a letter.
    private func utf8Occurrences(of needle: String, wholeWord: Bool) -> Int {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return 0 }
        func isLetter(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var bytes = self
        return bytes.withUTF8 { text in
            var count = 0
            var index = 0
            while index + pattern.count <= text.count {
                if text[index] == first, index == 0 || !isLetter(text[index - 1]),
                   text[index..<index + pattern.count].elementsEqual(pattern) {
                    let end = index + pattern.count
                    if !wholeWord || end == text.count || !isLetter(text[end]) { count += 1 }
                }
                index += 1
            }
            return count
        }
    }
}
