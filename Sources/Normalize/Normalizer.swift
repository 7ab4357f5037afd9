import Ingest

/// The Normalize stage: turns a `SourceDocument` into a `PlanDocument`.
///
/// Stages report into `DiagnosticLog`s; their sorted diagnostics become the document's
/// `warnings`, so output never depends on stage order (nor on which of two lanes ends first).
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
        normalize(source, log: log, expired: { false }) { (_: String) throws(Never) in }
    }

    /// Normalizes `source`, stopping between stages once `deadline` has passed.
    public func normalize(_ source: SourceDocument, log: DiagnosticLog = DiagnosticLog(),
                          deadline: Deadline) throws(DeadlineExceeded) -> PlanDocument {
        try normalize(source, log: log, expired: { deadline.hasPassed }) { (stage: String) throws(DeadlineExceeded) in
            try deadline.check(path: source.path, stage: stage)
        }
    }

    /// The stages in order, `checkpoint` called before each with what it does. Work that needs
    /// nothing of its neighbour runs on a second lane beside it (`TwoLanes`): the classification
    /// beside the layout, the readings of paragraphs and rows (`ParagraphReadings`) beside the
    /// readings of grids (`GridReadings`, which depend on one another), themes beside the table
    /// register; `expired` stops the paragraph lane early.
    private func normalize<Failure: Error>(_ source: SourceDocument, log: DiagnosticLog,
                                           expired: @escaping @Sendable () -> Bool,
                                           checkpoint: (String) throws(Failure) -> Void) throws(Failure) -> PlanDocument {
        var log = log
        try checkpoint("classifying the document and reading its layout")
        let content = DocumentLayout.withoutFurniture(source)
        var vocabulary = MeasureTableReader.layoutVocabulary(roles: domain.columns, headings: domain.headings)
        let knownHeaders = UnreadTableHeaders(roles: domain.columns)
        vocabulary.tableHeader = { knownHeaders.header($0)?.cells }
        let classifier = DocumentClassifier(domain: domain)
        // The classification and the words the content prints need no layout: a lane of their own.
        let (layout, (info, printed, classifierLog)) = TwoLanes.run({ DocumentLayout(content: content, vocabulary: vocabulary) },
                                                                    beside: {
            var classified = DiagnosticLog()
            let info = classifier.classify(source, log: &classified)
            return (info, Lexicon.interiorWords(of: content.lines), classified)
        })
        log.append(classifierLog)
        var document = PlanDocument(document: info)
        let lines = layout.lines
        let casing = NormalCase(lines: lines.map(\.text))
        let lexicon = Lexicon(dictionary: domain.dictionary, words: domain.repairWords, printed: printed)
        let paragraphs = ParagraphText(lexicon: lexicon,
                                       wrapsEndInSpace: layout.wrapsEndInSpace,
                                       repairsGluedWords: layout.repairsGluedWords)
        let gridTexts = TwoLanes.map(layout.tables) { GridText($0, text: paragraphs) }
        let domain = domain
        let (grids, texts) = try TwoLanes.run({ () throws(Failure) -> GridReadings in
            try GridReadings(layout, gridTexts: gridTexts, domain: domain, paragraphs: paragraphs, casing: casing,
                             checkpoint: checkpoint)
        }, beside: {
            ParagraphReadings(layout, info: info, domain: domain, paragraphs: paragraphs, casing: casing, expired: expired)
        })
        // The second lane stops early once the deadline has passed: this names what it was reading.
        try checkpoint("reading members, projects, scorecards, initiatives, slides and key figures")
        log.append(texts.log)
        log.append(grids.log)
        document.members = texts.members
        document.projects = texts.projects
        document.budgetTables = grids.budgetTables
        document.goals = texts.scorecard.goals + texts.activityTables.goals + grids.activities.goals
            + texts.initiatives.goals + grids.measures.goals + texts.slides.goals + texts.priorities.goals
        // A goal heading over an indicator table is a goal, unless another list read it already.
        let named = Set(document.goals.map(\.goal))
        document.goals += grids.indicators.goals.filter { !named.contains($0.goal) }
        document.indicators = (texts.scorecard.indicators + grids.indicators.indicators).sorted { $0.provenance < $1.provenance }
        document.activities = texts.activityTables.activities + grids.activities.activities + texts.slides.activities
        document.initiatives = texts.initiatives.initiatives
        document.measures = grids.measures.measures + texts.priorities.measures
        document.keyFigures = texts.keyFigures
        var readGrids = grids.read
        // Tables the line parsers read, listed beside the grids.
        var textTables: [DocumentTable] = []
        if grids.networks.read.isEmpty {
            document.networks = texts.slides.networks
            textTables += texts.slides.tables
        } else {
            document.networks = grids.networks.networks
            readGrids[.networks] = grids.networks.read
        }
        // Grids each parser took by its header, by list: the others are read by provenance or reported.
        // Themes and table headers, which need no tables, are read meanwhile on the second lane.
        try checkpoint("listing tables and tagging themes")
        let untagged = document
        let tagger = domain.themes
        let unread = UnreadTableHeaders(roles: domain.columns)
        let (tables, (tagged, headers)) = TwoLanes.run({
            TableRegister().tables(layout.tables, texts: gridTexts, read: readGrids,
                                   activityTables: texts.activityTables.tables, textRead: textTables,
                                   textLines: layout.textLines,
                                   rowLines: layout.rowLines,
                                   document: untagged, log: &log)
        }, beside: {
            var tagged = untagged
            Self.tagThemes(&tagged, tagger: tagger)
            return (tagged, unread.headers(in: layout.geometryLines + layout.textLines + layout.unreadTableHeaders))
        })
        unread.report(headers, tables: tables, log: &log)
        document = tagged
        document.tables = tables
        if document.isEmpty, lines.contains(where: { !$0.isBlank }) {
            log.emit(Diagnostic(code: .noStructureFound,
                                message: "no goals, activities, budget tables or other lists could be read from the text of \(source.pages.count) pages"))
        }
        document.warnings = log.sorted
        return document
    }

    /// Tags activities, measures and initiatives with themes from their own text and their goal
    /// (not their resources, which name roles, nor their area, whose name often joins several themes).
    private static func tagThemes(_ document: inout PlanDocument, tagger: ThemeTagger) {
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
