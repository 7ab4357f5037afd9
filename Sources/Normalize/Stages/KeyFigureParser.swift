import Foundation
import Ingest

/// Reads key figures stated in running text, by the rules in `key-figures.json`:
/// "uppgår för år 2026 till 50,55 kr per invånare" → medlemsavgift_per_invanare 50.55
/// kr/invånare 2026; "PO-pålägget för år 2026 från SKR är 42,65% (fg år 41,40%)" → po_palagg
/// 42.65 % for 2026 and 41.40 % for 2025. Units are data (`units` in `key-figures.json`:
/// "kronor per invånare", "procent", "miljoner kronor" …). The year is the last year named before
/// the number in its sentence, else a year right after it, else the first year of the document's period. Lists of financing shares under
/// a heading ("Finansiering" / "Medlemsfinansiering" / "20 %") give `finansieringsandel_<label>`.
struct KeyFigureParser {
    var rules: DomainData.KeyFigureRules
    var defaultYear: Int?
    private let units: KeyFigureUnits

    init(rules: DomainData.KeyFigureRules, defaultYear: Int?) {
        self.rules = rules
        self.defaultYear = defaultYear
        units = KeyFigureUnits(rules.units)
    }

    func figures(in lines: [SourceLine]) -> [KeyFigure] {
        var figures: [KeyFigure] = []
        for paragraph in Paragraph.split(lines) {
            let bytes = Array(paragraph.text.fastLowercased().utf8)
            let rules = rules.figures.filter { ByteSearch.contains(Array($0.anchor.fastLowercased().utf8), in: bytes) }
            WorkMeter.count(bytes.count * rules.count)
            guard !rules.isEmpty else { continue }
            let indexed = IndexedParagraph(paragraph, units: units)
            for rule in rules { figures += read(rule, in: indexed) }
        }
        figures += shares(in: lines)
        var seen = Set<String>()
        return figures
            .sorted { ($0.provenance, $0.name) < ($1.provenance, $1.name) }
            .filter { seen.insert("\($0.name)|\($0.year.map(String.init) ?? "-")").inserted }
    }

    // MARK: - Rules

