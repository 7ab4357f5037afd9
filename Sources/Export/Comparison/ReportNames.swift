import Normalize

/// Names for people in the reports: themes ("Klimat och miljö") from `themes.json` and document
/// kinds ("Budget och verksamhetsplan") from `document-kinds.json`. Where the data cannot be
/// loaded (it always can once a document was normalized), the ids are shown instead.
struct ReportNames: Sendable {
    var themes: [Theme: String]
    var kinds: [DocumentKind: String]

    static func bundled() -> ReportNames {
        guard let domain = try? DomainData.bundled() else { return ReportNames(themes: [:], kinds: [:]) }
        return ReportNames(themes: domain.themes.labels,
                           kinds: Dictionary(domain.kinds.map { ($0.kind, $0.title) }, uniquingKeysWith: { first, _ in first }))
    }
}
