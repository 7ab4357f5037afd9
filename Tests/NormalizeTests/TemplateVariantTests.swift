import Foundation
import Ingest
import Testing
@testable import Normalize

/// Plans in templates the seeds do not use: header words and heading words come from
/// `columns.json` and `headings.json`, so another förbund's words read the same structure.
struct TemplateVariantTests {
    /// The Sjuhärad plan as a text dump and as the Word-style PDF printed from the same text.
    static let sjuharad = [
        "Tests/NormalizeTests/Fixtures/variants/sjuharad-verksamhetsplan.txt",
        "Tests/IngestTests/Fixtures/pdf/template-sjuharad.pdf",
    ]

    static func variant(_ path: String) throws -> PlanDocument {
        try TestFiles.extract(TestFiles.repositoryRoot.appending(path: path))
    }

    /// "Målområde 1:", "Mål 1.1", "Mål 1.2:", "Fokusområde", "Strategiskt delmål:" headings over tables
    /// headed "Aktivitet Ansvar Tidplan Förväntat resultat" and "Åtgärder Resurser Förväntade effekter".
    @Test(arguments: sjuharad) func headingsAndHeadersOfAnotherTemplate(path: String) throws {
        let document = try Self.variant(path)
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
            ["Tkr", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"],
        ])
        #expect(document.tables.first?.rows.first == [
            "Samordna kommunernas arbete med företagslotsar.", "Näringslivsstrateg", "Q2 2026",
            "Fler företag får snabba besked.",
        ])
        #expect(document.tables.prefix(3).allSatisfy { $0.readAs == .activities })
    }

    /// The same plan's members in their official forms, and its result budget in five columns of
    /// three bases whose result comes after an operating result and financial items.
    @Test(arguments: sjuharad) func membersAndBudgetOfAnotherTemplate(path: String) throws {
        let document = try Self.variant(path)
        #expect(document.document.title == "Verksamhetsplan med budget 2026")
        #expect(document.document.kind == .budgetOchVerksamhetsplan)
        #expect(document.document.organization.id == "sjuharad")
        #expect(document.members.map(\.municipalityCode) == ["1443", "1490", "1466", "1463", "1465", "1452", "1491", "1442"])
        let table = try #require(document.budgetTables.first)
        #expect(document.budgetTables.count == 1)
        #expect(table.title == "Resultatbudget")
        #expect(table.unit == "tkr")
        #expect(table.columns.map(\.label) == ["Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"])
        #expect(table.columns.map(\.basis) == [.bokslut, .budget, .budget, .plan, .plan])
        #expect(table.rows.map(\.label) == [
            "Medlemsavgifter", "Övriga intäkter", "Summa intäkter", "Personalkostnader", "Övriga kostnader",
            "Summa kostnader", "Verksamhetens nettokostnad", "Finansiella intäkter", "Finansiella kostnader", "Resultat",
        ])
        #expect(table.rows.last?.cells.map(\.amountSEK) == [550_000, 350_000, 350_000, 350_000, 350_000])
        #expect(table.rows[3].cells.map(\.amountSEK) == [-15_800_000, -16_500_000, -17_100_000, -17_600_000, -18_100_000])
        #expect(document.tables.map(\.readAs) == [.activities, .activities, .activities, .budgetTables])
        #expect(!document.warnings.contains { [.sumMismatch, .unmappedTable, .noStructureFound].contains($0.code) })
    }

    /// The PDF and the dump give the same content, list by list (provenance and white space aside).
    @Test func thePDFGivesWhatTheDumpGives() throws {
        let fromText = DocumentContent(try Self.variant(Self.sjuharad[0]))
        let fromPDF = DocumentContent(try Self.variant(Self.sjuharad[1]))
        for name in DocumentContent.names {
            #expect(fromPDF.lists[name] == fromText.lists[name], "\(name)")
        }
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

/// Budget tables in other templates: columns "Bokslut 2024 | Budget 2025 | Plan 2026", units
/// "Mnkr" and "Belopp i tkr", columns that are no year, and a result after financial items.
struct BudgetTemplateTests {
    static func normalize(_ text: String) throws -> PlanDocument {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "variant.txt", log: &log)
        return try Normalizer().normalize(source, log: log)
    }

    /// Göteborgsregionen's resultaträkning: Mnkr, three bases, Finansnetto before Årets resultat.
    @Test func basisColumnsAndFinansnetto() throws {
        let document = try Self.normalize("""
            Verksamhetsplan med budget 2026
            Göteborgsregionen

            Resultaträkning

            Mnkr Bokslut 2024 Budget 2025 Budget 2026
            Verksamhetens intäkter 412,5 420,0 431,2
            Verksamhetens kostnader -405,1 -415,3 -426,0
            Finansnetto 1,2 1,0 0,8
            Årets resultat 8,6 5,7 6,0

            Förbundet arbetar vidare med regional utveckling.

            """)
        let table = try #require(document.budgetTables.first)
        #expect(table.unit == "mnkr")
        #expect(table.columns.map(\.label) == ["Bokslut 2024", "Budget 2025", "Budget 2026"])
        #expect(table.columns.map(\.year) == [2024, 2025, 2026])
        #expect(table.columns.map(\.basis) == [.bokslut, .budget, .budget])
        #expect(table.rows.map(\.kind) == [.income, .cost, .other, .result])
        #expect(table.rows[3].cells.map(\.amountSEK) == [8_600_000, 5_700_000, 6_000_000])
        #expect(!document.warnings.contains { $0.code == .sumMismatch || $0.code == .unmappedTable })
        #expect(document.tables.map(\.readAs) == [.budgetTables])
    }

    /// Five years in two bases with the unit first, a result after an operating result and
    /// financial items (one of them off by ten, which is reported against the right rows), and a
    /// project table "Belopp i tkr | Intäkter | Kostnader | Netto" whose columns are no years.
    @Test func fiveYearsOperatingResultAndColumnsThatAreNoYear() throws {
        let document = try Self.normalize("""
            Skaraborgs kommunalförbund

            Budget 2026 med plan 2027–2028

            Resultatbudget

            Tkr Bokslut 2024 Budget 2025 Budget 2026 Plan 2027 Plan 2028
            Medlemsavgifter 21 300 22 100 22 900 23 600 24 300
            Övriga intäkter 4 200 4 000 4 100 4 100 4 100
            Summa intäkter 25 500 26 100 27 000 27 700 28 400
            Personalkostnader -15 800 -16 500 -17 100 -17 600 -18 100
            Övriga kostnader -9 200 -9 300 -9 600 -9 800 -10 000
            Summa kostnader -25 000 -25 800 -26 700 -27 400 -28 100
            Verksamhetens nettokostnad 500 300 300 300 300
            Finansiella intäkter 100 100 100 100 100
            Finansiella kostnader -50 -50 -50 -50 -50
            Resultat 550 350 350 350 340

            Projektbudget

            Belopp i tkr Intäkter Kostnader Netto
            Kompetensnavet 3 400 3 400 0
            Skaraborgs gröna omställning 1 200 1 500 -300

            """)
        #expect(document.budgetTables.map(\.title) == ["Resultatbudget", "Projektbudget"])
        let result = document.budgetTables[0]
        #expect(result.unit == "tkr")
        #expect(result.columns.map(\.basis) == [.bokslut, .budget, .budget, .plan, .plan])
        #expect(result.columns.map(\.year) == [2024, 2025, 2026, 2027, 2028])
        #expect(result.rows.map(\.kind) == [.income, .income, .subtotal, .cost, .cost, .subtotal, .subtotal,
                                            .income, .cost, .result])
        #expect(document.warnings.filter { $0.code == .sumMismatch }.map(\.message) == [
            "Resultatbudget: 'Resultat', Plan 2028: printed 340, but 'Verksamhetens nettokostnad' 300 and financial items 50 give 350",
        ])
        let projects = document.budgetTables[1]
        #expect(projects.unit == "tkr")
        #expect(projects.columns.map(\.label) == ["Intäkter", "Kostnader", "Netto"])
        #expect(projects.columns.allSatisfy { $0.year == nil && $0.basis == nil })
        #expect(projects.rows.map { $0.cells.map(\.amountSEK) } == [[3_400_000, 3_400_000, 0],
                                                                    [1_200_000, 1_500_000, -300_000]])
        #expect(!document.warnings.contains { $0.code == .unmappedTable })
    }
}

