import Foundation

/// Reads text dumps of plan PDFs (.txt): decodes, cleans and splits them into numbered lines on pages.
///
/// Cleaning: CRLF and CR become LF, text is NFC-normalized, control characters and U+FFFC
/// (object replacement) become spaces (a line's tab-separated cells are kept apart as
/// `SourceLine.tabCells`), trailing white space is moved out of the text (kept as
/// `SourceLine.trailingSpaces`, which parsers of damaged layouts read), and the single space that
/// marks a page start is removed. Line numbers are those of the file, as an editor shows them.
public struct TextDumpSource: DocumentSource {
    public init() {}

    public static func canRead(_ url: URL) -> Bool {
        ["txt", "text"].contains(url.pathExtension.fastLowercased())
    }

    public func load(_ url: URL, deadline: Deadline = Deadline(), log: inout DiagnosticLog) throws(IngestError) -> SourceDocument {
        let document = try parse(FileCheck.read(url), path: url.relativePath, log: &log)
        do {
            try deadline.check(path: document.path, stage: "reading the text")
        } catch {
            throw .timedOut(error)
        }
        return document
    }

    /// Parses a text dump's bytes; `path` is recorded as the document's source path.
    public func parse(_ data: Data, path: String, log: inout DiagnosticLog) throws(IngestError) -> SourceDocument {
        let (decoded, encoding) = try TextDecoding.decode(data, path: path)
        if encoding == .windows1252 {
            log.emit(Diagnostic(code: .legacyEncoding,
                                message: "the file is not UTF-8; read as Windows-1252"))
        }
        // Each step only when it can change something: Foundation's search and NFC mapping cost more
        // than all of the parsing on a clean UTF-8 dump.
        var text = decoded
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Decomposed letters ("a" + U+0308) carry combining marks; without any, NFC changes nothing.
        if text.unicodeScalars.contains(where: { $0.value >= 0x0300 && $0.properties.canonicalCombiningClass.rawValue != 0 }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        if Self.containsMojibake(Array(text.utf8)) {
            log.emit(Diagnostic(code: .mojibakeSuspect,
                                message: "the text contains sequences like \"Ã¤\" (UTF-8 read as Latin-1 "
                                    + "before it was saved); kept as printed"))
        }
        let raw = rawLines(text)
        let breaks = PageBreakDetector().pageBreaks(in: raw)
        var pages: [SourcePage] = []
        var current: [SourceLine] = []
        for (index, line) in raw.enumerated() {
            for _ in 0..<(breaks[index] ?? 0) {
                pages.append(SourcePage(number: pages.count + 1, lines: current))
                current = []
            }
            let isMarker = breaks[index] != nil && line.formFeedsBefore == 0 && line.text.hasPrefix(" ")
                && !line.text.hasPrefix("  ")
            let text = isMarker ? String(line.text.dropFirst()) : line.text
            let cleaned = Self.clean(text)
            let trailing = cleaned.isEmpty ? 0 : Self.trailingWhitespace(in: text)
            let tabCells = text.utf8.contains(0x09)
                ? text.split(separator: "\t", omittingEmptySubsequences: false).map { Self.clean(String($0)).collapsingWhitespace }
                : nil
            current.append(SourceLine(number: line.number, page: pages.count + 1, text: cleaned,
                                      trailingSpaces: trailing, tabCells: tabCells))
        }
        pages.append(SourcePage(number: pages.count + 1, lines: current))
        return SourceDocument(path: path, format: .text, sha256: SHA256.hex(of: data), pages: pages)
    }

    /// Splits the text into physical lines, and those at form feeds. Each form feed ends a page
    /// (two in a row leave an empty page); text before a form feed stays on the page it ends.
    private func rawLines(_ text: String) -> [PageBreakDetector.RawLine] {
        // On bytes: a line feed and a form feed are control characters, never part of a larger
        // character, so their bytes split exactly where the characters would.
        var physical = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        if physical.last?.isEmpty == true { physical.removeLast() }
        var lines: [PageBreakDetector.RawLine] = []
        var pendingFormFeeds = 0
        for (offset, line) in physical.enumerated() {
            let segments = line.split(separator: 0x0C, omittingEmptySubsequences: false)
            for (part, segment) in segments.enumerated() {
                if part > 0 { pendingFormFeeds += 1 }
                if segment.isEmpty && segments.count > 1 { continue }
                lines.append(.init(number: offset + 1, text: String(Substring(segment)), formFeedsBefore: pendingFormFeeds))
                pendingFormFeeds = 0
            }
        }
        return lines
    }

    static func clean(_ text: String) -> String {
        // Most lines hold no control character and end in a printable ASCII character: as they are.
        if let last = text.utf8.last, (0x21...0x7E).contains(last), !text.utf8.contains(where: mayBeReplaced) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isReplacedBySpace(scalar) ? " " : scalar)
        }
        var cleaned = String(scalars)
        while cleaned.last?.isWhitespace == true { cleaned.removeLast() }
        return cleaned
    }

    /// How many white-space characters end `text`.
    static func trailingWhitespace(in text: String) -> Int {
        // A last character ending in printable ASCII is no white space.
        if let last = text.utf8.last, (0x21...0x7E).contains(last) { return 0 }
        return text.reversed().prefix { $0.isWhitespace }.count
    }

    /// Whether `byte` may be part of a scalar `isReplacedBySpace` replaces: C0 controls and DEL,
    /// the lead byte of C1 controls (C2) and of U+FFFC (EF).
    private static func mayBeReplaced(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xEF
    }

    /// Whether `utf8` holds one of `mojibakeMarkers` (each starts "Ã": C3 83), compared as bytes.
    static func containsMojibake(_ utf8: [UInt8]) -> Bool {
        var index = utf8.startIndex
        while index + 1 < utf8.endIndex {
            if utf8[index] == 0xC3, utf8[index + 1] == 0x83,
               mojibakeBytes.contains(where: { utf8[index...].starts(with: $0) }) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Control characters (C0, DEL, C1) and U+FFFC (object replacement) are cleaned to spaces.
    static func isReplacedBySpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FFFC}"
    }

    private static let mojibakeMarkers = ["Ã¥", "Ã¤", "Ã¶", "Ã…", "Ã„", "Ã–", "Ã©"]
    private static let mojibakeBytes = mojibakeMarkers.map { Array($0.utf8) }
}
