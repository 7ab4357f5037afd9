import Foundation
import Ingest
import Testing
@testable import Normalize

/// Plans in templates the seeds do not use: header words and heading words come from
/// `columns.json` and `headings.json`, so another förbund's words read the same structure.
struct TemplateVariantTests {
    static func variant(_ name: String) throws -> PlanDocument {
        let url = TestFiles.repositoryRoot.appending(path: "Tests/NormalizeTests/Fixtures/variants/\(name)")
        return try TestFiles.extract(url)
    }

    /// "Målområde 1:", "Mål 1.1", "Mål 1.2:", "Fokusområde", "Strategiskt delmål:" headings over tables
    /// headed "Aktivitet Ansvar Tidplan Förväntat resultat" and "Åtgärder Resurser Förväntade effekter".
    @Test func headingsAndHeadersOfAnotherTemplate() throws {
        let document = try Self.variant("sjuharad-verksamhetsplan.txt")
        #expect(document.goals.map(\.goal) == ["Fler växande företag", "Ett robust transportsystem", "Jämlik hälsa"])
        #expect(document.goals.map(\.number) == ["1.1", "1.2", nil])
        #expect(document.goals.map(\.area) == ["Hållbar tillväxt", "Hållbar tillväxt", "Välfärd"])
        #expect(document.goals.first?.description == "Företagen i Sjuhärad växer och anställer fler.")
        #expect(document.activities.map(\.activity) == [
            "Samordna kommunernas arbete med företagslotsar.",
            "Arrangera en regional företagarträff.",
            "Ta fram en gemensam cykelstrategi.",
            "Följa upp folkhälsoarbetet i kommunerna.",
        ])
        #expect(document.activities.map(\.resources) == [
            "Näringslivsstrateg", "Förbundets kansli", "Infrastrukturstrateg", "Folkhälsonätverket",
        ])
        #expect(document.activities.map(\.effects) == [
            ["Fler företag får snabba besked."], ["Ökad kontakt mellan företag och kommuner."],
            ["Fler cyklar till arbetet."], ["Kommunerna arbetar kunskapsbaserat.", "Skillnaderna i hälsa minskar."],
        ])
        #expect(document.activities.map { $0.extra.cells.map(\.text) } == [["Q2 2026"], ["Hösten 2026"], ["2026"], []])
        #expect(document.activities.prefix(3).allSatisfy { $0.extra.cells.map(\.header) == ["Tidplan"] })
        #expect(document.activities.map(\.goal) == ["Fler växande företag", "Fler växande företag",
                                                   "Ett robust transportsystem", "Jämlik hälsa"])
        #expect(document.tables.map(\.header) == [
            ["Aktivitet", "Ansvar", "Tidplan", "Förväntat resultat"],
            ["Aktivitet", "Ansvar", "Tidplan", "Förväntat resultat"],
            ["Åtgärder", "Resurser", "Förväntade effekter"],
        ])
        #expect(document.tables.first?.rows.first == [
            "Samordna kommunernas arbete med företagslotsar.", "Näringslivsstrateg", "Q2 2026",
            "Fler företag får snabba besked.",
        ])
        #expect(document.tables.allSatisfy { $0.readAs == .activities })
    }

    /// The heading grammar: a word of `headings.json`, a number of one- or two-digit parts, a colon
    /// or dash; "Mål" and "Delmål" need a number or a colon, and a year is no number.
    @Test(arguments: [
        ("Målområde 1: Välfärd", SectionHeadings.Heading(kind: .area, number: "1", name: "Välfärd")),
        ("Insatsområde 2: Kompetensförsörjning", .init(kind: .area, number: "2", name: "Kompetensförsörjning")),
        ("Prioriterat område Digitalisering", .init(kind: .area, number: nil, name: "Digitalisering")),
        ("Strategiskt mål Kompetens, FoU och samverkan", .init(kind: .goal, number: nil, name: "Kompetens, FoU och samverkan")),
        ("Mål 2.1 Fler företag", .init(kind: .goal, number: "2.1", name: "Fler företag")),
        ("Delmål 3: Livslångt lärande", .init(kind: .goal, number: "3", name: "Livslångt lärande")),
        ("MÅL 1 - ÖKAD KONKURRENSKRAFT", .init(kind: .goal, number: "1", name: "ÖKAD KONKURRENSKRAFT")),
        ("Mål: Ett hållbart resande", .init(kind: .goal, number: nil, name: "Ett hållbart resande")),
    ])
    func headingsAreRead(text: String, heading: SectionHeadings.Heading) throws {
        #expect(try DomainData.bundled().headings.heading(text) == heading)
    }

    @Test(arguments: ["Mål för verksamheten är att stödja kommunerna.", "Mål 2030 är att halvera utsläppen.",
                      "Målet är tydligt.", "Delmålen följs upp årligen.", "Strategiskt mål"])
    func runningTextIsNoHeading(text: String) throws {
        #expect(try DomainData.bundled().headings.heading(text) == nil)
    }

    /// A header line splits where header words begin; running text holding header words is no header.
    @Test func oneLineHeadersSplitAtHeaderWords() throws {
        let roles = try DomainData.bundled().columns
        #expect(roles.cells(of: "Aktivitet Resurser Önskade effekter på lång sikt", in: "activities")
            == ["Aktivitet", "Resurser", "Önskade effekter på lång sikt"])
        #expect(roles.cells(of: "Insats Vem När Resultat", in: "activities") == ["Insats", "Vem", "När", "Resultat"])
        #expect(roles.cells(of: "Insatser för ökad effekt och ansvar", in: "activities") == nil)
        #expect(roles.cells(of: "Aktiviteter, resurser och effekter.", in: "activities") == nil)
    }
}
