import Normalize

/// A `PlanDiff` as one self-contained HTML page in Swedish (`lang="sv"`, inline CSS, no scripts)
/// for a browser or an e-mail: the counts first as a table (kind × tillagda / borttagna / ändrade /
/// flyttade), then the details of each kind in the Markdown's order. Added words are `<ins>`,
/// removed ones `<del>`; whole items added or removed are one `<ins>` or `<del>`. Budget rows are a
/// table with Swedish amounts and percentages. Every text from the documents is HTML-escaped, and
/// the same diff always gives the same bytes.
struct DiffHTMLPage {
    var diff: PlanDiff

    /// Swedish names of the items' fields and placements, by their names in the JSON.
    static let fieldNames: [String: String] = [
        "activity": "aktivitet", "resources": "resurser", "effects": "effekter", "extra": "övrigt",
        "measure": "åtgärd", "effect": "effekt", "name": "namn", "description": "beskrivning",
        "driven_by": "drivs av", "area": "område", "goal": "mål", "objective": "mål", "subarea": "delområde",
    ]

    func render() -> String {
        let title = "Ändringar: \(diff.old.id) → \(diff.new.id)"
        var body = "<h1>\(Self.escape(title))</h1>\n"
        body += "<p class=\"sources\"><code>\(Self.escape(diff.old.source))</code> → "
            + "<code>\(Self.escape(diff.new.source))</code></p>\n"
        if diff.hasDifferences {
            body += summary()
            body += items("Aktiviteter", diff.activities, main: "activity")
            body += items("Åtgärder", diff.measures, main: "measure")
            body += items("Insatser", diff.initiatives, main: "name")
            body += budget()
            body += simple("Mål", diff.goals)
            body += simple("Indikatorer", diff.indicators)
            body += simple("Nätverk", diff.networks)
            body += simple("Medlemmar", diff.members)
            body += simple("Projekt", diff.projects)
            body += simple("Nyckeltal", diff.keyFigures)
            body += tables()
        } else {
            body += "<p>Inga skillnader i innehållet.</p>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; color: #1d1d1f;
               max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #999; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .year, .place, .similarity, .sources { color: #555; }
        .field { font-style: italic; }
        ins { background: #d7f5dd; color: #0b5d1e; text-decoration: none; }
        del { background: #fbe0e0; color: #8a1c1c; }
        """

    private static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// One row per kind that has a change, one column per kind of change.
    private func summary() -> String {
        typealias Counts = (kind: String, added: Int, removed: Int, changed: Int, moved: Int?)
        func item(_ kind: String, _ changes: ItemChanges) -> Counts {
            (kind, changes.added.count, changes.removed.count, changes.changed.count, changes.moved.count)
        }
        func simple<T>(_ kind: String, _ changes: SimpleChanges<T>) -> Counts {
            (kind, changes.added.count, changes.removed.count, changes.changed.count, nil)
        }
        let budget = diff.budgetRows, tables = diff.tables
        let rows: [Counts] = [
            item("Aktiviteter", diff.activities), item("Åtgärder", diff.measures), item("Insatser", diff.initiatives),
            ("Budgetrader", budget.added.count, budget.removed.count, budget.changed.count, nil),
            simple("Mål", diff.goals), simple("Indikatorer", diff.indicators), simple("Nätverk", diff.networks),
            simple("Medlemmar", diff.members), simple("Projekt", diff.projects), simple("Nyckeltal", diff.keyFigures),
            ("Tabeller", tables.added.count, tables.removed.count, tables.changed.count, nil),
        ]
        var text = "<h2>Sammanfattning</h2>\n<table class=\"summary\">\n<thead><tr><th>del</th>"
            + "<th class=\"num\">tillagda</th><th class=\"num\">borttagna</th><th class=\"num\">ändrade</th>"
            + "<th class=\"num\">flyttade</th></tr></thead>\n<tbody>\n"
        for row in rows where row.added + row.removed + row.changed + (row.moved ?? 0) > 0 {
            let cells = [row.added, row.removed, row.changed].map(String.init) + [row.moved.map(String.init) ?? "–"]
            text += "<tr><th>\(row.kind)</th>" + cells.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>\n"
        }
        return text + "</tbody>\n</table>\n"
    }

    private func items(_ title: String, _ changes: ItemChanges, main: String) -> String {
        guard !changes.isEmpty else { return "" }
        func value(_ item: DiffItem) -> String {
            Self.escape(item.fields.first { $0.name == main }?.value.joined ?? "")
        }
        func place(_ item: DiffItem) -> String {
            Self.escape(item.placement.compactMap(\.value).joined(separator: " / "))
        }
        func label(_ item: DiffItem, tag: String) -> String {
            let placeText = place(item)
            return "<\(tag)>\(value(item))</\(tag)>"
                + (placeText.isEmpty ? "" : " <span class=\"place\">— \(placeText)</span>")
        }
        func fieldDiffs(_ change: ItemChanges.Change) -> String {
            guard !change.wordDiff.isEmpty else { return "" }
            return "<ul>\n" + change.wordDiff.map {
                "<li><span class=\"field\">\(Self.escape(Self.fieldNames[$0.field] ?? $0.field))</span>: "
                    + "\(Self.words($0.operations))</li>\n"
            }.joined() + "</ul>"
        }
        var text = "<h2>\(title)</h2>\n"
        text += list("Tillagda", changes.added.map { label($0, tag: "ins") })
        text += list("Borttagna", changes.removed.map { label($0, tag: "del") })
        text += list("Ändrade", changes.changed.map {
            label($0.new, tag: "strong")
                + " <span class=\"similarity\">(likhet \(DiffNumbers.decimal($0.similarity)))</span>" + fieldDiffs($0)
        })
        text += list("Flyttade", changes.moved.map {
            "<strong>\(value($0.new))</strong>: <span class=\"place\">\(place($0.old)) → \(place($0.new))</span>"
                + fieldDiffs($0)
        })
        return text
    }

    private func budget() -> String {
        let changes = diff.budgetRows
        guard !(changes.changed.isEmpty && changes.added.isEmpty && changes.removed.isEmpty) else { return "" }
        func amount(_ kronor: Int?, year: Int) -> String {
            "<td class=\"num\">\(DiffNumbers.kronor(kronor)) <span class=\"year\">(\(year))</span></td>"
        }
        var text = "<h2>Budgetrader</h2>\n"
        if !changes.changed.isEmpty {
            text += "<table class=\"budget\">\n<thead><tr><th>tabell</th><th>rad</th><th class=\"num\">före</th>"
                + "<th class=\"num\">efter</th><th class=\"num\">förändring</th><th class=\"num\">%</th></tr></thead>\n"
                + "<tbody>\n"
            for change in changes.changed {
                text += "<tr><td>\(Self.escape(change.table))</td><td>\(Self.escape(change.row))</td>"
                    + amount(change.oldAmountSEK, year: change.oldYear) + amount(change.newAmountSEK, year: change.newYear)
                    + "<td class=\"num\">\(DiffNumbers.change(change.deltaSEK))</td>"
                    + "<td class=\"num\">\(DiffNumbers.percent(change))</td></tr>\n"
            }
            text += "</tbody>\n</table>\n"
        }
        func row(_ row: BudgetRowChanges.Row, tag: String) -> String {
            let amounts = row.amounts.map { "\($0.year.map(String.init) ?? "–"): \(DiffNumbers.kronor($0.amountSEK))" }
            return "\(Self.escape(row.table)): <\(tag)>\(Self.escape(row.row))</\(tag)> "
                + "(\(amounts.joined(separator: ", ")))"
        }
        text += list("Tillagda rader", changes.added.map { row($0, tag: "ins") })
        text += list("Borttagna rader", changes.removed.map { row($0, tag: "del") })
        return text
    }

    /// Added and removed entries whole; a changed one as the word diff of its old and new label.
    private func simple<T: DiffLabelled>(_ title: String, _ changes: SimpleChanges<T>) -> String {
        guard !(changes.added.isEmpty && changes.removed.isEmpty && changes.changed.isEmpty) else { return "" }
        var text = "<h2>\(title)</h2>\n"
        text += list("Tillagda", changes.added.map { "<ins>\(Self.escape($0.label))</ins>" })
        text += list("Borttagna", changes.removed.map { "<del>\(Self.escape($0.label))</del>" })
        text += list("Ändrade", changes.changed.map { Self.words(WordDiff.operations($0.old.label, $0.new.label)) })
        return text
    }

    /// Tables added and removed by title and header, then the rows of the changed ones.
    private func tables() -> String {
        let changes = diff.tables
        guard !changes.isEmpty else { return "" }
        func label(_ title: String?, _ header: [String]) -> String {
            "<strong>\(Self.escape(title ?? "(utan rubrik)"))</strong>"
                + (header.isEmpty ? "" : " (\(Self.escape(header.joined(separator: " | "))))")
        }
        func rows(_ count: Int) -> String { count == 1 ? "1 rad" : "\(count) rader" }
        func rows(_ count: Int, _ singular: String, _ plural: String) -> String {
            count == 1 ? "1 rad \(singular)" : "\(count) rader \(plural)"
        }
        func cells(_ row: [String], tag: String) -> String {
            "<li><\(tag)>\(Self.escape(row.joined(separator: " | ")))</\(tag)></li>\n"
        }
        var text = "<h2>Tabeller</h2>\n"
        text += list("Tillagda", changes.added.map { label($0.title, $0.header) + ", " + rows($0.rowCount) })
        text += list("Borttagna", changes.removed.map { label($0.title, $0.header) + ", " + rows($0.rowCount) })
        text += list("Ändrade", changes.changed.map { change in
            label(change.title, change.header) + ": \(rows(change.rowsAdded, "tillagd", "tillagda")), "
                + rows(change.rowsRemoved, "borttagen", "borttagna")
                + "<ul>\n" + change.addedRows.map { cells($0, tag: "ins") }.joined()
                + change.removedRows.map { cells($0, tag: "del") }.joined() + "</ul>"
        })
        return text
    }

    /// A titled list of entries already in HTML; nothing when there are none.
    private func list(_ title: String, _ entries: [String]) -> String {
        guard !entries.isEmpty else { return "" }
        return "<h3>\(title)</h3>\n<ul>\n" + entries.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }

    /// A word diff: removed runs `<del>`, added runs `<ins>`, the words escaped.
    static func words(_ operations: [WordDiff.Operation]) -> String {
        operations.map { operation in
            let text = escape(operation.text)
            return switch operation.op {
            case .equal: text
            case .delete: "<del>\(text)</del>"
            case .insert: "<ins>\(text)</ins>"
            }
        }.joined(separator: " ")
    }
}
