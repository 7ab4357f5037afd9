import CLibXML2
import Foundation

/// Parses the XHTML of `pdftotext -bbox-layout` (page → flow → block → line → word) into pages of
/// lines with word boxes, chunk by chunk as the output arrives, so that parsing overlaps
/// pdftotext's own work. Each page is handed on as it ends. All libxml2 calls stay in this file.
///
/// libxml2's push parser with SAX2 callbacks: it never loads external entities or DTDs and never
/// touches the network. One reader parses one stream, on one thread.
final class LayoutXMLReader {
    private let context: xmlParserCtxtPtr?
    private let state: ReaderState
    private let path: String
    private var received = false
    private var failed = false

    /// A reader for the output of the document at `path` (named in errors); `onPage` gets each
    /// page as it ends.
    init(path: String, onPage: @escaping (SourcePage) -> Void = { _ in }) {
        self.path = path
        state = ReaderState(onPage: onPage)
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, name, _, _, _, _, count, _, attributes in
            guard let context, let name else { return }
            ReaderState.from(context).start(name, attributes: attributes, count: Int(count))
        }
        handler.endElementNs = { context, name, _, _ in
            guard let context, let name else { return }
            ReaderState.from(context).end(name)
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            ReaderState.from(context).characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        context = xmlCreatePushParserCtxt(&handler, Unmanaged.passUnretained(state).toOpaque(), nil, 0, nil)
        if let context {
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue))
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Parses the whole output at once.
    static func read(_ xml: Data, path: String) throws(IngestError) -> [SourcePage] {
        let reader = LayoutXMLReader(path: path)
        reader.feed(xml)
        return try reader.finish()
    }

    /// Parses the next chunk of output. After a syntax error the rest is ignored; `finish` reports it.
    func feed(_ chunk: Data) {
        guard !chunk.isEmpty else { return }
        received = true
        guard let context, !failed else { return }
        let chunk = Self.withoutControlCharacters(chunk)
        let status = chunk.withUnsafeBytes { buffer in
            xmlParseChunk(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), 0)
        }
        if status != 0 { failed = true }
    }

    /// Ends the stream: the pages read, or why the output is not pdftotext's XHTML.
    func finish() throws(IngestError) -> [SourcePage] {
        guard received, let context else { throw .malformedLayout(path: path, reason: "empty output") }
        if !failed, xmlParseChunk(context, nil, 0, 1) != 0 || context.pointee.wellFormed == 0 { failed = true }
        if failed { throw .malformedLayout(path: path, reason: "XML syntax error") }
        return state.builder.pages
    }

    /// pdftotext sometimes writes a control character unescaped (a form feed in `<title>`), which
    /// XML forbids: each becomes a space so the document is still read. Such a byte is never part
    /// of a UTF-8 sequence, so a chunk can be mended on its own.
    static func withoutControlCharacters(_ xml: Data) -> Data {
        guard xml.withUnsafeBytes({ $0.contains(where: isForbidden) }) else { return xml }
        var mended = xml
        mended.withUnsafeMutableBytes { bytes in
            for index in bytes.indices where isForbidden(bytes[index]) { bytes[index] = 0x20 }
        }
        return mended
    }

    /// A control character XML 1.0 does not allow (all below U+0020 but tab, line feed, return).
    private static func isForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}

