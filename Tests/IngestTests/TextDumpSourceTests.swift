import Foundation
import Testing
@testable import Ingest

struct TextDumpSourceTests {
    private func parse(_ data: Data, log: inout DiagnosticLog) throws -> SourceDocument {
        try TextDumpSource().parse(data, path: "seed.txt", log: &log)
    }

    private func parse(_ text: String) throws -> SourceDocument {
        var log = DiagnosticLog()
        return try parse(Data(text.utf8), log: &log)
    }

    @Test func theSameSeedInEveryEncodingGivesIdenticalLines() throws {
        let original = try String(contentsOf: TestFiles.seed("000_95ad663e025e0bbc.txt"), encoding: .utf8)
        let crlf = original.replacingOccurrences(of: "\n", with: "\r\n")
        let variants: [(String, Data)] = [
            ("UTF-8", Data(original.utf8)),
            ("UTF-8 with BOM", Data([0xEF, 0xBB, 0xBF]) + Data(original.utf8)),
            ("Windows-1252", try #require(original.data(using: .windowsCP1252))),
            ("CRLF", Data(crlf.utf8)),
            ("CR", Data(original.replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("UTF-16LE with BOM", Data([0xFF, 0xFE]) + (try #require(crlf.data(using: .utf16LittleEndian)))),
            ("UTF-16BE with BOM", Data([0xFE, 0xFF]) + (try #require(original.data(using: .utf16BigEndian)))),
        ]
        var log = DiagnosticLog()
        let reference = try parse(variants[0].1, log: &log)
        #expect(reference.lines.count == 726)
        for (name, data) in variants.dropFirst() {
            var variantLog = DiagnosticLog()
            let document = try parse(data, log: &variantLog)
            #expect(document.pages == reference.pages, "\(name) differs")
        }
    }

    @Test func windows1252IsReadAndReported() throws {
        var log = DiagnosticLog()
        let document = try parse(Data([0x46, 0xF6, 0x72, 0x62, 0x75, 0x6E, 0x64, 0x20, 0x96, 0x20, 0x80]), log: &log)
        #expect(document.lines.map(\.text) == ["Förbund – €"])
        #expect(log.diagnostics.map(\.code) == [.legacyEncoding])
    }

    @Test func decomposedTextIsNormalizedToNFC() throws {
        let document = try parse("Fo\u{308}rbund")
        #expect(document.lines.map(\.text) == ["F\u{F6}rbund"])
    }

    @Test func controlCharactersAndObjectReplacementBecomeSpaces() throws {
        let document = try parse("A\u{1}B\tC\u{FFFC}D   \nE")
        #expect(document.lines.map(\.text) == ["A B C D", "E"])
    }

    @Test func mojibakeIsKeptAndWarned() throws {
        var log = DiagnosticLog()
        let document = try parse(Data("FÃ¶rbundet".utf8), log: &log)
        #expect(document.lines.map(\.text) == ["FÃ¶rbundet"])
        #expect(log.diagnostics.map(\.code) == [.mojibakeSuspect])
    }

    @Test(arguments: [Data([0x41, 0x00, 0x42]), Data((0..<200).map { UInt8($0 % 8) })])
    func binaryDataIsRefused(data: Data) {
        var log = DiagnosticLog()
        #expect(throws: IngestError.binaryData(path: "seed.txt")) { try parse(data, log: &log) }
    }

    /// A PDF with a .txt name is told for what it is (issue 15's reproducer).
    @Test func aPDFNamedAsATextDumpIsSaidToBeAPDF() {
        var log = DiagnosticLog()
        #expect(throws: IngestError.pdfWithTextName(path: "seed.txt")) {
            try parse(Data("%PDF-1.7\n%âãÏÓ\n".utf8), log: &log)
        }
        #expect(IngestError.pdfWithTextName(path: "plan.txt").description
            == "plan.txt: a PDF with a text dump's name (it starts with %PDF-); rename it to .pdf")
    }

    @Test func formFeedsSplitPagesAndKeepLineNumbers() throws {
        let document = try parse("one\ntwo\n\u{0C}three\nfour\u{0C}five\n\u{0C}\u{0C}six\n\u{0C}")
        #expect(document.pages.map { $0.lines.map(\.text) } == [["one", "two"], ["three", "four"], ["five"], [], ["six"]])
        #expect(document.pages[1].lines.map(\.number) == [3, 4])
        #expect(document.pages[2].lines.map(\.number) == [4])
        #expect(document.pages[4].lines.map(\.page) == [5])
    }

    @Test func aFormFeedDumpIgnoresOneSpaceLines() throws {
        let document = try parse("Title\n Not a page\n\u{0C}Page two")
        #expect(document.pages.count == 2)
        #expect(document.lines[1].text == " Not a page")
    }
}
