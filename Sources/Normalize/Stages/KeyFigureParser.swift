import Foundation
import Ingest

/// Reads key figures stated in running text, by the rules in `key-figures.json`:
/// "uppgår för år 2026 till 50,55 kr per invånare" → medlemsavgift_per_invanare 50.55
/// kr/invånare 2026; "PO-pålägget för år 2026 från SKR är 42,65% (fg år 41,40%)" → po_palagg
/// 42.65 % for 2026 and 41.40 % for 2025. The year is the last year named before the number in
/// its sentence, else the first year of the document's period. Lists of financing shares under
/// a heading ("Finansiering" / "Medlemsfinansiering" / "20 %") give `finansieringsandel_<label>`.
struct KeyFigureParser {
    var rules: DomainData.KeyFigureRules
    var defaultYear: Int?

    func figures(in lines: [SourceLine]) -> [KeyFigure] {
        var figures: [KeyFigure] = []
        for paragraph in Paragraph.split(lines) {
            let lowered = paragraph.text.lowercased()
            let bytes = Array(lowered.utf8)
            for rule in rules.figures where ByteSearch.contains(Array(rule.anchor.lowercased().utf8), in: bytes) {
                figures += read(rule, in: paragraph)
            }
        }
        figures += shares(in: lines)
        var seen = Set<String>()
        return figures
            .sorted { ($0.provenance, $0.name) < ($1.provenance, $1.name) }
            .filter { seen.insert("\($0.name)|\($0.year.map(String.init) ?? "-")").inserted }
    }

    // MARK: - Rules

    private static let number = try? NSRegularExpression(
        pattern: #"(?<![\d,])(-?\d{1,3}(?: \d{3})+|-?\d+)(?:,(\d+))?(?![\d])"#)
    private static let unit = try? NSRegularExpression(
        pattern: #"^\s*(%|kr per invånare|kr/inv\w*|miljoner kronor|mnkr|tkr|kronor|kr\b)"#,
        options: [.caseInsensitive])
    private static let previousYear = try? NSRegularExpression(
        pattern: #"^\s*\(fg år (\d+(?:,\d+)?)\s*%\)"#, options: [.caseInsensitive])
    private static let year = try? NSRegularExpression(pattern: #"(?<![\d ])(?:19|20)\d\d(?![\d])"#)

    private struct Match {
        var value: Double
        var unit: String
        var range: NSRange
    }

    private func read(_ rule: DomainData.KeyFigureRules.Rule, in paragraph: Paragraph) -> [KeyFigure] {
        let text = paragraph.text as NSString
        var found: [KeyFigure] = []
        var search = NSRange(location: 0, length: text.length)
        while true {
            let anchor = text.range(of: rule.anchor, options: .caseInsensitive, range: search)
            guard anchor.location != NSNotFound else { break }
            search = NSRange(location: anchor.upperBound, length: text.length - anchor.upperBound)
            let sentence = sentenceRange(around: anchor, in: text)
            if let requires = rule.requires,
               text.range(of: requires, options: .caseInsensitive, range: sentence).location == NSNotFound {
                continue
            }
            let candidates = numbers(in: text, range: sentence).filter { $0.unit == rule.unit }
            let match = rule.direction == .after
                ? candidates.first { $0.range.location >= anchor.upperBound }
                : candidates.last { $0.range.upperBound <= anchor.upperBound }
            guard let match else { continue }
            let year = lastYear(in: text, from: sentence.location, to: match.range.location) ?? defaultYear
            let provenance = paragraph.provenance(of: match.range)
            found.append(KeyFigure(name: rule.name, value: match.value, unit: rule.unit, year: year,
                                   provenance: provenance))
            // "(fg år 41,40%)": the same figure for the year before.
            let after = NSRange(location: match.range.upperBound, length: text.length - match.range.upperBound)
            if rule.unit == "%", let year, let previous = Self.previousYear?.firstMatch(in: paragraph.text, range: after),
               let value = Double(text.substring(with: previous.range(at: 1)).replacingOccurrences(of: ",", with: ".")) {
                found.append(KeyFigure(name: rule.name, value: value, unit: "%", year: year - 1,
                                       provenance: paragraph.provenance(of: previous.range)))
            }
            break
        }
        return found
    }

    /// Numbers with a unit in `range`: "13 631 000 kronor", "42,65%", "50,55 kr per invånare".
    private func numbers(in text: NSString, range: NSRange) -> [Match] {
        guard let numberPattern = Self.number, let unitPattern = Self.unit else { return [] }
        let string = text as String
        return numberPattern.matches(in: string, range: range).compactMap { match in
            let rest = NSRange(location: match.range.upperBound, length: range.upperBound - match.range.upperBound)
            guard let unitMatch = unitPattern.firstMatch(in: string, options: .anchored, range: rest),
                  let parsed = SwedishNumber.parse(text.substring(with: match.range)) else { return nil }
            let printedUnit = text.substring(with: unitMatch.range(at: 1)).lowercased()
            var value = parsed.doubleValue
            let unit: String
            switch printedUnit {
            case "%": unit = "%"
            case "kr per invånare": unit = "kr/invånare"
            case _ where printedUnit.hasPrefix("kr/inv"): unit = "kr/invånare"
            case "miljoner kronor", "mnkr": unit = "kr"; value *= 1_000_000
            case "tkr": unit = "kr"; value *= 1_000
            default: unit = "kr"
            }
            return Match(value: value, unit: unit,
                         range: NSRange(location: match.range.location, length: unitMatch.range.upperBound - match.range.location))
        }
    }

    /// The sentence holding `range`: from after the previous ". " to the next ". " or the end.
    private func sentenceRange(around range: NSRange, in text: NSString) -> NSRange {
        let before = text.range(of: ". ", options: .backwards, range: NSRange(location: 0, length: range.location))
        let start = before.location == NSNotFound ? 0 : before.upperBound
        let after = text.range(of: ". ", options: [], range: NSRange(location: range.upperBound,
                                                                   length: text.length - range.upperBound))
        let end = after.location == NSNotFound ? text.length : after.location + 1
        return NSRange(location: start, length: end - start)
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
        let headings = Set(rules.shareHeadings.map { $0.lowercased() })
        for (index, line) in lines.enumerated() where headings.contains(line.text.collapsingWhitespace.lowercased()) {
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
        var folded = text.lowercased()
        for (letter, ascii) in asciiLetters { folded = folded.replacingOccurrences(of: letter, with: ascii) }
        folded = folded.folding(options: .diacriticInsensitive, locale: nil)
        let parts = folded.split(whereSeparator: { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) })
        return parts.joined(separator: "_")
    }

    /// Letters that diacritic folding leaves as they are.
    private static let asciiLetters = [("æ", "ae"), ("ø", "o"), ("ß", "ss"), ("œ", "oe"), ("ð", "d"), ("þ", "th")]
}
