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
        let pages = try LayoutXMLReader().read(Data(xml.utf8), path: "x.pdf")
        #expect(pages.count == 1)
        #expect(pages.first?.lines.map(\.text) == ["Budget 2026"])
    }
}