/// Title shapes plans use: a second plan named with "med" widens the period to its last year.
struct TitleShapeTests {
    @Test(arguments: [
        ("Budget 2026 med plan 2027–2028", DocumentKind.budget, Period(from: 2026, to: 2028)),
        ("Verksamhetsplan med budget 2026", .budgetOchVerksamhetsplan, Period(from: 2026, to: 2026)),
        ("Verksamhetsplan och budget 2026 med plan 2027-2028", .budgetOchVerksamhetsplan, Period(from: 2026, to: 2028)),
        ("Verksamhetsplan 2025–2027", .verksamhetsplan, Period(from: 2025, to: 2027)),
        ("Handlingsplan 2026–2027", .handlingsplan, Period(from: 2026, to: 2027)),
    ])
    func titleGivesKindAndPeriod(title: String, kind: DocumentKind, period: Period) throws {
        var log = DiagnosticLog()
        let dump = "Skaraborgs kommunalförbund\n\n\(title)\n\nText om planen.\n"
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "title.txt", log: &log)
        let info = try Normalizer().normalize(source).document
        #expect(info.title == title)
        #expect(info.kind == kind)
        #expect(info.period == period)
    }
}

/// Key figures in other wordings: units are data (`key-figures.json`), so "kronor per invånare",
/// "procent" and "miljoner kronor" read as kr/invånare, % and kronor; a year named right after
/// the figure is its year.
struct KeyFigureWordingTests {
    @Test func unitsInWordsAndTheYearAfterTheFigure() throws {
        let document = try BudgetTemplateTests.normalize("""
            Göteborgsregionen

            Verksamhetsplan 2025–2027

            Medlemsavgiften uppgår till 62,40 kronor per invånare år 2026.

            PO-pålägget för år 2026 är 42,65 procent.

            Förbundets omsättning är 13,6 miljoner kronor.

            """)
        #expect(document.keyFigures.map(\.name) == ["medlemsavgift_per_invanare", "po_palagg", "omsattning"])
        #expect(document.keyFigures.map(\.value) == [62.4, 42.65, 13_600_000])
        #expect(document.keyFigures.map(\.unit) == ["kr/invånare", "%", "kr"])
        #expect(document.keyFigures.map(\.year) == [2026, 2026, 2025])
        #expect(!document.keyFigures.contains { $0.name == "medlemsavgift_total" })
    }
}

/// A dump whose activity header wrapped onto a second line of header words reads as one header.
struct WrappedActivityHeaderTests {
    @Test func aHeaderOnTwoLines() throws {
        let document = try BudgetTemplateTests.normalize("""
            Fyrbodals kommunalförbund

            Aktivitetsplan 2026

            Strategiskt mål: Stark samverkan
            Kommunerna samverkar.

            Aktivitet Ansvar
            Tidplan Förväntat resultat
            Utveckla nätverken

            Kansliet

            Q1 2026

            Starkare nätverk.

            Arrangera konferens

            Processledare

            Q3 2026

            Fler deltagare.
            """)
        #expect(document.activities.map(\.activity) == ["Utveckla nätverken", "Arrangera konferens"])
        #expect(document.activities.map(\.resources) == ["Kansliet", "Processledare"])
        #expect(document.activities.map(\.effects) == [["Starkare nätverk."], ["Fler deltagare."]])
        #expect(document.activities.map { $0.extra.cells.map(\.text) } == [["Q1 2026"], ["Q3 2026"]])
        #expect(document.tables.first?.header == ["Aktivitet", "Ansvar", "Tidplan", "Förväntat resultat"])
    }
}
