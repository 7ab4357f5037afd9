import Foundation
import Ingest
import Testing
@testable import Normalize

struct DocumentClassifierTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var seed: String
        var id: String
        var title: String
        var organization: String?
        var kind: DocumentKind
        var period: Period?
        var pages: Int
        var testDescription: String { seed }
    }

    static let seeds: [Expected] = [
        Expected(seed: "000_95ad663e025e0bbc.txt", id: "fyrbodal-aktivitetsplan-2023", title: "Aktivitetsplan 2023",
                 organization: "fyrbodal", kind: .aktivitetsplan, period: Period(from: 2023, to: 2023), pages: 9),
        Expected(seed: "001_c3d3db462980bb96.txt", id: "fyrbodal-verksamhetsplan-2025-2027",
                 title: "Verksamhetsplan 2025–2027", organization: "fyrbodal", kind: .verksamhetsplan,
                 period: Period(from: 2025, to: 2027), pages: 22),
        Expected(seed: "002_583bd4024cf3832c.txt", id: "sjuharad-utvecklingsstrategi-2021-2030",
                 title: "Utvecklingsstrategi för Sjuhärad", organization: "sjuharad", kind: .utvecklingsstrategi,
                 period: Period(from: 2021, to: 2030), pages: 2),
        Expected(seed: "003_7ca1042aa7ecc69e.txt", id: "skaraborg-budget_och_verksamhetsplan-2026",
                 title: "Budget och verksamhetsplan 2026", organization: "skaraborg",
                 kind: .budgetOchVerksamhetsplan, period: Period(from: 2026, to: 2026), pages: 21),
        Expected(seed: "004_0cdacc11dfb66760.txt", id: "fyrbodal-handlingsplan",
                 title: "Handlingsplan för digitalisering i Fyrbodal", organization: "fyrbodal",
                 kind: .handlingsplan, period: nil, pages: 21),
    ]

    static let organizationNames = [
        "fyrbodal": "Fyrbodals kommunalförbund", "skaraborg": "Skaraborgs kommunalförbund",
        "sjuharad": "Boråsregionen Sjuhärads kommunalförbund",
    ]

    @Test(arguments: seeds)
    func eachSeedHasItsExactDocumentBlock(expected: Expected) throws {
        let info = try TestFiles.extract(TestFiles.seed(expected.seed)).document
        #expect(info.id == expected.id)
        #expect(info.title == expected.title)
        #expect(info.organization.id == expected.organization)
        #expect(info.organization.name == expected.organization.flatMap { Self.organizationNames[$0] })
        #expect(info.kind == expected.kind)
        #expect(info.period == expected.period)
        #expect(info.source.path == "seeds/\(expected.seed)")
        #expect(info.source.format == .text)
        #expect(info.source.pages == expected.pages)
        #expect(info.source.sha256.count == 64)
    }

    @Test func aDocumentWithoutPeriodIsWarnedAbout() throws {
        let document = try TestFiles.extract(TestFiles.seed("004_0cdacc11dfb66760.txt"))
        #expect(document.warnings.map(\.code) == [.unclassified])
        #expect(document.warnings.first?.message.contains("period") == true)
    }

    @Test func classifiedSeedsHaveNoClassificationWarnings() throws {
        for expected in Self.seeds where expected.period != nil {
            let warnings = try TestFiles.extract(TestFiles.seed(expected.seed)).warnings
            #expect(!warnings.contains { $0.code == .unclassified })
        }
    }

    /// A title after the förbund's name and a dash, and one whose heading wrapped before its year.
    @Test(arguments: [
        ("Fyrbodals kommunalförbund · Aktivitetsplan 2023\n\nText.", "Aktivitetsplan 2023", 2023),
        ("Sjuhärads kommunalförbund – Handlingsplan\n2027\n\nText.", "Handlingsplan 2027", 2027),
        ("Verksamhetsplan\n2026\n\nSkaraborgs kommunalförbund.", "Verksamhetsplan 2026", 2026),
    ])
    func aTitleAfterTheNameOrWrappedBeforeItsYearIsRead(text: String, title: String, year: Int) throws {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "title.txt", log: &log)
        let info = DocumentClassifier(domain: try DomainData.bundled()).classify(source, log: &log)
        #expect(info.title == title)
        #expect(info.period == Period(from: year, to: year))
        #expect(!log.diagnostics.contains { $0.code == .unclassified })
    }

    @Test func thePDFFixturesAreClassifiedFromTheirContent() throws {
        let activity = try TestFiles.extract(TestFiles.fixturePDF("activity-table")).document
        #expect(activity.id == "fyrbodal-aktivitetsplan-2023")
        #expect(activity.source.format == .pdf)
        #expect(activity.source.pages == 3)
        let budget = try TestFiles.extract(TestFiles.fixturePDF("budget-table")).document
        #expect(budget.kind == .budget)
        #expect(budget.period == Period(from: 2025, to: 2027))
    }

    @Test func anUnnamedDocumentHasNullOrganizationAndPeriod() throws {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data("Anteckningar från mötet\nInget mer.\n".utf8),
                                                path: "notes.txt", log: &log)
        let document = try Normalizer().normalize(source)
        #expect(document.document.id == "unknown-other")
        #expect(document.document.organization == .unknown)
        #expect(document.document.period == nil)
        // Notes with no list in them also say so: nothing is lost in silence.
        #expect(document.warnings.map(\.code) == [.noStructureFound, .unclassified])
    }

    @Test(arguments: [
        ("Handlingsplan för digital omställning 2024–2026", DocumentKind.handlingsplan, Period(from: 2024, to: 2026)),
        ("Verksamhetsplan 2025-2027", .verksamhetsplan, Period(from: 2025, to: 2027)),
        ("Budget 2026", .budget, Period(from: 2026, to: 2026)),
    ])
    func titlesWithEnDashOrHyphenGiveThePeriod(title: String, kind: DocumentKind, period: Period) throws {
        var log = DiagnosticLog()
        let text = "Göteborgsregionen\n\(title)\nGR arbetar för regionen.\n"
        let source = try TextDumpSource().parse(Data(text.utf8), path: "gr.txt", log: &log)
        let info = try Normalizer().normalize(source).document
        #expect(info.title == title)
        #expect(info.kind == kind)
        #expect(info.period == period)
        #expect(info.organization.id == "goteborgsregionen")
    }
}
