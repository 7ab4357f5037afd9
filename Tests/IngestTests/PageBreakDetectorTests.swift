import Foundation
import Testing
@testable import Ingest

struct PageBreakDetectorTests {
    private func load(_ name: String) throws -> SourceDocument {
        var log = DiagnosticLog()
        return try TextDumpSource().load(TestFiles.seed(name), log: &log)
    }

    @Test(arguments: [
        ("000_95ad663e025e0bbc.txt", 9), ("001_c3d3db462980bb96.txt", 22), ("002_583bd4024cf3832c.txt", 2),
        ("003_7ca1042aa7ecc69e.txt", 21), ("004_0cdacc11dfb66760.txt", 21),
    ])
    func seedsHaveTheirPageCounts(name: String, pages: Int) throws {
        let document = try load(name)
        #expect(document.pages.count == pages)
        #expect(document.pages.map(\.number) == Array(1...pages))
    }

    @Test func seed000PagesStartAtTheOneSpaceMarkers() throws {
        let document = try load("000_95ad663e025e0bbc.txt")
        #expect(document.pages.compactMap { $0.lines.first?.number } == [1, 54, 118, 159, 222, 285, 355, 497, 679])
        // The marker space is removed; the page's first line reads as printed.
        #expect(document.pages[1].lines.first?.text == "Representera kommunerna i den regionala")
        #expect(document.pages[7].lines.first?.text == "Aktivitet Resurser Önskade effekter på lång sikt")
    }

    @Test func lowercaseOneSpaceLinesAreWrappedTextNotPageBreaks() throws {
        let document = try load("000_95ad663e025e0bbc.txt")
        let line193 = try #require(document.lines.first { $0.number == 193 })
        #expect(line193.text == " delregioner och inrätta \"Kompetensnav")
        #expect(line193.page == 4)
    }

    @Test func oneSpaceBulletsAfterABlankLineAreNotPageBreaks() throws {
        let document = try load("004_0cdacc11dfb66760.txt")
        let bullet = try #require(document.lines.first { $0.number == 164 })
        #expect(bullet.text.hasPrefix(" Lokalindex för skollokaler:"))
        let heading = try #require(document.lines.first { $0.number == 187 })
        #expect(heading.text == "SOCIALTJÄNST")
        #expect(heading.page == bullet.page + 1)
    }

    @Test func runningHeadersWithPageNumbersStartPages() throws {
        let document = try load("003_7ca1042aa7ecc69e.txt")
        let starts = document.pages.compactMap { $0.lines.first?.number }
        for header in [15, 61, 113, 162, 392] { #expect(starts.contains(header)) }
        #expect(document.pages[1].lines.first?.text == "Budget och verksamhetsplan 2026")
        // The page that holds only an image (U+FFFC) starts at its marker line.
        let image = try #require(document.lines.first { $0.number == 535 })
        #expect(image.text.isEmpty)
        #expect(document.pages[image.page - 1].lines.first?.number == 535)
    }

    @Test func everyLineKeepsItsFileLineNumber() throws {
        let document = try load("001_c3d3db462980bb96.txt")
        #expect(document.lines.count == 1042)
        #expect(document.lines.enumerated().allSatisfy { $0.offset + 1 == $0.element.number })
        #expect(document.lines.first { $0.number == 972 }?.text == "Medlemsavgift   10 447   10 760   11 083")
    }
}
