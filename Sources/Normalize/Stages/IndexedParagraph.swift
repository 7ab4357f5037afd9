import Foundation

/// A paragraph as the key-figure rules read it, with what each anchor looks up found in one pass
/// over the text: where sentences end, the numbers printed with a unit ("13 631 000 kronor",
/// "42,65%", "50,55 kr per invånare"), and where a word occurs. Each look-up is then a binary
/// search, so a paragraph with thousands of anchors (a budget page repeated in one PDF) costs
/// work linear in its length; searching each anchor's sentence anew was cubic.
struct IndexedParagraph {
    /// A number with its unit, as a key figure takes it.
    struct Number {
        var value: Double
        /// The stored unit (`key-figures.json`): "%", "kr" or "kr/invånare" (millions of kronor are kronor).
        var unit: String
        /// The number and its unit.
        var range: NSRange
    }

    let paragraph: Paragraph
    let text: NSString
    /// Where each ". " starts (UTF-16 offsets), in order.
    private let sentenceBreaks: [Int]
    /// Numbers with a unit, in order, by unit.
    private let numbers: [String: [Number]]

    init(_ paragraph: Paragraph, units: KeyFigureUnits) {
        self.paragraph = paragraph
        let text = paragraph.text as NSString
        self.text = text
        var breaks: [Int] = []
        let length = text.length
        var index = 0
        while index + 1 < length {
            if text.character(at: index) == 0x2E, text.character(at: index + 1) == 0x20 {
                breaks.append(index)
                index += 2
            } else {
                index += 1
            }
        }
        sentenceBreaks = breaks
        WorkMeter.count(length)
        numbers = Self.numbers(in: text, string: paragraph.text, units: units)
    }

    /// The sentence holding `range`: from after the previous ". " to the next ". " (its period
    /// included) or the end.
    func sentence(around range: NSRange) -> NSRange {
        let before = Self.firstIndex(in: sentenceBreaks) { $0 + 2 > range.location }
        let start = before > 0 ? sentenceBreaks[before - 1] + 2 : 0
        let after = Self.firstIndex(in: sentenceBreaks) { $0 >= range.upperBound }
        let end = after < sentenceBreaks.count ? sentenceBreaks[after] + 1 : text.length
        return NSRange(location: start, length: end - start)
    }

    /// The first number in `unit` inside `sentence` that starts at or after `location`.
    func firstNumber(in unit: String, from location: Int, within sentence: NSRange) -> Number? {
        guard let list = numbers[unit] else { return nil }
        let index = Self.firstIndex(in: list) { $0.range.location >= location }
        WorkMeter.count(1)
        guard index < list.count, list[index].range.upperBound <= sentence.upperBound else { return nil }
        return list[index]
    }

    /// The last number in `unit` inside `sentence` that ends at or before `location`.
    func lastNumber(in unit: String, endingBy location: Int, within sentence: NSRange) -> Number? {
        guard let list = numbers[unit] else { return nil }
        let index = Self.firstIndex(in: list) { $0.range.upperBound > location }
        WorkMeter.count(1)
        guard index > 0, list[index - 1].range.location >= sentence.location else { return nil }
        return list[index - 1]
    }

    /// Every place `word` occurs (case ignored), overlapping ones included, in order.
    func occurrences(of word: String) -> [NSRange] {
        var found: [NSRange] = []
        var location = 0
        while location < text.length {
            let match = text.range(of: word, options: .caseInsensitive,
                                   range: NSRange(location: location, length: text.length - location))
            guard match.location != NSNotFound else { break }
            found.append(match)
            location = match.location + 1
        }
        WorkMeter.count(text.length)
        return found
    }

    /// Whether one of `ranges` (sorted, as `occurrences` gives them) lies inside `sentence`.
    static func contains(_ ranges: [NSRange], within sentence: NSRange) -> Bool {
        let index = firstIndex(in: ranges) { $0.location >= sentence.location }
        return index < ranges.count && ranges[index].upperBound <= sentence.upperBound
    }

    private static func numbers(in text: NSString, string: String, units: KeyFigureUnits) -> [String: [Number]] {
        guard let pattern = units.pattern else { return [:] }
        var byUnit: [String: [Number]] = [:]
        for match in pattern.matches(in: string, range: NSRange(location: 0, length: text.length)) {
            let unitRange = match.range(at: 2)
            guard unitRange.location != NSNotFound, let meaning = units.meaning(of: text.substring(with: unitRange)),
                  let parsed = SwedishNumber.parse(text.substring(with: match.range(at: 1))) else { continue }
            byUnit[meaning.unit, default: []].append(
                Number(value: parsed.doubleValue * meaning.multiplier, unit: meaning.unit, range: match.range))
        }
        return byUnit
    }

    /// The first index of `list` where `isPast` holds (it must hold for a suffix of `list`).
    private static func firstIndex<T>(in list: [T], where isPast: (T) -> Bool) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(list[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
