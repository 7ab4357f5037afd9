import Testing
@testable import Normalize

/// New plan prose, with words that are in no seed, hyphenated at line ends the way a word
/// processor does (at syllable and compound boundaries), must come back as it was written.
struct TextRepairProseTests {
    static let written = """
        Under planperioden ska förbundet tillsammans med medlemskommunerna kartlägga laddinfrastrukturen \
        längs de mindre vägarna, utreda förutsättningarna för vätgasproduktion i hamnarna och stödja \
        kommunernas klimatanpassningsarbete. Vattenförsörjningen ska tryggas genom ett gemensamt \
        reservvattenprojekt, och översvämningsriskerna i älvdalarna ska kartläggas före sommaren. \
        Hälso- och sjukvårdens beredskap övas i en länsövergripande krisövning, där e-tjänster och \
        IT-stöd prövas. Arbetsmarknadsutbildningarna breddas med lärlingsplatser inom besöksnäringen, \
        och ungdomsmottagningarnas öppettider samordnas.
        """

    /// The lines as a word processor breaks them, each ending in a hyphen where a word was split.
    static let hyphenatedLines = [
        "Under planperioden ska förbundet tillsammans med medlems-",
        "kommunerna kartlägga laddinfrastruk-",
        "turen längs de mindre vägarna, utreda förutsätt-",
        "ningarna för vätgasproduk-",
        "tion i hamnarna och stödja kommunernas klimatanpass-",
        "ningsarbete. Vattenförsörj-",
        "ningen ska tryggas genom ett gemensamt reservvatten-",
        "projekt, och översvämnings-",
        "riskerna i älvdalarna ska kart-",
        "läggas före sommaren. Hälso-",
        "och sjukvårdens beredskap övas i en länsöver-",
        "gripande krisövning, där e-",
        "tjänster och IT-",
        "stöd prövas. Arbetsmarknadsutbild-",
        "ningarna breddas med lärlingsplat-",
        "ser inom besöksnäringen, och ungdomsmot-",
        "tagningarnas öppettider samordnas.",
    ]

    @Test func hyphenatedLinesAreRejoined() throws {
        let text = try TextRepairFixture.paragraphText(wrapsEndInSpace: false, repairsGluedWords: false)
        #expect(text.join(Self.hyphenatedLines) == Self.written)
    }

    /// The same in a dump with the trailing-space convention, glued-word repair on.
    @Test func hyphenatedLinesAreRejoinedInADumpThatEndsWrapsInASpace() throws {
        let text = try TextRepairFixture.paragraphText(wrapsEndInSpace: true)
        let lines = Self.hyphenatedLines.map { $0.hasSuffix("-") ? $0 : $0 + " " }
        #expect(text.join(lines) == Self.written)
    }

    /// A PDF whose word processor used soft hyphens (U+00AD) or U+2010 at the line ends.
    @Test(arguments: ["\u{00AD}", "\u{2010}"])
    func otherHyphenCharactersAtLineEnds(hyphen: String) throws {
        let text = try TextRepairFixture.paragraphText(wrapsEndInSpace: false, repairsGluedWords: false)
        let lines = ["Vattenförsörj" + hyphen, "ningen ska tryggas genom ett gemensamt reservvatten" + hyphen, "projekt."]
        #expect(text.join(lines) == "Vattenförsörjningen ska tryggas genom ett gemensamt reservvattenprojekt.")
    }

    /// A PDF that lost the hyphens: where a part alone is no word, the dictionary rejoins it.
    @Test func brokenWithoutHyphensInsideSyllables() throws {
        let text = try TextRepairFixture.paragraphText(wrapsEndInSpace: false, repairsGluedWords: false)
        let lines = [
            "Under planperioden ska förbundet kartlägga laddinfrastruk",
            "turen och utreda förutsätt",
            "ningarna för vätgasproduk",
            "tion samt kommunernas klimatanpass",
            "ningsarbete och Kompetenspla",
            "ttformsuppdraget.",
        ]
        #expect(text.join(lines) == "Under planperioden ska förbundet kartlägga laddinfrastrukturen och utreda "
            + "förutsättningarna för vätgasproduktion samt kommunernas klimatanpassningsarbete och "
            + "Kompetensplattformsuppdraget.")
    }

    /// New glued tokens, split into known words; compounds and unknown words stay whole.
    @Test(arguments: [
        ("Vattenförsörjningensomreservvatten", "Vattenförsörjningen som reservvatten"),
        ("klimatanpassningochöversvämningsskydd", "klimatanpassning och översvämningsskydd"),
        ("ochlärlingsplatser", "och lärlingsplatser"),
        ("ungdomsmottagningarnas", "ungdomsmottagningarnas"),
        ("attraktiviteten", "attraktiviteten"),
        ("Kompetensnavet", "Kompetensnavet"),
        ("förstudieansökningarna", "förstudieansökningarna"),
        ("MiniFOKUS", "MiniFOKUS"),
    ])
    func gluedTokens(printed: String, expected: String) throws {
        let domain = try DomainData.bundled()
        let glued = GluedWords(lexicon: Lexicon(dictionary: domain.dictionary, words: domain.repairWords))
        #expect(glued.repair(printed) == expected)
    }
}
