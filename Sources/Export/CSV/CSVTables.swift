import Foundation
import Ingest
import Normalize

/// The tidy tables of `out/csv/`: one row per fact, each with its document id and provenance,
/// so they can be joined back to the documents.
public struct CSVTable: Sendable {
    public struct Column: Sendable {
        public enum Kind: String, Sendable { case string, integer, number, date }
        public var name: String
        public var kind: Kind
        public var description: String
    }

    public var name: String
    public var description: String
    public var columns: [Column]
    public var rows: @Sendable (PlanDocument) -> [[CSVValue]]

    /// Lists inside one cell (effects, owners, themes) are joined with this.
    public static let listSeparator = " | "

    public static let all: [CSVTable] = [
        activities, goals, measures, initiatives, indicators, indicatorTargets, budgetRows, projects, members, keyFigures, networks,
        tables, warnings,
    ]

    static func column(_ name: String, _ kind: Column.Kind, _ description: String) -> Column {
        Column(name: name, kind: kind, description: description)
    }

    static let documentColumns = [
        column("document_id", .string, "The document's id, the name of its JSON file"),
        column("organization_id", .string, "fyrbodal, skaraborg, sjuharad, goteborgsregionen or empty"),
    ]
    static let provenanceColumns = [
        column("page", .integer, "Page of the source (1-based)"),
        column("line_from", .integer, "First line of the source (1-based)"),
        column("line_to", .integer, "Last line of the source"),
    ]

    static func document(_ document: PlanDocument) -> [CSVValue] {
        [.string(document.document.id), CSVValue(document.document.organization.id)]
    }

    static func provenance(_ provenance: Provenance?) -> [CSVValue] {
        [CSVValue(provenance?.page), CSVValue(provenance?.lines.lowerBound), CSVValue(provenance?.lines.upperBound)]
    }

    static func list(_ values: [String]) -> CSVValue { .string(values.joined(separator: listSeparator)) }

    static let activities = CSVTable(
        name: "activities", description: "Rows of activity tables (Aktivitet / Resurser / Önskade effekter)",
        columns: documentColumns + [
            column("area", .string, "Strategic area"), column("goal", .string, "Strategic goal"),
            column("activity", .string, "The activity"), column("resources", .string, "Resources"),
            column("effects", .string, "Desired long-term effects, joined by ' | '"),
            column("extra", .string, "Columns without a role as 'Header: text', joined by ' | '"),
            column("themes", .string, "Theme ids, joined by ' | '"),
        ] + provenanceColumns,
        rows: { document in
            document.activities.map { item in
                Self.document(document) + [CSVValue(item.area), CSVValue(item.goal), .string(item.activity),
                                           .string(item.resources), list(item.effects),
                                           list(item.extra.cells.map { "\($0.header): \($0.text)" }),
                                           list(item.themes.map(\.rawValue))] + provenance(item.provenance)
            }
        })

    static let goals = CSVTable(
        name: "goals", description: "Goals with their descriptions, effects and linked goals",
        columns: documentColumns + [
            column("area", .string, "Area the goal belongs to"), column("goal", .string, "The goal, without its number"),
            column("number", .string, "The goal's printed number (2.1), if any"),
            column("description", .string, "Its description"),
            column("effects", .string, "Effects to reach, joined by ' | '"),
            column("linked_goals", .string, "Goals it is linked to, joined by ' | '"),
        ] + provenanceColumns,
        rows: { document in
            document.goals.map { item in
                Self.document(document) + [CSVValue(item.area), .string(item.goal), CSVValue(item.number),
                                           CSVValue(item.description),
                                           list(item.effects), list(item.linkedGoals)] + provenance(item.provenance)
            }
        })

