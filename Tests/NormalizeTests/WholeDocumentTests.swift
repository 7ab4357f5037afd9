import Foundation
import Ingest
import Testing
@testable import Normalize

/// Each whole-document PDF (the seeds' plans printed by Chromium as a two-column brochure, 16:9
/// slides, a report with running header, contents and page numbers, and a handlingsplan with
/// capital headings and bullet lists) gives the same content as the seed's text dump, list by
/// list and item by item. Provenance is left out, and white space: the dumps glue and split
/// words where the PDFs print them apart.
struct WholeDocumentTests {
    @Test(arguments: [
        ("brochure-001", "001_c3d3db462980bb96.txt"),
        ("slides-002", "002_583bd4024cf3832c.txt"),
        ("report-003", "003_7ca1042aa7ecc69e.txt"),
        ("handlingsplan-004", "004_0cdacc11dfb66760.txt"),
    ])
    func thePDFGivesWhatTheDumpGives(pdf: String, seed: String) throws {
        let fromPDF = DocumentContent(try TestFiles.extract(TestFiles.fixturePDF(pdf)))
        let fromText = DocumentContent(try TestFiles.extract(TestFiles.seed(seed)))
        for name in DocumentContent.names {
            #expect(fromPDF.lists[name] == fromText.lists[name], "\(pdf): \(name)")
        }
    }

    /// The activity plan printed in landscape with a serif font, a running header and tables that
    /// break across pages under a repeated header: all 39 rows and 15 goals, in their areas (the
    /// last section "Verksamhetsstöd" has no goal). In two rows an effect ends a line that its
    /// next effect would not have fitted on, so the PDF cannot show where one ends: those two
    /// effects cells hold one effect fewer.
    @Test func theActivityPlanGivesEveryRow() throws {
        let fromPDF = DocumentContent(try TestFiles.extract(TestFiles.fixturePDF("aktivitetsplan-000")))
        let fromText = DocumentContent(try TestFiles.extract(TestFiles.seed("000_95ad663e025e0bbc.txt")))
        for name in DocumentContent.names where name != "activities" {
            #expect(fromPDF.lists[name] == fromText.lists[name], "\(name)")
        }
        #expect(fromPDF.lists["activities"]?.count == 39)
        #expect(fromPDF.same("activities", as: fromText) == 37)
        let document = try TestFiles.extract(TestFiles.fixturePDF("aktivitetsplan-000"))
        #expect(document.activities.suffix(3).allSatisfy { $0.area == "Verksamhetsstöd" && $0.goal == nil })
        #expect(document.tables.count == 16 && document.tables.allSatisfy { $0.readAs == .activities })
    }

    /// The brochure's insatser tables are listed in `tables` as its dump's are: one per delmål,
    /// with its heading as title, its header and its rows (white space aside).
    @Test func theMeasuresTablesAreListedAsTheDumpsAre() throws {
        func measuresTables(_ document: PlanDocument) -> [[String]] {
            document.tables.filter { $0.readAs == .measures }.map { table in
                [table.title ?? "∅", table.header.joined(separator: "|")]
                    + table.rows.map { $0.joined(separator: "|").filter { !$0.isWhitespace } }
            }
        }
        let fromPDF = measuresTables(try TestFiles.extract(TestFiles.fixturePDF("brochure-001")))
        let fromText = measuresTables(try TestFiles.extract(TestFiles.seed("001_c3d3db462980bb96.txt")))
        #expect(fromPDF.count == 10)
        #expect(fromPDF == fromText)
    }

    /// Each delmål of the brochure points at its heading, one line with its box, above the
    /// table's header (the layout keeps the caption's row with the grid).
    @Test func aDelmålPointsAtItsHeading() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("brochure-001"))
        let objectives = Set(document.measures.compactMap(\.objective))
        let goals = document.goals.filter { objectives.contains($0.goal) }
        #expect(goals.count == 10)
        #expect(goals.allSatisfy { $0.provenance.lines.count == 1 && ($0.provenance.bbox?.height ?? 99) < 20 })
        let tables = document.tables.filter { $0.readAs == .measures }
        #expect(zip(goals, tables).allSatisfy { $0.provenance.lines.upperBound < $1.provenance.lines.lowerBound })
        #expect(goals.first.map { [$0.provenance.page, $0.provenance.lines.lowerBound] } == [8, 374])
    }

    /// The slides' dump lists its networks slide in `tables` with the headings the PDF's grid has,
    /// one network per cell (the PDF's grid joins the networks of a cell's wrapped lines).
    @Test func theNetworksSlideIsListedAsATable() throws {
        let fromPDF = try TestFiles.extract(TestFiles.fixturePDF("slides-002")).tables.filter { $0.readAs == .networks }
        let document = try TestFiles.extract(TestFiles.seed("002_583bd4024cf3832c.txt"))
        let fromText = document.tables.filter { $0.readAs == .networks }
        #expect(fromText.map(\.header) == fromPDF.map(\.header))
        #expect(fromText.first?.title == "Samverkan via nätverk")
        #expect(fromText.first?.rows.flatMap { $0 }.filter { !$0.isEmpty }.sorted() == document.networks.map(\.name).sorted())
        #expect(fromText.first?.rows.count == 6)
    }

    /// The lists are not empty where the plans have them: the comparison above compares content.
    @Test func theComparedListsHoldTheContent() throws {
        let counts = try [("brochure-001", "measures"), ("brochure-001", "budget_cells"), ("slides-002", "networks"),
                          ("report-003", "indicators"), ("report-003", "projects"), ("report-003", "budget_cells"),
                          ("handlingsplan-004", "initiatives")].map { pdf, list in
            DocumentContent(try TestFiles.extract(TestFiles.fixturePDF(pdf))).lists[list]?.count ?? 0
        }
        #expect(counts == [24, 74, 26, 16, 8, 102, 92])
    }

    /// The report's running header and page numbers never reach the content, and its table of
    /// contents is no table.
    @Test func theReportsFurnitureAndContentsAreNotContent() throws {
        let document = try TestFiles.extract(TestFiles.fixturePDF("report-003"))
        #expect(document.tables.allSatisfy { $0.readAs != nil })
        // Its project list, bullets set apart from names and periods, is a list, not a table.
        #expect(document.tables.count == 7 && document.tables.allSatisfy { $0.readAs == .budgetTables })
        #expect(document.projects.count == 8)
        let texts = document.goals.compactMap(\.description) + document.indicators.map(\.text)
            + document.measures.compactMap(\.effect) + document.tables.flatMap { $0.rows.flatMap { $0 } }
        #expect(!texts.contains { $0.contains("Budget och verksamhetsplan 2026 · Skaraborgs kommunalförbund") })
    }
}
