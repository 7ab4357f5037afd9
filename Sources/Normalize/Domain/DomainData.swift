import Foundation

/// The domain facts planpipe relies on, loaded from the data files in `Resources/`:
/// the kommunalförbund with their members and kommunkoder, and the document kinds.
public struct DomainData: Sendable {
    public var forbund: [Forbund]
    public var kinds: [KindEntry]
    public var keyFigures: KeyFigureRules
    /// The theme lexicon (`themes.json`).
    public var themes: ThemeTagger
    /// The header words of table columns (`columns.json`).
    public var columns: ColumnRoles
    /// The words that open area and goal headings (`headings.json`).
    public var headings: SectionHeadings
    /// The labels of a section's parts ("Varför är …", "Plan för genomförande"; `headings.json`).
    public var labels: SectionLabels
    /// The opening words of activity cells, for dumps that glued cells (`cell-words.json`).
    public var cellWords: CellWords
    /// Budget row labels around the result (`budget-rows.json`).
    public var budgetRows: BudgetRowWords
    /// The phrases that name an initiative's owners (`initiatives.json`).
    public var ownerPhrases: OwnerPhrases
    /// The Swedish dictionary (hunspell-sv, with `lexicon.json`'s added words), for text repair.
    public var dictionary: SwedishDictionary
    /// The word lists of text repair (`lexicon.json`).
    public var repairWords: RepairWords

    /// A kommunalförbund: id, official name, the names it goes by, and its members.
    public struct Forbund: Sendable, Decodable {
        public var id: String
        public var name: String
        /// Names matched case-insensitively as word beginnings ("Fyrbodal" also finds "Fyrbodals").
        public var names: [String]
        /// Abbreviations matched case-sensitively as whole words ("GR").
        public var abbreviations: [String]?
        public var members: [Municipality]
    }

    /// A municipality with its SCB kommunkod and the other spellings documents use.
    public struct Municipality: Sendable, Decodable {
        public var name: String
        public var municipalityCode: String
        public var variants: [String]?

        private enum CodingKeys: String, CodingKey {
            case name, municipalityCode = "municipality_code", variants
        }
    }

    /// A document kind, its display title and the stems that name it in text, most specific first.
    public struct KindEntry: Sendable, Decodable {
        public var kind: DocumentKind
        public var title: String
        public var stems: [String]
    }

    /// How key figures are read from running text (`key-figures.json`).
    public struct KeyFigureRules: Sendable, Decodable {
        public var figures: [Rule]
        /// Headings over a list of financing shares ("Medlemsfinansiering 20 %").
        public var shareHeadings: [String]
        /// The units a figure is printed with and what each means ("kronor per invånare" is
        /// kr/invånare, "miljoner kronor" kronor × 1 000 000, "procent" %).
        public var units: [UnitForm]

        public struct UnitForm: Sendable, Decodable {
            public var printed: String
            public var unit: String
            public var multiplier: Double?
        }

        /// A figure named `name`, read as the number with `unit` right `before` or first
        /// `after` the phrase `anchor`, in a sentence that also holds `requires`.
        public struct Rule: Sendable, Decodable {
            public enum Direction: String, Sendable, Decodable { case before, after }
            public var name: String
            public var anchor: String
            public var direction: Direction
            public var unit: String
            public var requires: String?
        }

        private enum CodingKeys: String, CodingKey { case figures, shareHeadings = "share_headings", units }
    }

    /// The data shipped with planpipe, with the dictionary found as `SwedishDictionary.searchDirectories()` says.
    /// - Throws: `NormalizeError.dictionaryMissing` when hunspell-sv is not installed.
    public static func bundled() throws(NormalizeError) -> DomainData {
        try bundledResult.get()
    }

    private static let bundledResult: Result<DomainData, NormalizeError> = Result { () throws(NormalizeError) in
        // The dictionary first: it loads on a thread of its own (about 60 ms) while the rest is decoded.
        let repairWords: RepairWords = try load("lexicon")
        let dictionary = try SwedishDictionary(directories: SwedishDictionary.searchDirectories(),
                                               added: repairWords.addedWords)
        struct ForbundFile: Decodable { var forbund: [Forbund] }
        struct KindsFile: Decodable { var kinds: [KindEntry] }
        let forbund: ForbundFile = try load("forbund")
        let kinds: KindsFile = try load("document-kinds")
        let keyFigures: KeyFigureRules = try load("key-figures")
        struct ThemesFile: Decodable { var themes: [ThemeTagger.Entry] }
        let themes: ThemesFile = try load("themes")
        let columns: ColumnRoles = try load("columns")
        let headings: SectionHeadings = try load("headings")
        let labels: SectionLabels = try load("headings")
        let budgetRows: BudgetRowWords = try load("budget-rows")
        let cellWords: CellWords = try load("cell-words")
        let ownerPhrases: OwnerPhrases = try load("initiatives")
        return DomainData(forbund: forbund.forbund, kinds: kinds.kinds, keyFigures: keyFigures,
                          themes: ThemeTagger(entries: themes.themes), columns: columns, headings: headings,
                          labels: labels, cellWords: cellWords, budgetRows: budgetRows, ownerPhrases: ownerPhrases,
                          dictionary: dictionary, repairWords: repairWords)
    }

    private static func load<T: Decodable>(_ name: String) throws(NormalizeError) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
        else { throw .resourceMissing(name: "\(name).json") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw .resourceInvalid(name: "\(name).json", reason: String(describing: error))
        }
    }

    private init(forbund: [Forbund], kinds: [KindEntry], keyFigures: KeyFigureRules, themes: ThemeTagger,
                 columns: ColumnRoles, headings: SectionHeadings, labels: SectionLabels, cellWords: CellWords, budgetRows: BudgetRowWords,
                 ownerPhrases: OwnerPhrases, dictionary: SwedishDictionary, repairWords: RepairWords) {
        self.columns = columns
        self.headings = headings
        self.labels = labels
        self.cellWords = cellWords
        self.budgetRows = budgetRows
        self.ownerPhrases = ownerPhrases
        self.dictionary = dictionary
        self.repairWords = repairWords
        self.forbund = forbund
        self.kinds = kinds
        self.keyFigures = keyFigures
        self.themes = themes
    }
}

/// Why normalization could not run: only problems with planpipe's own installation,
/// never with a document (those are warnings).
public enum NormalizeError: Error, Sendable, Equatable, CustomStringConvertible {
    case resourceMissing(name: String)
    case resourceInvalid(name: String, reason: String)
    /// No `sv_SE.aff` and `sv_SE.dic` in any of the directories searched.
    case dictionaryMissing(searched: [String])

    public var description: String {
        switch self {
        case .resourceMissing(let name): "planpipe's data file \(name) is missing; reinstall planpipe"
        case .resourceInvalid(let name, let reason): "planpipe's data file \(name) is invalid: \(reason)"
        case .dictionaryMissing(let searched):
            "the Swedish dictionary is not installed (no sv_SE.aff and sv_SE.dic in \(searched.joined(separator: ", "))); "
                + "install it: apt-get install hunspell-sv (or name its folder in DICPATH)"
        }
    }
}