/// What the SAX callbacks build: pages, blocks, lines and words as they are met.
private final class ReaderState {
    var builder = PageBuilder()
    private let onPage: (SourcePage) -> Void
    /// The text of the word being read (libxml2 may hand it over in several pieces).
    private var word: [UInt8] = []
    private var wordBox = BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0)
    private var inWord = false

    init(onPage: @escaping (SourcePage) -> Void) { self.onPage = onPage }

    static func from(_ context: UnsafeMutableRawPointer) -> ReaderState {
        Unmanaged<ReaderState>.fromOpaque(context).takeUnretainedValue()
    }

    func start(_ name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        switch Element(name) {
        case .page:
            let values = Attributes(attributes, count: count)
            builder.startPage(width: values["width"], height: values["height"])
        case .block:
            builder.startBlock()
        case .line:
            builder.startLine()
        case .word:
            let values = Attributes(attributes, count: count)
            wordBox = BoundingBox(x0: values["xMin"] ?? 0, y0: values["yMin"] ?? 0,
                                  x1: values["xMax"] ?? 0, y1: values["yMax"] ?? 0)
            word.removeAll(keepingCapacity: true)
            inWord = true
        case nil:
            break
        }
    }

    func end(_ name: UnsafePointer<xmlChar>) {
        switch Element(name) {
        case .word:
            builder.addWord(String(decoding: word, as: UTF8.self), bbox: wordBox)
            inWord = false
        case .line:
            builder.endLine()
        case .page:
            if let page = builder.endPage() { onPage(page) }
        case .block, nil:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<xmlChar>) {
        if inWord { word.append(contentsOf: bytes) }
    }
}

/// The elements of pdftotext's XHTML that carry the layout.
private enum Element {
    case page, block, line, word

    init?(_ name: UnsafePointer<xmlChar>) {
        switch (name[0], name[1]) {
        case (UInt8(ascii: "p"), _) where strcmp(name, "page") == 0: self = .page
        case (UInt8(ascii: "b"), _) where strcmp(name, "block") == 0: self = .block
        case (UInt8(ascii: "l"), _) where strcmp(name, "line") == 0: self = .line
        case (UInt8(ascii: "w"), _) where strcmp(name, "word") == 0: self = .word
        default: return nil
        }
    }
}

/// An element's numeric attributes, read from SAX2's (name, prefix, URI, value start, value end) quintuples.
private struct Attributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    init(_ base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        self.base = base
        self.count = count
    }

    subscript(name: String) -> Double? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + 5 * index
            guard let local = entry[0], strcmp(local, name) == 0,
                  let start = entry[3], let end = entry[4] else { continue }
            let length = end - start
            // The value is not NUL-terminated: strtod reads a copy.
            return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
                guard let copy = buffer.baseAddress else { return nil }
                start.withMemoryRebound(to: CChar.self, capacity: length) { copy.update(from: $0, count: length) }
                copy[length] = 0
                return strtod(copy, nil)
            }
        }
        return nil
    }
}

/// Accumulates pages, blocks, lines and words as the reader meets them.
private struct PageBuilder {
    var pages: [SourcePage] = []
    private var page: SourcePage?
    private var words: [Word] = []
    private var block = -1
    private var nextLineNumber = 1

    mutating func startPage(width: Double?, height: Double?) {
        page = SourcePage(number: pages.count + 1, width: width, height: height, lines: [])
    }

    mutating func startBlock() { block += 1 }

    mutating func startLine() { words = [] }

    mutating func addWord(_ text: String, bbox: BoundingBox) {
        let cleaned = Self.needsCleaning(text)
            ? TextDumpSource.clean(text.precomposedStringWithCanonicalMapping).trimmingWhitespace : text
        guard !cleaned.isEmpty else { return }
        words.append(Word(text: cleaned, bbox: bbox))
    }

    /// Most words are plain printable text; only those with control characters, white space,
    /// combining marks or U+FFFC need the (slower) NFC and cleaning pass.
    private static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            if value < 0x7F { return value < 0x21 }
            return TextDumpSource.isReplacedBySpace(scalar) || value == 0xA0 || (0x0300...0x036F).contains(value)
                || value == 0x1680 || (0x2000...0x200A).contains(value) || value == 0x2028 || value == 0x2029
                || value == 0x202F || value == 0x205F || value == 0x3000
        }
    }

    mutating func endLine() {
        guard let number = page?.number, !words.isEmpty else { return }
        page?.lines.append(SourceLine(number: nextLineNumber, page: number,
                                      text: words.map(\.text).joined(separator: " "),
                                      bbox: BoundingBox.union(words.map(\.bbox)),
                                      words: words, block: block))
        nextLineNumber += 1
        words = []
    }

    /// Ends the page; the page, if one was open.
    mutating func endPage() -> SourcePage? {
        guard let current = page else { return nil }
        pages.append(current)
        page = nil
        return current
    }
}
