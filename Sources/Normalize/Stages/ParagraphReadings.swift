import Ingest

/// The lists read from a document's paragraphs, rows and text lines, which no reading of its
/// grids depends on: members, projects, scorecards, a dump's activity tables, initiatives,
/// slides, priority areas and key figures. `Normalizer` reads them on a second lane while the
/// grids are read, and adds them to the document in a fixed order, so output does not depend on
/// which lane finishes first.
struct ParagraphReadings: Sendable {
    var members: [Member] = []
    var projects: [Project] = []
    var scorecard: (goals: [Goal], indicators: [Indicator]) = ([], [])
    var activityTables = ActivityTextParser.Result()
    var initiatives = InitiativeParser.Result()
    var slides: (goals: [Goal], networks: [Network], activities: [Activity], tables: [DocumentTable]) = ([], [], [], [])
    var priorities: (goals: [Goal], measures: [Measure]) = ([], [])
    var keyFigures: [KeyFigure] = []
    var log = DiagnosticLog()

    /// Reads `layout`; once `expired` says so, the readings not yet begun are left empty (the
    /// caller then stops the document). A dump's activity tables, the longest of these readings
    /// in a text dump (and nothing in a PDF, whose tables are grids), are read beside the others.
    init(_ layout: DocumentLayout, info: DocumentInfo, domain: DomainData, paragraphs: ParagraphText,
         casing: NormalCase, expired: @escaping @Sendable () -> Bool) {
        let activityParser = ActivityTextParser(text: paragraphs, roles: domain.columns, headings: domain.headings,
                                                cellWords: domain.cellWords)
        let (readings, activityTables) = TwoLanes.run({
            Self(others: layout, info: info, domain: domain, paragraphs: paragraphs, casing: casing, expired: expired)
        }, beside: {
            expired() ? ActivityTextParser.Result() : activityParser.parse(layout.textLines)
        })
        self = readings
        self.activityTables = activityTables
    }

    /// Every reading but the dump's activity tables.
    private init(others layout: DocumentLayout, info: DocumentInfo, domain: DomainData, paragraphs: ParagraphText,
                 casing: NormalCase, expired: () -> Bool) {
        members = MemberFinder(domain: domain).members(in: layout.paragraphLines, organization: info.organization.id)
        projects = ProjectParser().projects(in: layout.rowLines, log: &log)
        if expired() { return }
        scorecard = ScorecardParser(text: paragraphs, casing: casing, headings: domain.headings, labels: domain.labels)
            .parse(layout.paragraphLines)
        if expired() { return }
        let initiativeParser = InitiativeParser(text: paragraphs, casing: casing, ownerPhrases: domain.ownerPhrases)
        initiatives = InitiativeBlockReader(parser: initiativeParser, headings: domain.headings).parse(layout.blocks, log: &log)
        if expired() { return }
        slides = SlideParser(text: paragraphs, themes: domain.themes).parse(layout.paragraphLines)
        if expired() { return }
        priorities = PriorityAreaParser(text: paragraphs, casing: casing, labels: domain.labels).parse(layout.paragraphLines)
        if expired() { return }
        keyFigures = KeyFigureParser(rules: domain.keyFigures, defaultYear: info.period?.from)
            .figures(in: layout.paragraphLines)
    }
}
