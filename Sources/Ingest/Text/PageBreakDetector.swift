/// Finds where pages start in a text dump.
///
/// The rules, checked against the five seeds:
/// 1. A form feed starts a page. A dump that has form feeds uses only them.
/// 2. Otherwise a line that begins with exactly one space followed by a character that is not a
///    lowercase letter, right after a non-blank line, starts a page (" Strategiskt mål: …",
///    " MÅL 2 – …", " ￼"): the dumps mark each page start this way. A one-space line after a blank
///    line is a bullet whose glyph was lost (seed 004), and one starting in lowercase is a wrapped
///    line of justified text (" samhällets komplexa …" in seed 001): neither is a page break.
/// 3. A running page header followed by a bare page number ("Budget och verksamhetsplan 2026" …
///    "12"), the same header text at least twice with increasing numbers, starts a page at the
///    header (seed 003 prints them on some pages instead of the one-space marker).
///
/// Known limit: a wrapped line that begins with a capitalized name (" Götalandsregionen och …")
/// looks exactly like a page start and is counted as one.
struct PageBreakDetector {
    /// One physical line, or the part of a line after a form feed.
    struct RawLine {
        var number: Int
        var text: String
        /// Form feeds between the previous line and this one.
        var formFeedsBefore: Int
    }

    /// Indices into `lines` where new pages start, with how many pages end there (more than one
    /// only for empty pages between form feeds). Never index 0: the first page needs no break.
    func pageBreaks(in lines: [RawLine]) -> [Int: Int] {
        if lines.contains(where: { $0.formFeedsBefore > 0 }) {
            var breaks: [Int: Int] = [:]
            for index in lines.indices.dropFirst() where lines[index].formFeedsBefore > 0 {
                breaks[index] = lines[index].formFeedsBefore
            }
            return breaks
        }
        var starts = Set<Int>()
        for index in lines.indices.dropFirst() where lines[index].text.opensWithOneSpaceIndent
            && !isBlank(lines[index - 1].text) {
            starts.insert(index)
        }
        return Dictionary(uniqueKeysWithValues: starts.union(runningHeaderStarts(in: lines)).map { ($0, 1) })
    }

    private func runningHeaderStarts(in lines: [RawLine]) -> Set<Int> {
        var candidates: [(header: String, index: Int, page: Int)] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.text.trimmingWhitespace
            guard (1...3).contains(trimmed.count), trimmed.allSatisfy(\.isASCIIDigit),
                  let page = Int(trimmed) else { continue }
            var back = index - 1
            var lookedAt = 0
            while back >= 0, isBlank(lines[back].text), lookedAt < 4 {
                back -= 1
                lookedAt += 1
            }
            guard back >= 0, !isBlank(lines[back].text), index - back <= 5 else { continue }
            candidates.append((lines[back].text.trimmingWhitespace, back, page))
        }
        var starts = Set<Int>()
        for (header, group) in Dictionary(grouping: candidates, by: \.header) where group.count >= 2 {
            let pages = group.map(\.page)
            guard !header.allSatisfy(\.isASCIIDigit), zip(pages, pages.dropFirst()).allSatisfy(<)
            else { continue }
            starts.formUnion(group.map(\.index).filter { $0 > 0 })
        }
        return starts
    }

    private func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing white space (including NBSP).
    public var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