    static let measures = CSVTable(
        name: "measures", description: "Prioritized measures (insatser) with their effects",
        columns: documentColumns + [
            column("area", .string, "Insatsområde"), column("objective", .string, "Delmål"),
            column("measure", .string, "The measure"), column("effect", .string, "Its effect"),
            column("themes", .string, "Theme ids, joined by ' | '"),
        ] + provenanceColumns,
        rows: { document in
            document.measures.map { item in
                Self.document(document) + [CSVValue(item.area), CSVValue(item.objective), .string(item.measure),
                                           CSVValue(item.effect), list(item.themes.map(\.rawValue))]
                    + provenance(item.provenance)
            }
        })

    static let initiatives = CSVTable(
        name: "initiatives", description: "Initiatives of a handlingsplan with their owners",
        columns: documentColumns + [
            column("area", .string, "Fokusområde"), column("subarea", .string, "Delområde"),
            column("name", .string, "Initiative"), column("description", .string, "Description"),
            column("driven_by", .string, "Owners, joined by ' | '"),
            column("themes", .string, "Theme ids, joined by ' | '"),
        ] + provenanceColumns,
        rows: { document in
            document.initiatives.map { item in
                Self.document(document) + [CSVValue(item.area), CSVValue(item.subarea), .string(item.name),
                                           .string(item.description), list(item.drivenBy),
                                           list(item.themes.map(\.rawValue))] + provenance(item.provenance)
            }
        })

    static let indicators = CSVTable(
        name: "indicators", description: "Indicators that measure goals, with the baseline and source of a table's",
        columns: documentColumns + [
            column("goal", .string, "The goal, empty when none is named"), column("indicator", .string, "The indicator"),
            column("baseline", .string, "The baseline as printed"), column("baseline_year", .integer, "Year of the baseline"),
            column("baseline_value", .number, "The baseline's number (72 for '72 %')"),
            column("baseline_unit", .string, "The unit printed after it: %, st, kr …"),
            column("targets", .string, "Targets as 'year: text', joined by ' | ' (one row each in indicator_targets)"),
            column("source", .string, "Where the figures come from"),
            column("extra", .string, "Columns without a role as 'Header: text', joined by ' | '"),
        ] + provenanceColumns,
        rows: { document in
            document.indicators.map { item in
                Self.document(document) + [CSVValue(item.goal), .string(item.text), CSVValue(item.baseline?.text),
                                           CSVValue(item.baseline?.year), CSVValue(item.baseline?.value),
                                           CSVValue(item.baseline?.unit),
                                           list(item.targets.map { target in target.year.map { "\($0): \(target.text)" } ?? target.text }),
                                           CSVValue(item.source), list(item.extra.cells.map { "\($0.header): \($0.text)" })]
                    + provenance(item.provenance)
            }
        })

    static let indicatorTargets = CSVTable(
        name: "indicator_targets", description: "Targets of indicators in long format: one row per indicator and target",
        columns: documentColumns + [
            column("goal", .string, "The goal, empty when none is named"), column("indicator", .string, "The indicator"),
            column("year", .integer, "Year the target is for, empty when its column names none"),
            column("text", .string, "The target as printed"),
            column("value", .number, "The target's number (75 for '75 %')"),
            column("unit", .string, "The unit printed after it: %, st, kr …"),
        ] + provenanceColumns,
        rows: { document in
            document.indicators.flatMap { item in
                item.targets.map { target in
                    Self.document(document) + [CSVValue(item.goal), .string(item.text), CSVValue(target.year),
                                               .string(target.text), CSVValue(target.value), CSVValue(target.unit)]
                        + provenance(item.provenance)
                }
            }
        })

