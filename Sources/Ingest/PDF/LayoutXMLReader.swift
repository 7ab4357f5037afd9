import CLibXML2
import Foundation

/// Stream-parses the XHTML of `pdftotext -bbox-layout` (page → flow → block → line → word)
/// into pages of lines with word boxes. All libxml2 calls stay in this file.
///
/// Parsing never loads external entities or DTDs and never touches the network.
struct LayoutXMLReader {
    /// Lines are numbered from 1 across all pages, in pdftotext's reading order.
    func read(_ xml: Data, path: String) throws(IngestError) -> [SourcePage] {
        let xml = Self.withoutControlCharacters(xml)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let reader: xmlTextReaderPtr? = xml.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReaderForMemory(base, Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let reader else { throw .malformedLayout(path: path, reason: "empty output") }
        defer { xmlFreeTextReader(reader) }
        var builder = PageBuilder()
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { throw .malformedLayout(path: path, reason: "XML syntax error") }
            let type = xmlTextReaderNodeType(reader)
            guard let rawName = xmlTextReaderConstLocalName(reader) else { continue }
            let name = String(cString: rawName)
            if type == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
                switch name {
                case "page":
                    builder.startPage(width: attribute(reader, "width"), height: attribute(reader, "height"))
                    if xmlTextReaderIsEmptyElement(reader) == 1 { builder.endPage() }
                case "block":
                    builder.startBlock()
                case "line":
                    builder.startLine()
                case "word":
                    let text = xmlTextReaderReadString(reader).map { pointer in
                        defer { planpipe_xmlFree(pointer) }
                        return String(cString: pointer)
                    } ?? ""
                    builder.addWord(text, bbox: box(reader))
                default:
                    break
                }
            } else if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
                switch name {
                case "line": builder.endLine()
                case "page": builder.endPage()
                default: break
                }
            }
        }
        return builder.pages
    }

    /// pdftotext sometimes writes a control character unescaped (a form feed in `<title>`), which
    /// XML forbids: each becomes a space so the document is still read.
    static func withoutControlCharacters(_ xml: Data) -> Data {
        guard xml.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return xml }
        return Data(xml.map { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D ? 0x20 : $0 })
    }

    private func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> Double? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { planpipe_xmlFree(value) }
        return strtod(value.withMemoryRebound(to: CChar.self, capacity: 1) { $0 }, nil)
    }

    private func box(_ reader: xmlTextReaderPtr) -> BoundingBox {
        BoundingBox(x0: attribute(reader, "xMin") ?? 0, y0: attribute(reader, "yMin") ?? 0,
                    x1: attribute(reader, "xMax") ?? 0, y1: attribute(reader, "yMax") ?? 0)
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
        guard var current = page, !words.isEmpty else { return }
        current.lines.append(SourceLine(number: nextLineNumber, page: current.number,
                                        text: words.map(\.text).joined(separator: " "),
                                        bbox: BoundingBox.union(words.map(\.bbox)),
                                        words: words, block: block))
        nextLineNumber += 1
        page = current
        words = []
    }

    mutating func endPage() {
        guard let current = page else { return }
        pages.append(current)
        page = nil
    }
}
