import Foundation
import Normalize

/// Renders a `PlanDiff`: the JSON of the contract, Markdown a person reads in a pull request
/// (the counts first, then the details; words removed ~~struck~~, added **bold**), or the same as
/// a Swedish HTML page for a browser or an e-mail (`DiffHTMLPage`). Amounts and percentages are
/// written the Swedish way in both (`1 825 000 kr`, `+2,8 %`).
public struct DiffReport: Sendable {
    public var diff: PlanDiff

    public init(diff: PlanDiff) {
        self.diff = diff
    }

    /// The diff as JSON, keys in the contract's order.
    public func json() throws -> Data {
        try PlanJSON.encode(diff)
    }

    /// The diff as a self-contained HTML page in Swedish (`DiffHTMLPage`).
    public func html() -> String {
        DiffHTMLPage(diff: diff).render()
    }

    /// The diff as Markdown: counts first, then the details of each kind.
    public func markdown() -> String {
        var text = "# Plan diff: \(diff.old.id) → \(diff.new.id)\n\n"
        text += "`\(diff.old.source)` → `\(diff.new.source)`\n\n"
        guard diff.hasDifferences else { return text + "No differences in content.\n" }
        text += "## Summary\n\n| change | count |\n|---|---:|\n"
        for (name, count) in diff.summary.counts where count > 0 {
            text += "| \(name.replacingOccurrences(of: "_", with: " ")) | \(count) |\n"
        }
        text += items("Activities", diff.activities, main: "activity")
        text += items("Measures", diff.measures, main: "measure")
        text += items("Initiatives", diff.initiatives, main: "name")
        text += budget()
        text += simple("Goals", diff.goals)
        text += simple("Indicators", diff.indicators)
        text += simple("Networks", diff.networks)
        text += simple("Members", diff.members)
        text += simple("Projects", diff.projects)
        text += simple("Key figures", diff.keyFigures)
        text += tables()
        return text
    }

    private func items(_ title: String, _ changes: ItemChanges, main: String) -> String {
        guard !changes.isEmpty else { return "" }
        var text = "\n## \(title)\n"
        func label(_ item: DiffItem) -> String {
            let value = item.fields.first { $0.name == main }?.value.joined ?? ""
            let place = item.placement.compactMap(\.value).joined(separator: " / ")
            return "**\(value)**" + (place.isEmpty ? "" : " — \(place)")
        }
        if !changes.added.isEmpty { text += "\n### Added\n\n" + changes.added.map { "- \(label($0))\n" }.joined() }
        if !changes.removed.isEmpty { text += "\n### Removed\n\n" + changes.removed.map { "- \(label($0))\n" }.joined() }
        if !changes.changed.isEmpty {
            text += "\n### Changed\n\n"
            for change in changes.changed {
                text += "- \(label(change.new)) (similarity \(DiffNumbers.decimal(change.similarity)))\n"
                for field in change.wordDiff { text += "  - \(field.field): \(Self.render(field.operations))\n" }
            }
        }
        if !changes.moved.isEmpty {
            text += "\n### Moved\n\n"
            for change in changes.moved {
                let from = change.old.placement.compactMap(\.value).joined(separator: " / ")
                let to = change.new.placement.compactMap(\.value).joined(separator: " / ")
                let value = change.new.fields.first { $0.name == main }?.value.joined ?? ""
                text += "- **\(value)**: \(from) → \(to)\n"
                for field in change.wordDiff { text += "  - \(field.field): \(Self.render(field.operations))\n" }
            }
        }
        return text
    }

    private func budget() -> String {
        let changes = diff.budgetRows
        guard !(changes.changed.isEmpty && changes.added.isEmpty && changes.removed.isEmpty) else { return "" }
        var text = "\n## Budget rows\n"
        if !changes.changed.isEmpty {
            text += "\n| table | row | old | new | change | % |\n|---|---|---:|---:|---:|---:|\n"
            for change in changes.changed {
                let cells = [change.table, change.row,
                             "\(DiffNumbers.kronor(change.oldAmountSEK)) (\(change.oldYear))",
                             "\(DiffNumbers.kronor(change.newAmountSEK)) (\(change.newYear))",
                             DiffNumbers.change(change.deltaSEK), DiffNumbers.percent(change)]
                text += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        for (title, rows) in [("Added", changes.added), ("Removed", changes.removed)] where !rows.isEmpty {
            text += "\n### \(title)\n\n"
            for row in rows {
                let amounts = row.amounts.map { "\($0.year.map(String.init) ?? "–"): \(DiffNumbers.kronor($0.amountSEK))" }
                text += "- \(row.table): **\(row.row)** (\(amounts.joined(separator: ", ")))\n"
            }
        }
        return text
    }

    /// Tables added and removed by title and header, then the rows of the changed ones.
    private func tables() -> String {
        let changes = diff.tables
        guard !changes.isEmpty else { return "" }
        func label(_ title: String?, _ header: [String]) -> String {
            "**\(title ?? "(untitled)")**" + (header.isEmpty ? "" : " (\(header.joined(separator: " | ")))")
        }
        func rows(_ count: Int) -> String { count == 1 ? "1 row" : "\(count) rows" }
        var text = "\n## Tables\n\n"
        text += changes.added.map { "- added: \(label($0.title, $0.header)), \(rows($0.rowCount))\n" }.joined()
        text += changes.removed.map { "- removed: \(label($0.title, $0.header)), \(rows($0.rowCount))\n" }.joined()
        for change in changes.changed {
            text += "- changed: \(label(change.title, change.header)): \(rows(change.rowsAdded)) added, "
                + "\(rows(change.rowsRemoved)) removed\n"
            text += change.addedRows.map { "  - added: \($0.joined(separator: " | "))\n" }.joined()
            text += change.removedRows.map { "  - removed: \($0.joined(separator: " | "))\n" }.joined()
        }
        return text
    }

    private func simple<T: DiffLabelled>(_ title: String, _ changes: SimpleChanges<T>) -> String {
        guard !(changes.added.isEmpty && changes.removed.isEmpty && changes.changed.isEmpty) else { return "" }
        var text = "\n## \(title)\n\n"
        text += changes.added.map { "- added: \($0.label)\n" }.joined()
        text += changes.removed.map { "- removed: \($0.label)\n" }.joined()
        text += changes.changed.map { "- changed: \($0.old.label) → \($0.new.label)\n" }.joined()
        return text
    }

    static func render(_ operations: [WordDiff.Operation]) -> String {
        operations.map { operation in
            switch operation.op {
            case .equal: operation.text
            case .delete: "~~\(operation.text)~~"
            case .insert: "**\(operation.text)**"
            }
        }.joined(separator: " ")
    }
}

/// Reads one side of a diff: a source document (.txt, .pdf) through the pipeline, or a planpipe
/// JSON output as it is.
public struct DiffInput: Sendable {
    public var pipeline: PlanPipeline

    public init(pipeline: PlanPipeline) {
        self.pipeline = pipeline
    }

    /// The document at `url`: decoded when it is `.json`, extracted otherwise.
    public func load(_ url: URL) throws(DiffError) -> PlanDocument {
        guard url.pathExtension.lowercased() == "json" else {
            do {
                return try pipeline.extract(url)
            } catch {
                throw .unreadable(error.description)
            }
        }
        do {
            return try JSONDecoder().decode(PlanDocument.self, from: Data(contentsOf: url))
        } catch {
            throw .unreadable("\(url.relativePath): not a planpipe document JSON (\(error.localizedDescription))")
        }
    }
}

/// Why a diff could not be made.
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): reason
        }
    }
}
