import Ingest

/// A budget table as found on the page, before rows get kinds and amounts.
///
/// Both the text scanner and the PDF scanner produce drafts, so one builder and one
/// reconciler serve both inputs.
struct BudgetDraft: Sendable, Equatable {
    var title: String
    var unit: MoneyUnit?
    /// The unit cell as printed when no unit word names it ("EUR"), for the warning.
    var printedUnit: String?
    var columns: [BudgetColumn]
    var rows: [Row]
    /// Header and title lines, for the table's provenance.
    var headerLines: [SourceLine]

    struct Row: Sendable, Equatable {
        var label: String
        /// One entry per column; nil where nothing is printed.
        var cells: [SwedishNumber?]
        var lines: [SourceLine]
        /// The box of the row's words (PDF); nil for text.
        var bbox: BoundingBox?
        /// The layout allowed more than one reading of the numbers.
        var isAmbiguous = false
        /// Some cells are missing and the layout cannot tell which.
        var missingColumnUnknown = false
        /// Printed text in a number column that is not a number (kept, amount null).
        var unreadable: [Int: String] = [:]

        var provenance: Provenance? {
            guard var provenance = Provenance(lines: lines) else { return nil }
            if let bbox { provenance.bbox = bbox }
            return provenance
        }
    }
}
