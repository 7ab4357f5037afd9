import Ingest

/// The Normalize stage: turns a `SourceDocument` into a `PlanDocument`.
///
/// Stages run in order and report into one `DiagnosticLog`; its sorted diagnostics become
/// the document's `warnings`, so output never depends on stage order.
public struct Normalizer: Sendable {
    public var domain: DomainData

    public init(domain: DomainData) {
        self.domain = domain
    }

    /// A normalizer with the domain data shipped in planpipe's resources.
    public init() throws(NormalizeError) {
        self.init(domain: try DomainData.bundled())
    }

    /// Normalizes `source`; `log` may already hold diagnostics from Ingest.
    public func normalize(_ source: SourceDocument, log: DiagnosticLog = DiagnosticLog()) -> PlanDocument {
        normalize(source, log: log) { (_: String) throws(Never) in }
    }

    /// Normalizes `source`, stopping between stages once `deadline` has passed.
    public func normalize(_ source: SourceDocument, log: DiagnosticLog = DiagnosticLog(),
                          deadline: Deadline) throws(DeadlineExceeded) -> PlanDocument {
        try normalize(source, log: log) { (stage: String) throws(DeadlineExceeded) in
            try deadline.check(path: source.path, stage: stage)
        }
    }

    /// The stages in order, `checkpoint` called before each with what it does.
    private func normalize<Failure: Error>(_ source: SourceDocument, log: DiagnosticLog,
                                           checkpoint: (String) throws(Failure) -> Void) throws(Failure) -> PlanDocument {
        var log = log
        try checkpoint("classifying the document")
        let info = DocumentClassifier(domain: domain).classify(source, log: &log)
        var document = PlanDocument(document: info)
        try checkpoint("reading the layout")
        let layout = DocumentLayout(source, vocabulary: MeasureTableReader.layoutVocabulary(roles: domain.columns,
                                                                                            headings: domain.headings))
        let lines = layout.lines
        try checkpoint("reading members and projects")
        document.members = MemberFinder(domain: domain).members(in: layout.paragraphLines, organization: info.organization.id)
        document.projects = ProjectParser().projects(in: layout.rowLines, log: &log)
        let casing = NormalCase(lines: lines.map(\.text))
        let lexicon = Lexicon(dictionary: domain.dictionary, words: domain.repairWords, lines: lines)
        let paragraphs = ParagraphText(lexicon: lexicon,
                                       wrapsEndInSpace: layout.wrapsEndInSpace,
                                       repairsGluedWords: layout.repairsGluedWords)
        let gridTexts = layout.tables.map { GridText($0, text: paragraphs) }
        var readGrids: [DocumentTable.Reading: Set<Int>] = [:]
        var budgetGrids = Set<Int>()
        try checkpoint("reading budget tables")
        document.budgetTables = BudgetExtractor(casing: casing, figureColumns: domain.columns.words(of: "figures", in: "budget"),
                                                 rowWords: domain.budgetRows)
            .tables(in: layout, gridTexts: gridTexts, read: &budgetGrids, log: &log)
        readGrids[.budgetTables] = budgetGrids
        try checkpoint("reading goals and indicators")
        let scorecard = ScorecardParser(text: paragraphs, casing: casing, headings: domain.headings, labels: domain.labels).parse(layout.paragraphLines)
        document.goals += scorecard.goals
        document.indicators = scorecard.indicators
        try checkpoint("reading activities")
        var activityTables = ActivityTextParser(text: paragraphs, roles: domain.columns, headings: domain.headings,
                                                cellWords: domain.cellWords)
            .parse(layout.textLines)
        let gridActivities = ActivityGridReader(text: paragraphs, roles: domain.columns, headings: domain.headings)
            .parse(pages: layout.pageRows, tables: layout.tables, texts: gridTexts, skipping: Self.union(readGrids))
        readGrids[.activities] = gridActivities.read
        activityTables.goals += gridActivities.result.goals
        activityTables.activities += gridActivities.result.activities
        document.goals += activityTables.goals
        document.activities = activityTables.activities
        try checkpoint("reading initiatives")
        let initiatives = InitiativeParser(text: paragraphs, casing: casing)
        let plan = InitiativeBlockReader(parser: initiatives).parse(layout.blocks)
        document.goals += plan.goals
        document.initiatives = plan.initiatives
        try checkpoint("reading measures")
        let insatser = MeasureTableReader(text: paragraphs, roles: domain.columns, headings: domain.headings)
            .parse(layout.content.pages, blocks: layout.blocks, tables: layout.tables, texts: gridTexts,
                   skipping: Self.union(readGrids))
        readGrids[.measures] = insatser.read
        document.goals += insatser.goals
        document.measures += insatser.measures
        // Tables the line parsers read, listed beside the grids.
        var textTables: [DocumentTable] = []
        try checkpoint("reading slides and networks")
        let slides = SlideParser(text: paragraphs, themes: domain.themes).parse(layout.paragraphLines)
        document.goals += slides.goals
        let gridNetworks = NetworkTableReader().parse(layout.tables, texts: gridTexts, skipping: Self.union(readGrids))
        if gridNetworks.read.isEmpty {
            document.networks = slides.networks
            textTables += slides.tables
        } else {
            document.networks = gridNetworks.networks
            readGrids[.networks] = gridNetworks.read
        }
        document.activities += slides.activities
        try checkpoint("reading priority areas")
        let priorities = PriorityAreaParser(text: paragraphs, casing: casing, labels: domain.labels).parse(layout.paragraphLines)
        document.goals += priorities.goals
        document.measures += priorities.measures
        try checkpoint("reading key figures")
        document.keyFigures = KeyFigureParser(rules: domain.keyFigures, defaultYear: info.period?.from)
            .figures(in: layout.paragraphLines)
        // Grids each parser took by its header, by list: the others are read by provenance or reported.
        try checkpoint("listing tables")
        document.tables = TableRegister().tables(layout.tables, texts: gridTexts, read: readGrids,
                                                 activityTables: activityTables.tables, textRead: textTables,
                                                 textLines: layout.textLines, document: document, log: &log)
        UnreadTableHeaders(roles: domain.columns).report(layout.geometryLines + layout.textLines, tables: document.tables,
                                                         log: &log)
        if document.isEmpty, lines.contains(where: { !$0.isBlank }) {
            log.emit(Diagnostic(code: .noStructureFound,
                                message: "no goals, activities, budget tables or other lists could be read from the text of \(source.pages.count) pages"))
        }
        try checkpoint("tagging themes")
        tagThemes(&document)
        document.warnings = log.sorted
        return document
    }

    /// Every grid some list took.
    private static func union(_ read: [DocumentTable.Reading: Set<Int>]) -> Set<Int> {
        read.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
    }

    /// Tags activities, measures and initiatives with themes from their own text and their goal
    /// (not their resources, which name roles, nor their area, whose name often joins several themes).
    private func tagThemes(_ document: inout PlanDocument) {
        let tagger = domain.themes
        for index in document.activities.indices {
            let item = document.activities[index]
            document.activities[index].themes = tagger.themes(
                of: [item.goal, item.activity] + item.effects)
        }
        for index in document.measures.indices {
            let item = document.measures[index]
            document.measures[index].themes = tagger.themes(of: [item.objective, item.measure, item.effect])
        }
        for index in document.initiatives.indices {
            let item = document.initiatives[index]
            document.initiatives[index].themes = tagger.themes(
                of: [item.subarea, item.name, item.description])
        }
    }
}
