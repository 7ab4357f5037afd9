import Ingest

/// The lists read from a document's grids, in the order they depend on one another: budget
/// tables first, then activity tables among the grids left, then measures, then networks, then
/// indicators. Each
/// takes the grids its header names; the grids taken are skipped by the readers after it.
struct GridReadings {
    var budgetTables: [BudgetTable] = []
    var activities: (goals: [Goal], activities: [Activity]) = ([], [])
    var measures: (goals: [Goal], measures: [Measure]) = ([], [])
    var networks: (networks: [Network], read: Set<Int>) = ([], [])
    var indicators: (goals: [Goal], indicators: [Indicator]) = ([], [])
    /// The grids each list took (networks' apart: they count only when the slides have none).
    var read: [DocumentTable.Reading: Set<Int>] = [:]
    var log = DiagnosticLog()

    init<Failure: Error>(_ layout: DocumentLayout, gridTexts: [GridText], domain: DomainData, paragraphs: ParagraphText,
                         casing: NormalCase, checkpoint: (String) throws(Failure) -> Void) throws(Failure) {
        try checkpoint("reading budget tables")
        var budgetGrids = Set<Int>()
        budgetTables = BudgetExtractor(casing: casing, figureColumns: domain.columns.words(of: "figures", in: "budget"),
                                       rowWords: domain.budgetRows)
            .tables(in: layout, gridTexts: gridTexts, read: &budgetGrids, log: &log)
        read[.budgetTables] = budgetGrids
        try checkpoint("reading activities")
        let gridActivities = ActivityGridReader(text: paragraphs, roles: domain.columns, headings: domain.headings)
            .parse(pages: layout.pageRows, tables: layout.tables, texts: gridTexts, skipping: taken)
        read[.activities] = gridActivities.read
        activities = (gridActivities.result.goals, gridActivities.result.activities)
        try checkpoint("reading measures")
        let insatser = MeasureTableReader(text: paragraphs, roles: domain.columns, headings: domain.headings)
            .parse(layout.content.pages, blocks: layout.blocks, tables: layout.tables, texts: gridTexts, skipping: taken)
        read[.measures] = insatser.read
        measures = (insatser.goals, insatser.measures)
        try checkpoint("reading networks")
        let found = NetworkTableReader().parse(layout.tables, texts: gridTexts, skipping: taken)
        networks = (found.networks, found.read)
        try checkpoint("reading indicator tables")
        let measured = IndicatorTableReader(roles: domain.columns, headings: domain.headings)
            .parse(pages: layout.content.pages, blocks: layout.blocks, tables: layout.tables, texts: gridTexts, skipping: taken.union(found.read))
        read[.indicators] = measured.read
        indicators = (measured.goals, measured.indicators)
    }

    /// Every grid some list took so far.
    private var taken: Set<Int> {
        read.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
    }
}
