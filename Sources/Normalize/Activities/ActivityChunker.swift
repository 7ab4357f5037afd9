import Ingest

/// Splits the lines of an activity table in a text dump into paragraphs ("chunks"): at blank
/// lines (empty or spaces only), and at every page start and indented line (effect bullets are
/// shown only by an indent, `LayoutTolerances.textBulletIndent`, as in the dump's blocks). A chunk that starts in lowercase continues the
/// one before it across the break (" delregioner och …", an effect broken by an empty line).
struct ActivityChunker {
    var pageStarts: Set<Int>

    struct Chunk {
        var lines: [SourceLine]
        /// The first line is indented: an effect bullet.
        var isIndented: Bool
    }

    func chunks(_ lines: [SourceLine]) -> [Chunk] {
        var chunks: [Chunk] = []
        var current: Chunk?
        for line in lines {
            if line.isBlank {
                if let chunk = current { chunks.append(chunk) }
                current = nil
                continue
            }
            let indent = line.text.prefix { $0 == " " }.count
            let startsChunk = pageStarts.contains(line.number) || indent >= 2
            let lowercase = line.text.trimmingCharacters(" ").first?.isLowercase == true
            if startsChunk, !lowercase, let chunk = current {
                chunks.append(chunk)
                current = nil
            }
            if current == nil, lowercase, !chunks.isEmpty, !Self.endsSentence(chunks[chunks.count - 1]) {
                current = chunks.removeLast()
            }
            if current == nil {
                current = Chunk(lines: [], isIndented: LayoutTolerances.textBulletIndent.contains(indent))
            }
            current?.lines.append(line)
        }
        if let chunk = current { chunks.append(chunk) }
        return chunks
    }

    private static func endsSentence(_ chunk: Chunk) -> Bool {
        guard let last = chunk.lines.last?.text.trimmingCharacters(" ").last else { return false }
        return ".!?".contains(last)
    }
}
