import Foundation
import Ingest

/// Running headers, footers and page numbers: lines repeated at the same place on many pages.
///
/// They are taken out of the content before any parser reads it, so a running header
/// "4 Fyrbodals kommunalförbund · Aktivitetsplan 2023" never ends up as a table cell or an effect.
/// Lines are compared with their digits masked, so "Sida 3" and "Sida 4" repeat. PDFs are
/// judged by position (the top and bottom bands of the page); text dumps, which have no geometry,
/// by the first and last non-blank lines of each page.
struct PageFurniture: Sendable {
    /// Words that may stand beside a page number ("Sida 3 av 9"), as data.
    static let pageNumberWords: Set<String> = ["sida", "sid", "s.", "page", "av", "of", "/", "(", ")", "-", "–", "|"]

    /// The numbers of the lines that are furniture.
    let lineNumbers: Set<Int>

    init(_ source: SourceDocument) {
        var candidates: [Key: [(page: Int, top: Double?, line: Int, outermost: Bool)]] = [:]
        var loneNumbers: [Int] = []
        for page in source.pages {
            for (line, edge, outermost) in Self.edgeLines(of: page) {
                let key = Key(edge: edge, text: Self.masked(line.text))
                candidates[key, default: []].append((page.number, line.bbox?.y0, line.number, outermost))
                if Self.isPageNumber(line.text), Self.standsAlone(line, on: page) { loneNumbers.append(line.number) }
            }
        }
        let pageCount = source.pages.filter { page in !page.lines.allSatisfy(\.isBlank) }.count
        let needed = max(2, Int((Double(pageCount) * LayoutTolerances.furnitureShareOfPages).rounded(.up)))
        var numbers = Set(source.format == .pdf ? loneNumbers : [])
        for (_, hits) in candidates {
            // Repeated at the very edge of enough pages; then also where it stands second.
            guard Set(hits.filter(\.outermost).map(\.page)).count >= needed else { continue }
            let tops = hits.compactMap(\.top)
            if let low = tops.min(), let high = tops.max(),
               high - low > LayoutTolerances.furniturePositionSlack * 2 { continue }
            numbers.formUnion(hits.map(\.line))
        }
        lineNumbers = numbers
    }

    /// `source` without its furniture lines (pages, numbering and everything else kept).
    func removed(from source: SourceDocument) -> SourceDocument {
        guard !lineNumbers.isEmpty else { return source }
        var content = source
        for index in content.pages.indices {
            content.pages[index].lines.removeAll { lineNumbers.contains($0.number) }
        }
        return content
    }

    private enum Edge: Hashable { case top, bottom }

    private struct Key: Hashable {
        var edge: Edge
        var text: String
    }

    /// The lines at a page's top or bottom edge that stand apart from the page's body: a repeated
    /// table header at the top of each page touches the table under it and is content. `outermost`
    /// is false for a dump's line second from the edge with no page number beside it: that line
    /// is furniture only where the same text is outermost on enough pages (a running header under a
    /// page's title), never by itself (a table cell that ends several pages, "Kansliet").
    private static func edgeLines(of page: SourcePage) -> [(line: SourceLine, edge: Edge, outermost: Bool)] {
        if let height = page.height, height > 0 {
            let band = height * LayoutTolerances.furnitureBand
            let boxes = page.lines.compactMap(\.bbox)
            return page.lines.compactMap { line in
                guard let box = line.bbox else { return nil }
                let apart = box.height * LayoutTolerances.furnitureGap
                if box.y1 <= band,
                   !boxes.contains(where: { $0.y0 > box.y1 - 0.5 && $0.y0 - box.y1 < apart && $0.y1 > band }) {
                    return (line, .top, true)
                }
                if box.y0 >= height - band,
                   !boxes.contains(where: { $0.y1 < box.y0 + 0.5 && box.y0 - $0.y1 < apart && $0.y0 < height - band }) {
                    return (line, .bottom, true)
                }
                return nil
            }
        }
        let lines = page.lines
        let text = lines.indices.filter { !lines[$0].isBlank }
        let count = LayoutTolerances.furnitureLinesPerEdge
        func apart(_ index: Int, step: Int) -> Bool {
            let next = index + step
            return !lines.indices.contains(next) || lines[next].isBlank || isPageNumber(lines[next].text)
        }
        let top = Array(text.prefix(count)), bottom = Array(text.dropFirst(count).suffix(count))
        func outermost(_ index: Int, edge: [Int], outer: Int?) -> Bool {
            index == outer || edge.contains { isPageNumber(lines[$0].text) }
        }
        return top.filter { apart($0, step: 1) }.map { (lines[$0], Edge.top, outermost($0, edge: top, outer: top.first)) }
            + bottom.filter { apart($0, step: -1) }
                .map { (lines[$0], Edge.bottom, outermost($0, edge: bottom, outer: bottom.last)) }
    }

    /// The text with digit runs masked, spaces collapsed and case folded.
    private static func masked(_ text: String) -> String {
        var result = ""
        var lastWasDigit = false
        for character in text.collapsingWhitespace.fastLowercased() {
            if character.isNumber {
                if !lastWasDigit { result.append("#") }
                lastWasDigit = true
            } else {
                result.append(character)
                lastWasDigit = false
            }
        }
        return result
    }

    /// "12", "Sida 3 av 9", "3 (9)", "3/9", "- 4 -": one number, or two with a separator between.
    static func isPageNumber(_ text: String) -> Bool {
        var tokens: [String] = []
        for word in text.fastLowercased().split(whereSeparator: \.isWhitespace) {
            var current = ""
            for character in word {
                if "/()".contains(character) {
                    if !current.isEmpty { tokens.append(current) }
                    tokens.append(String(character))
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { tokens.append(current) }
        }
        let numbers = tokens.indices.filter { tokens[$0].allSatisfy(\.isNumber) }
        guard (1...2).contains(numbers.count), numbers.allSatisfy({ tokens[$0].count <= 4 }),
              tokens.allSatisfy({ $0.allSatisfy(\.isNumber) || pageNumberWords.contains($0) }) else { return false }
        guard numbers.count == 2, let first = numbers.first, let last = numbers.last else { return true }
        return tokens[(first + 1)..<last].contains { separators.contains($0) }
    }

    /// Words that stand between a page number and the page count ("3 av 9").
    static let separators: Set<String> = ["av", "of", "/", "("]

    /// Whether nothing else on the page sits at the line's height (a table cell's number has
    /// its label beside it).
    private static func standsAlone(_ line: SourceLine, on page: SourcePage) -> Bool {
        guard let box = line.bbox else { return false }
        return !page.lines.contains { other in
            guard other.number != line.number, let otherBox = other.bbox else { return false }
            return otherBox.y0 < box.y1 && box.y0 < otherBox.y1
        }
    }
}
