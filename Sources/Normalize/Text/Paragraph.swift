import Foundation
import Ingest

/// Consecutive non-blank lines joined into one text, remembering where each line starts,
/// so a match in the text maps back to its source lines. A line ending in "-" is joined
/// without a space ("PO-" + "pålägget").
struct Paragraph {
    var text: String
    /// (UTF-16 offset where the line starts, line).
    var starts: [(offset: Int, line: SourceLine)]

    static func split(_ lines: [SourceLine]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current = Paragraph(text: "", starts: [])
        var length = 0  // UTF-16 length of current.text, kept as it grows
        for line in lines {
            if line.isBlank {
                if !current.starts.isEmpty { paragraphs.append(current) }
                current = Paragraph(text: "", starts: [])
                length = 0
                continue
            }
            let text = line.collapsed
            if !current.text.isEmpty, !current.text.hasSuffix("-") {
                current.text += " "
                length += 1
            }
            current.starts.append((length, line))
            current.text += text
            length += text.utf16.count
        }
        if !current.starts.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    func provenance(of range: NSRange) -> Provenance {
        let covered = starts.enumerated().filter { index, start in
            let end = index + 1 < starts.count ? starts[index + 1].offset : Int.max
            return start.offset < range.upperBound && end > range.location
        }.map(\.element.line)
        let first = starts.first?.line
        return Provenance(lines: covered)
            ?? Provenance(page: first?.page ?? 1, lines: (first?.number ?? 1)...(first?.number ?? 1))
    }
}
