import Foundation
import Ingest
import Testing
@testable import Normalize

/// The text side of the layout layer on small dumps, one convention each: what a dump's blank
/// lines, capitals and indents say about headings, paragraphs and list items.
struct TextBlockTests {
    static func blocks(_ text: String) throws -> [LayoutBlock] {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "plan.txt", log: &log)
        return DocumentLayout(source).blocks
    }

    /// A block as "kind: text", for comparing whole readings.
    static func describe(_ block: LayoutBlock) -> String {
        switch block.kind {
        case .heading(let level): "h\(level): \(block.text)"
        case .paragraph: "p: \(block.text)"
        case .listItem(let marker): "li[\(marker)]: \(block.text)"
        case .table: "table: \(block.text)"
        }
    }

    @Test func singleSpacedParagraphsBreakAtABlankLine() throws {
        let blocks = try Self.blocks("""
            Förbundet arbetar med frågor som rör flera
            kommuner och som kommunerna själva har valt.

            Ett andra stycke börjar här
            och slutar här.
            """)
        #expect(blocks.map(Self.describe) == [
            "p: Förbundet arbetar med frågor som rör flera kommuner och som kommunerna själva har valt.",
            "p: Ett andra stycke börjar här och slutar här.",
        ])
    }

    @Test func printedAndLostMarkersOpenListItemsThatRunOnToTheirNextLines() throws {
        let blocks = try Self.blocks("""
            Insatserna är:

            • Kompetensnavet: stöd till kommunerna
            i deras kompetensförsörjning.
            - Mötesplatser för chefer
            2. Ett numrerat steg

             E-tjänster: glyfen föll bort i dumpen
            men raden fortsätter.
            """)
        #expect(blocks.map(Self.describe) == [
            "p: Insatserna är:",
            "li[•]: Kompetensnavet: stöd till kommunerna i deras kompetensförsörjning.",
            "li[-]: Mötesplatser för chefer",
            "li[2.]: Ett numrerat steg",
            "li[]: E-tjänster: glyfen föll bort i dumpen men raden fortsätter.",
        ])
        // Provenance stays with the printed lines.
        #expect(blocks[1].lines.map(\.number) == [3, 4])
    }

    /// The heading with the most space above is level 1; capitals lines with no break between
    /// them are one heading; a capitals line with figures or punctuation is text.
    @Test func headingLevelsComeFromTheSpaceAboveThem() throws {
        let blocks = try Self.blocks("""
            Inledande text.


            DIGITAL VÄLFÄRD
            OCH SERVICE
            Fokusområdets text.

            SKOLA
            Delområdets text.

            VÅRD-
            OCH OMSORG
            Mer text.
            BUDGET 2026
            """)
        #expect(blocks.map(Self.describe) == [
            "p: Inledande text.",
            "h1: DIGITAL VÄLFÄRD OCH SERVICE",
            "p: Fokusområdets text.",
            "h2: SKOLA",
            "p: Delområdets text.",
            "h2: VÅRD- OCH OMSORG",
            "p: Mer text. BUDGET 2026",
        ])
    }

    /// Double-spaced: one blank line is the line spacing, three are a paragraph break, and a
    /// short line after a sentence's end opens a paragraph.
    @Test func doubleSpacedDumpsJoinAcrossSingleBlankLines() throws {
        let long = "Digitalisering av kommunens verksamhet är avgörande för att möta de utmaningar som kommer"
        let blocks = try Self.blocks("""
            RUBRIK I VERSALER

            \(long)

            och fortsätter på nästa rad med mer text.

            Stark samverkan.

            Livslångt lärande



            Nytt stycke efter tre tomma rader.

            """)
        #expect(blocks.map(Self.describe) == [
            "h1: RUBRIK I VERSALER",
            "p: \(long) och fortsätter på nästa rad med mer text.",
            "p: Stark samverkan.",
            "p: Livslångt lärande",
            "p: Nytt stycke efter tre tomma rader.",
        ])
    }

    /// Slides print a blank line between boxes of short lines whose own lines follow each other:
    /// that is single spacing with breaks, not double spacing, although single blank runs are the
    /// most common.
    @Test func boxesOfShortLinesWithBlankLinesBetweenAreSingleSpaced() throws {
        let blocks = try Self.blocks("""
            Samverkan via nätverk

            Socialchefs-
            nätverket

            Kulturstrateger

            Regionalt
            trafikråd

            Miljönätverket

            Näringslivs-
            utvecklare

            Folkhälsa
            """)
        #expect(blocks.map(Self.describe) == [
            "p: Samverkan via nätverk",
            "p: Socialchefs- nätverket",
            "p: Kulturstrateger",
            "p: Regionalt trafikråd",
            "p: Miljönätverket",
            "p: Näringslivs- utvecklare",
            "p: Folkhälsa",
        ])
    }

    /// A numbered heading where a block may open takes its numbering's depth as level; a numbered
    /// list item, a year and a wrapped line that starts with a figure do not.
    @Test func numberedHeadingsTakeTheirDepthAsLevel() throws {
        let blocks = try Self.blocks("""
            1 Inledning
            Planen gäller för tre år.

            2.1 Skola och förskola
            Skolan behöver gemensamma verktyg och en plan som räcker för
            3 Kommuner som vill delta

            2026 Budget och plan

            1. Paketera och kommunicera utvecklingen

            3.2.1. Uppföljning
            """)
        #expect(blocks.map(Self.describe) == [
            "h1: 1 Inledning",
            "p: Planen gäller för tre år.",
            "h2: 2.1 Skola och förskola",
            "p: Skolan behöver gemensamma verktyg och en plan som räcker för 3 Kommuner som vill delta",
            "p: 2026 Budget och plan",
            "li[1.]: Paketera och kommunicera utvecklingen",
            "h3: 3.2.1. Uppföljning",
        ])
        #expect(SectionNumber("2.1 Skola och förskola")?.parts == [2, 1])
        #expect(SectionNumber("2.1 Skola och förskola")?.name == "Skola och förskola")
        #expect(SectionNumber("12 408 kr") == nil)
        #expect(SectionNumber("2 Kommunerna har under året arbetat vidare med planen.") == nil)
    }

    /// A table of contents lists the numbered headings with their page numbers: its lines are no
    /// headings, whether the page number stands after dot leaders, an ellipsis, a tab or a gap.
    @Test func tableOfContentsLinesAreNoHeadings() {
        for line in ["2.1 Skola och förskola ........ 12", "2.1 Skola och förskola . . . 12", "2.1 Skola och förskola … 7",
                     "2.1 Skola och förskola\t12", "2.1 Skola och förskola          112"] {
            #expect(SectionNumber(line) == nil, "\(line)")
        }
        #expect(SectionNumber("2.1 Mål 3")?.name == "Mål 3")
        #expect(SectionNumber("3 Agenda 2030")?.name == "Agenda 2030")
    }

    /// Capitals and numbered headings in one dump share one scale: titles above the numbering,
    /// a capitals heading inside a numbered section one level below it.
    @Test func capitalsAndNumberedHeadingsShareOneScale() throws {
        let blocks = try Self.blocks("""
            VERKSAMHETSPLAN FÖR FÖRBUNDET
            Inledande text.

            1 Uppdrag
            Text om uppdraget.

            1.1 Mål
            Text om målen.

            BAKGRUND
            Mer text.

            2 Ekonomi
            Text om ekonomin.
            """)
        #expect(blocks.compactMap { block in block.headingLevel.map { "\($0) \(block.text)" } } == [
            "1 VERKSAMHETSPLAN FÖR FÖRBUNDET", "2 1 Uppdrag", "3 1.1 Mål", "4 BAKGRUND", "2 2 Ekonomi",
        ])
    }

    /// A bullet shown only by a two- or three-space indent opens a list item; a deeper indent and
    /// an indented lowercase line are text.
    @Test func anIndentAloneOpensAListItem() throws {
        let blocks = try Self.blocks("""
            Effekter:
              Fler företag etablerar sig.
               Fler besökare stannar längre och
            kommer tillbaka.
                        Centrerad rad
              och en fortsättning.
            """)
        #expect(blocks.map(Self.describe) == [
            "p: Effekter:",
            "li[]: Fler företag etablerar sig.",
            "li[]: Fler besökare stannar längre och kommer tillbaka. Centrerad rad och en fortsättning.",
        ])
    }

    @Test func spacingIsTheBlankRunAfterWrappedLines() throws {
        func lines(_ text: String) -> [SourceLine] {
            text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { SourceLine(number: $0.offset + 1, page: 1, text: String($0.element)) }
        }
        #expect(TextBlockReader.spacing(lines("a\nb\n\nc\nd")) == 0)
        #expect(TextBlockReader.spacing(lines("a\n\nb\n\nc\n\n\n\nd")) == 1)
        #expect(TextBlockReader.spacing(lines("")) == 0)
        #expect(TextBlockReader.spacing(lines("a\nb\n\nc\n\nd\ne\n\nf")) == 0)
        // Double-spaced running text keeps that reading with a short single-spaced list in it.
        let wrapped = Array(repeating: "en rad av löpande text som bryts mot nästa rad", count: 20).joined(separator: "\n\n")
        #expect(TextBlockReader.spacing(lines(wrapped + "\n\n\n\nInnehåll\n1 Inledning\n2 Mål\n3 Budget")) == 1)
        // One-line paragraphs (each ends a sentence) with a blank line between: single-spaced.
        #expect(TextBlockReader.spacing(lines("Göteborgsregionen\n\nAvgiften är 62,40 kronor.\n\nPO-pålägget är 42,65 procent.\n")) == 0)
    }
}
