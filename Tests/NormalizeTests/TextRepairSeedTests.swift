import Foundation
import Testing
@testable import Normalize

/// Real line-end breaks, glued tokens and real hyphens from the seeds, joined as the seed's own
/// paragraphs are: each case names its lines and the text their join must hold.
struct TextRepairSeedTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var seed: String
        var line: Int
        var count: Int = 2
        var expected: String
        var testDescription: String { "\(seed):\(line) → \(expected)" }
    }

    static let seeds = [
        "000": "000_95ad663e025e0bbc.txt", "001": "001_c3d3db462980bb96.txt", "002": "002_583bd4024cf3832c.txt",
        "003": "003_7ca1042aa7ecc69e.txt", "004": "004_0cdacc11dfb66760.txt",
    ]

    /// A line-end hyphen that was hyphenation goes.
    static let hyphenated: [Case] = [
        Case(seed: "001", line: 13, expected: "kunna ställa om."),
        Case(seed: "001", line: 15, expected: "en konkurrenskraftig och attraktiv"),
        Case(seed: "001", line: 131, expected: "Regionalt trafikförsörjningsprogram, Kulturstrategi"),
        Case(seed: "001", line: 308, expected: "utifrån styrdokument"),
        Case(seed: "001", line: 486, expected: "ömsesidigt Förtroende gentemot kommunerna"),
        Case(seed: "001", line: 619, expected: "genom samverkan mellan det offentliga"),
        Case(seed: "001", line: 720, count: 3, expected: "är tillgodosett och Fyrbodals kommuner har en hög förvärvsgrad."),
        Case(seed: "001", line: 725, expected: "ett matchande utbildningsutbud."),
        Case(seed: "001", line: 730, expected: "att möta kompetensförsörjningsutmaningen."),
        Case(seed: "001", line: 789, expected: "främja verksamhetsutveckling och öka"),
        Case(seed: "001", line: 799, expected: "Västra Götalandsregionens vårdutförande verksamheter."),
        Case(seed: "001", line: 824, expected: "att utföra personcentrerad vård och omsorg."),
        Case(seed: "001", line: 827, expected: "att erbjuda kommunmedborgarna de mervärden"),
        Case(seed: "001", line: 841, expected: "välbefinnande och minska behov"),
        Case(seed: "001", line: 848, expected: "delaktiga samhällsmedborgare med god hälsa"),
        Case(seed: "001", line: 859, expected: "etablering av långsiktigt hållbara arbetssätt"),
        Case(seed: "002", line: 181, expected: "Besöksnäringsansvariga"),
        Case(seed: "000", line: 425, expected: "Samhällsplanerarnätverket, KAV"),
        Case(seed: "000", line: 500, expected: "Förbundets strateger, Kompetensplattform, Utvecklingsnoder"),
    ]

    /// A word broken without a hyphen is rejoined; a line that ends a word keeps its space.
    static let brokenWithoutHyphen: [Case] = [
        Case(seed: "001", line: 35, expected: "är att förbundet ska bidra"),
        Case(seed: "001", line: 36, expected: "attraktionskraft för Fyrbodalsregionen. Detta"),
        Case(seed: "001", line: 37, expected: "stärka medlemskommunernas intressen"),
        Case(seed: "001", line: 61, expected: "Tanum, Trollhättan, Uddevalla"),
        Case(seed: "001", line: 66, expected: "vara en mötesplats, ett forum"),
        Case(seed: "001", line: 157, expected: "hållbar utveckling och tillväxt."),
        Case(seed: "001", line: 245, expected: "sjunde största befolkningscentra i landet"),
        Case(seed: "001", line: 322, expected: "utreds och dokumenteras"),
        Case(seed: "001", line: 373, expected: "Kompetensförsörjning"),
        Case(seed: "001", line: 438, expected: "Förbundsövergripande mål"),
        Case(seed: "001", line: 764, expected: "av vårdsamverkan Fyrbodal, för att"),
        Case(seed: "001", line: 890, expected: "verksamheter inom Fyrbodalsregionen. De finansierar"),
    ]

    /// Tokens the dump glued (justified lines that lost their spaces), split into known words.
    static let glued: [Case] = [
        Case(seed: "001", line: 517, expected: "välmående, effektivitet och samverkan. Det leder till ökad produktivitet"),
        Case(seed: "001", line: 592, expected: "Ökad sysselsättning till följd av att flerföretag väljer att etablera"),
        Case(seed: "001", line: 635, expected: "medlemskommuner ökar så fler väljer att bo, leva och arbeta i någon"),
        Case(seed: "001", line: 640, expected: "Ett positivt flyttnetto som bidrar till goda möjligheter att erbjuda"),
        Case(seed: "001", line: 648, expected: "Tillgång till effekt (el) i en omfattning som innebär att inga företag"),
        Case(seed: "001", line: 652, expected: "Trafiksäkra vägar som medger goda studie- och arbetspendlingsmöjligheter."),
        Case(seed: "001", line: 796, count: 3, expected: "så att verksamheterna bedrivs kunskapsbaserat och effektivt och med goda"),
    ]

    /// Real hyphens: a suspended compound before a conjunction, a hyphen after an abbreviation.
    static let realHyphens: [Case] = [
        Case(seed: "000", line: 44, expected: "samt i de kommun- och regiongemensamma frågorna."),
        Case(seed: "000", line: 336, expected: "Samverkansavtal Norra Hälso- och sjukvårdsnämnden"),
        Case(seed: "000", line: 586, expected: "Miljö- och klimatstrateg"),
        Case(seed: "001", line: 102, count: 1, expected: "Processtöd inom hälso- och sjukvård,"),
        Case(seed: "003", line: 293, expected: "Det preliminära PO-pålägget för år 2026 från SKR"),
        Case(seed: "003", line: 634, expected: "stärka vår konkurrens- och attraktionskraft."),
        Case(seed: "004", line: 489, count: 1, expected: "inom kommun- och regionsektorn"),
    ]

    @Test(arguments: hyphenated + brokenWithoutHyphen + glued + realHyphens)
    func seedLinesJoinAsPrinted(_ item: Case) throws {
        let lines = try Self.lines(of: item)
        let text = try TextRepairFixture.paragraphText(wrapsEndInSpace: Self.wrapsEndInSpace(item.seed))
        let joined = text.join(lines)
        #expect(joined.contains(item.expected), "\(joined)")
    }

    /// The broken words whose parts are no words are found by the dictionary alone, in a text
    /// without the dump's trailing-space convention (a PDF, another dump).
    @Test(arguments: [
        Case(seed: "001", line: 37, expected: "stärka medlemskommunernas intressen"),
        Case(seed: "001", line: 66, expected: "vara en mötesplats, ett forum"),
        Case(seed: "001", line: 245, expected: "sjunde största befolkningscentra i landet"),
        Case(seed: "001", line: 322, expected: "utreds och dokumenteras"),
        Case(seed: "001", line: 890, expected: "verksamheter inom Fyrbodalsregionen. De finansierar"),
        Case(seed: "001", line: 157, expected: "hållbar utveckling och tillväxt."),
    ])
    func theDictionaryAloneRejoinsBrokenWords(_ item: Case) throws {
        let text = try TextRepairFixture.paragraphText(wrapsEndInSpace: false)
        let joined = text.join(try Self.lines(of: item))
        #expect(joined.contains(item.expected), "\(joined)")
    }

    static func lines(of item: Case) throws -> [String] {
        let all = try raw(item.seed)
        return Array(all[(item.line - 1)..<(item.line - 1 + item.count)])
    }

    static func raw(_ seed: String) throws -> [String] {
        let name = try #require(seeds[seed])
        let text = try String(contentsOf: TestFiles.seed(name), encoding: .utf8)
        return text.precomposedStringWithCanonicalMapping.components(separatedBy: "\n")
    }

    /// The seed's own convention, as the normalizer reads it.
    static func wrapsEndInSpace(_ seed: String) throws -> Bool {
        let printed = try raw(seed).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return Double(printed.filter { $0.hasSuffix(" ") }.count) / Double(max(1, printed.count)) >= 0.5
    }
}

/// A `ParagraphText` over the bundled dictionary, for text repair tests.
enum TextRepairFixture {
    static func paragraphText(wrapsEndInSpace: Bool, repairsGluedWords: Bool = true) throws -> ParagraphText {
        let domain = try DomainData.bundled()
        let lexicon = Lexicon(dictionary: domain.dictionary, words: domain.repairWords)
        return ParagraphText(lexicon: lexicon, wrapsEndInSpace: wrapsEndInSpace, repairsGluedWords: repairsGluedWords)
    }
}