    static let budgetRows = CSVTable(
        name: "budget_rows", description: "Budget cells in long format: one row per table row and column",
        columns: documentColumns + [
            column("table", .string, "Table title"), column("scope", .string, "totalt or the unit"),
            column("unit", .string, "Printed unit: kr, tkr, mnkr, % …"),
            column("row", .string, "Row label"), column("kind", .string, "income, cost, subtotal, total, result, memo, other"),
            column("column_label", .string, "Column header"), column("column_year", .integer, "Year of the column"),
            column("column_basis", .string, "budget, bokslut, utfall, prognos or plan; empty for a bare year"),
            column("amount_sek", .integer, "Amount in whole kronor, sign as printed; empty when the cell is empty"),
            column("text", .string, "The cell as printed"),
        ] + provenanceColumns,
        rows: { document in
            document.budgetTables.flatMap { table in
                table.rows.flatMap { row in
                    zip(table.columns, row.cells).map { column, cell in
                        Self.document(document) + [.string(table.title), .string(table.scope), .string(table.unit),
                                                   .string(row.label), .string(row.kind.rawValue),
                                                   .string(column.label), CSVValue(column.year),
                                                   CSVValue(column.basis?.rawValue),
                                                   CSVValue(cell.amountSEK), .string(cell.text)]
                            + provenance(row.provenance)
                    }
                }
            }
        })

    static let projects = CSVTable(
        name: "projects", description: "Projects with their periods",
        columns: documentColumns + [column("name", .string, "Project"), column("start", .date, "First day"),
                                    column("end", .date, "Last day")] + provenanceColumns,
        rows: { document in
            document.projects.map { Self.document(document) + [.string($0.name), CSVValue($0.start), CSVValue($0.end)]
                + provenance($0.provenance) }
        })

    static let members = CSVTable(
        name: "members", description: "Member municipalities with their SCB kommunkod",
        columns: documentColumns + [column("name", .string, "Municipality"),
                                    column("municipality_code", .string, "4-digit SCB kommunkod (Kolada id)")]
            + provenanceColumns,
        rows: { document in
            document.members.map { Self.document(document) + [.string($0.name), .string($0.municipalityCode)]
                + provenance($0.provenance) }
        })

    static let keyFigures = CSVTable(
        name: "key_figures", description: "Key figures stated in running text",
        columns: documentColumns + [column("name", .string, "Figure"), column("value", .number, "Value"),
                                    column("unit", .string, "Unit: kr, %, kr/invånare"),
                                    column("year", .integer, "Year")] + provenanceColumns,
        rows: { document in
            document.keyFigures.map { Self.document(document) + [.string($0.name), .number($0.value), .string($0.unit),
                                                               CSVValue($0.year)] + provenance($0.provenance) }
        })

    static let networks = CSVTable(
        name: "networks", description: "Networks by group",
        columns: documentColumns + [column("name", .string, "Network"), column("group", .string, "Group heading")]
            + provenanceColumns,
        rows: { document in
            document.networks.map { Self.document(document) + [.string($0.name), CSVValue($0.group)] + provenance($0.provenance) }
        })

    static let tables = CSVTable(
        name: "tables", description: "Cells of every table region the layout found, in long format: one row per cell",
        columns: documentColumns + [
            column("table", .integer, "Index of the table in the document (1-based, reading order)"),
            column("title", .string, "Heading printed above the table, or empty"),
            column("read_as", .string, "The list that took the table (activities, budget_tables …), empty when none did"),
            column("row", .integer, "0 for the header, then body rows (1-based)"),
            column("column", .integer, "Column (1-based)"), column("text", .string, "The cell as printed"),
        ] + provenanceColumns,
        rows: { document in
            document.tables.enumerated().flatMap { index, table in
                ([table.header] + table.rows).enumerated().flatMap { row, cells in
                    cells.enumerated().map { column, text in
                        Self.document(document) + [.integer(index + 1), CSVValue(table.title),
                                                   CSVValue(table.readAs?.rawValue), .integer(row),
                                                   .integer(column + 1), .string(text)] + provenance(table.provenance)
                    }
                }
            }
        })

    static let warnings = CSVTable(
        name: "warnings", description: "Warnings about the documents' content",
        columns: documentColumns + [column("code", .string, "Warning code"), column("message", .string, "Message")]
            + provenanceColumns,
        rows: { document in
            document.warnings.map { Self.document(document) + [.string($0.code.rawValue), .string($0.message)]
                + provenance($0.provenance) }
        })
}
