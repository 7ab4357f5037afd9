import Foundation
import Testing
@testable import Ingest

struct LayoutXMLReaderTests {
    /// pdftotext can write a control character unescaped (issue 15: a form feed in `<title>` of a
    /// mutated PDF): the XML is still read, the character taken as a space.
    @Test func aControlCharacterInTheStreamDoesNotRefuseTheDocument() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Plan\u{0C}2026</title></head><body><doc>
        <page width="595" height="842"><flow><block><line>
        <word xMin="10" yMin="10" xMax="40" yMax="20">Budget\u{01}</word><word xMin="45" yMin="10" xMax="70" yMax="20">2026</word>
        </line></block></flow></page></doc></body></html>
        """
        let pages = try LayoutXMLReader.read(Data(xml.utf8), path: "x.pdf")
        #expect(pages.count == 1)
        #expect(pages.first?.lines.map(\.text) == ["Budget 2026"])
    }

    /// Three pages as pdftotext writes them, with an entity and a two-byte letter.
    static let threePages = """
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Plan</title></head><body><doc>
    <page width="595.3" height="841.9"><flow><block xMin="1" yMin="1" xMax="2" yMax="2"><line xMin="1" yMin="1" xMax="2" yMax="2">
    <word xMin="56.7" yMin="70.25" xMax="120.5" yMax="82">Kultur&amp;fritid</word><word xMin="124" yMin="70.25" xMax="160" yMax="82">Göteborg</word>
    </line></block></flow></page>
    <page width="595.3" height="841.9"/>
    <page width="842" height="595"><flow><block><line><word xMin="10" yMin="20" xMax="30" yMax="40">2026</word></line></block>
    <block><line><word xMin="10" yMin="50" xMax="30" yMax="60">Å</word></line></block></flow></page>
    </doc></body></html>
    """

    /// Fed in chunks of 7 bytes (an entity and the letters ö and Å split between chunks), the
    /// stream gives the pages it gives read at once, and hands each page on as it ends.
    @Test func chunksGiveThePagesOfTheWholeAndEachPageAsItEnds() throws {
        let bytes = Data(Self.threePages.utf8)
        let whole = try LayoutXMLReader.read(bytes, path: "x.pdf")
        #expect(whole.map(\.number) == [1, 2, 3])
        #expect(whole.map { $0.lines.map(\.text) } == [["Kultur&fritid Göteborg"], [], ["2026", "Å"]])
        #expect(whole[0].width == 595.3 && whole[2].height == 595)
        #expect(whole[0].lines[0].words[0].bbox == BoundingBox(x0: 56.7, y0: 70.25, x1: 120.5, y1: 82))
        #expect(whole[2].lines.map(\.number) == [2, 3])
        #expect(whole[2].lines.map(\.block) == [1, 2])

        let handed = PagesHanded()
        let reader = LayoutXMLReader(path: "x.pdf") { handed.pages.append($0) }
        var fedWhenFirstArrived: Int?
        for start in stride(from: 0, to: bytes.count, by: 7) {
            reader.feed(bytes.subdata(in: start..<min(start + 7, bytes.count)))
            if fedWhenFirstArrived == nil, !handed.pages.isEmpty { fedWhenFirstArrived = start + 7 }
        }
        #expect(try reader.finish() == whole)
        #expect(handed.pages == whole)
        let thirdPage = try #require(Self.threePages.utf8.firstRange(of: "<page width=\"842\"".utf8))
        #expect(try #require(fedWhenFirstArrived) <= Self.threePages.utf8.distance(from: Self.threePages.utf8.startIndex,
                                                                                   to: thirdPage.lowerBound))
    }

    @Test func aSyntaxErrorAndEmptyOutputAreReported() {
        #expect(throws: IngestError.malformedLayout(path: "x.pdf", reason: "XML syntax error")) {
            try LayoutXMLReader.read(Data(Self.threePages.utf8.dropLast(300)) + Data("</doc>".utf8), path: "x.pdf")
        }
        #expect(throws: IngestError.malformedLayout(path: "x.pdf", reason: "XML syntax error")) {
            try LayoutXMLReader.read(Data(Self.threePages.utf8.dropLast(40)), path: "x.pdf")
        }
        #expect(throws: IngestError.malformedLayout(path: "x.pdf", reason: "empty output")) {
            try LayoutXMLReader.read(Data(), path: "x.pdf")
        }
    }
}

/// Pages a reader handed on, in order.
private final class PagesHanded {
    var pages: [SourcePage] = []
}