    private static let previousYear = try? NSRegularExpression(
        pattern: #"^\s*\(fg år (\d+(?:,\d+)?)\s*%\)"#, options: [.caseInsensitive])
    /// A year: four digits from 19xx or 20xx that are no digit group of a larger number ("1 2026", "2026 000").
    private static let year = try? NSRegularExpression(pattern: #"(?<!\d)(?<!\d )(?:19|20)\d\d(?!\d)(?! \d{3}(?!\d))"#)

    /// The first figure of `rule` in the paragraph (and its value for the year before, when printed).
    private func read(_ rule: DomainData.KeyFigureRules.Rule, in paragraph: IndexedParagraph) -> [KeyFigure] {
        let text = paragraph.text
        let required = rule.requires.map { paragraph.occurrences(of: $0) }
        var search = NSRange(location: 0, length: text.length)
        while true {
            let anchor = text.range(of: rule.anchor, options: .caseInsensitive, range: search)
            WorkMeter.count((anchor.location == NSNotFound ? text.length : anchor.upperBound) - search.location)
            guard anchor.location != NSNotFound else { break }
            search = NSRange(location: anchor.upperBound, length: text.length - anchor.upperBound)
            let sentence = paragraph.sentence(around: anchor)
            if let required, !IndexedParagraph.contains(required, within: sentence) { continue }
            let found = rule.direction == .after
                ? paragraph.firstNumber(in: rule.unit, from: anchor.upperBound, within: sentence)
                : paragraph.lastNumber(in: rule.unit, endingBy: anchor.upperBound, within: sentence)
            guard let match = found else { continue }
            let year = lastYear(in: text, from: sentence.location, to: match.range.location)
                ?? firstYear(in: text, from: match.range.upperBound, to: sentence.upperBound) ?? defaultYear
            var figures = [KeyFigure(name: rule.name, value: match.value, unit: rule.unit, year: year,
                                     provenance: paragraph.paragraph.provenance(of: match.range))]
            // "(fg år 41,40%)": the same figure for the year before.
            let after = NSRange(location: match.range.upperBound, length: text.length - match.range.upperBound)
            if rule.unit == "%", let year,
               let previous = Self.previousYear?.firstMatch(in: paragraph.paragraph.text, range: after),
               let value = Double(text.substring(with: previous.range(at: 1)).replacingOccurrences(of: ",", with: ".")) {
                figures.append(KeyFigure(name: rule.name, value: value, unit: "%", year: year - 1,
                                         provenance: paragraph.paragraph.provenance(of: previous.range)))
            }
            return figures
        }
        return []
    }

    /// The year named right after the figure in its sentence ("62,40 kronor per invånare år 2026"),
    /// unless another figure comes first (then the year is that figure's).
    private func firstYear(in text: NSString, from start: Int, to end: Int) -> Int? {
        guard end > start, let pattern = Self.year else { return nil }
        let range = NSRange(location: start, length: end - start)
        guard let match = pattern.firstMatch(in: text as String, range: range) else { return nil }
        let between = text.substring(with: NSRange(location: start, length: match.range.location - start))
        guard !between.contains(where: \.isNumber) else { return nil }
        return Int(text.substring(with: match.range))
    }

    private func lastYear(in text: NSString, from start: Int, to end: Int) -> Int? {
        guard end > start, let pattern = Self.year else { return nil }
        let matches = pattern.matches(in: text as String, range: NSRange(location: start, length: end - start))
        return matches.last.flatMap { Int(text.substring(with: $0.range)) }
    }

    // MARK: - Financing shares

    /// Under a share heading, each "N %" line closes a share whose label is the lines above it.
    private func shares(in lines: [SourceLine]) -> [KeyFigure] {
        var figures: [KeyFigure] = []
        let headings = Set(rules.shareHeadings.map { $0.fastLowercased() })
        for (index, line) in lines.enumerated() where headings.contains(line.folded) {
            var label: [SourceLine] = []
            for candidate in lines[(index + 1)...].prefix(16) {
                let text = candidate.text.collapsingWhitespace
                if text.isEmpty { continue }
                if let number = SwedishNumber.parse(text), number.isPercent {
                    guard !label.isEmpty else { break }
                    let name = "finansieringsandel_" + Self.slug(label.map { $0.text.collapsingWhitespace }.joined(separator: " "))
                    figures.append(KeyFigure(name: name, value: number.doubleValue, unit: "%", year: defaultYear,
                                             provenance: Provenance(lines: label + [candidate])
                                                 ?? Provenance(page: candidate.page, lines: candidate.number...candidate.number)))
                    label = []
                } else if text.count <= 40, !text.hasSuffix(".") {
                    label.append(candidate)
                    if label.count > 3 { break }
                } else {
                    break
                }
            }
        }
        return figures
    }

    /// "Särskild finansierad verksamhet" → "sarskild_finansierad_verksamhet".
    /// Only `a-z`, `0-9` and `_` remain (the schema's name pattern): letters are folded to ASCII
    /// where they have a base letter ("æ" → "ae", "ø" → "o"), anything else separates words.
    static func slug(_ text: String) -> String {
        var folded = text.fastLowercased()
        for (letter, ascii) in asciiLetters { folded = folded.replacingOccurrences(of: letter, with: ascii) }
        folded = folded.folding(options: .diacriticInsensitive, locale: nil)
        let parts = folded.split(whereSeparator: { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) })
        return parts.joined(separator: "_")
    }

    /// Letters that diacritic folding leaves as they are.
    private static let asciiLetters = [("æ", "ae"), ("ø", "o"), ("ß", "ss"), ("œ", "oe"), ("ð", "d"), ("þ", "th")]
}
