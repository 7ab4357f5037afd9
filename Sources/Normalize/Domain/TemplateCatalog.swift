import Foundation
import Ingest

/// What planpipe knows of plan templates, from the data files in `Resources/`: the header words of
/// each table's columns, the heading words, the budget header shapes and row words, and the
/// document kinds. `planpipe templates` prints it, so a user can see why a table was or was not
/// read and which file takes a new word.
public struct TemplateCatalog: Sendable {
    public var domain: DomainData

    public init(domain: DomainData) {
        self.domain = domain
    }

    /// The catalog as text, one section per data file.
    public func report() -> String {
        var out: [String] = []
        let columns = domain.columns
        out.append("Header words match the start of a header cell as whole words, case-folded.")
        out.append("")
        out.append("Activity tables (columns.json, table \"activities\"): a header with an activity column and a")
        out.append("resources or effects column. Columns of other roles, and columns whose header has no role, are")
        out.append("kept in activities[].extra under their header.")
        out += Self.roleLines(columns.roles.filter { $0.table == "activities" })
        out.append("")
        out.append("Glued cells in a dump (cell-words.json): resources open with a role or money, effects with a state.")
        out.append(Self.wrapped("role endings", domain.cellWords.resources.roleSuffixes))
        out.append(Self.wrapped("money", domain.cellWords.resources.moneyWords.sorted()))
        out.append(Self.wrapped("states", domain.cellWords.effects.stateWords.sorted()))
        out.append(Self.wrapped("verbs second", domain.cellWords.effects.secondPositionVerbs.sorted()))
        out.append("")
        out.append("Measure tables (columns.json, table \"measures\"): a header with a measure and an effect column.")
        out += Self.roleLines(columns.roles.filter { $0.table == "measures" })
        out.append("")
        out.append("Budget tables: a unit cell (\(Self.unitCells.joined(separator: "; "))),")
        out.append("then columns, each a year with its basis before it (\(BudgetColumn.Basis.allCases.map(\.rawValue.capitalized).joined(separator: ", "))")
        out.append("+ \"2026\", or the year alone) or a column that is no year (columns.json, table \"budget\"):")
        out += Self.roleLines(columns.roles.filter { $0.table == "budget" })
        out.append("Rows that make the result (budget-rows.json):")
        out.append(Self.wrapped("operating result", domain.budgetRows.operatingResults))
        out.append(Self.wrapped("financial items", domain.budgetRows.financialItems.map(\.words)))
        out.append("Row kinds by their first words, sections by a stem anywhere (budget-rows.json):")
        let kinds = domain.budgetRows.kinds
        out.append(Self.wrapped("memo", kinds.memo))
        out.append(Self.wrapped("subtotal", kinds.subtotal))
        out.append(Self.wrapped("total", kinds.total))
        out.append(Self.wrapped("result", kinds.result))
        out.append(Self.wrapped("cost section", domain.budgetRows.sections.cost))
        out.append(Self.wrapped("income section", domain.budgetRows.sections.income))
        out.append("")
        out.append("Headings (headings.json): \"<word> [number] [: | - | –] <name>\", as in \"Målområde 1: Välfärd\".")
        for entry in domain.headings.headings {
            let kind = entry.marked == true ? "\(entry.kind.rawValue) (with a number or a colon)" : entry.kind.rawValue
            out.append(Self.wrapped(kind, entry.words))
        }
        out.append("Section labels (headings.json, \"labels\"): a short line opening with one names a section's part.")
        for entry in domain.labels.labels {
            let part = entry.whole == true ? "\(entry.part.rawValue) (whole line)" : entry.part.rawValue
            out.append(Self.wrapped(part, entry.words))
        }
        out.append("")
        out.append("Initiatives (initiatives.json): \"Name: text\" list items; a sentence opening with an owner")
        out.append("phrase names who drives one (\"Drivs av SKR och Inera.\").")
        out.append(Self.wrapped("owner phrases", domain.ownerPhrases.phrases))
        out.append("")
        out.append("Document kinds (document-kinds.json): the title words that name each kind.")
        for entry in domain.kinds {
            out.append(Self.wrapped(entry.kind.rawValue, entry.stems))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// How planpipe reads one header or heading line: each cell's role, and whether it opens an
    /// activity, measures or budget table or is a heading. Cells are split at " | ", tabs or wide
    /// gaps; a header printed on one line is split where header words begin.
    public func explain(_ line: String) -> String {
        let text = line.collapsingWhitespace
        var out = ["\"\(text)\""]
        let roles = domain.columns
        for table in ["activities", "measures"] {
            let cells = Self.cells(of: line) ?? roles.cells(of: text, in: table, minimum: 1) ?? [text]
            let named = cells.map { cell in "\(cell) → \(roles.role(of: cell, in: table) ?? "no role")" }
            out.append("  \(table) cells: \(named.joined(separator: "; "))")
            out.append("  \(table) table: \(verdict(cells, table: table))")
        }
        let figures = roles.words(of: "figures", in: "budget")
        if let header = BudgetHeader.parse(text, figureColumns: figures)
            ?? BudgetHeader.parse(Self.cells(of: line)?.joined(separator: "   ") ?? text, figureColumns: figures) {
            let columns = header.columns.map { column in
                [column.label, column.year.map { "year \($0)" }, column.basis.map { "basis \($0.rawValue)" }]
                    .compactMap { $0 }.joined(separator: ", ")
            }
            out.append("  budget header: yes, unit \(header.unit?.rawValue ?? "from the title or rows"); columns: \(columns.joined(separator: " | "))")
        } else {
            out.append("  budget header: no (needs a unit cell or years with their basis; columns.json lists the columns that are no year)")
        }
        if let heading = domain.headings.heading(text) {
            let number = heading.number.map { " number \($0)," } ?? ""
            out.append("  heading: \(heading.kind.rawValue) heading,\(number) name \"\(heading.name)\"")
        } else {
            out.append("  heading: no (headings.json)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func verdict(_ cells: [String], table: String) -> String {
        let roles = domain.columns
        switch table {
        case "activities":
            guard let columns = ActivityColumns(headers: cells, roles: roles) else {
                let named = Set(cells.compactMap { roles.role(of: $0, in: table) })
                if !named.contains("activity") { return "no (no activity column)" }
                if named.isDisjoint(with: ["resources", "effects"]) { return "no (no resources or effects column)" }
                return "no (a measures header: every column a measure or effect column)"
            }
            let extra = zip(columns.headers, columns.roles).filter { $0.1 == .extra }.map(\.0)
            return extra.isEmpty ? "yes" : "yes; kept in extra: \(extra.joined(separator: ", "))"
        default:
            let found = roles.columns(of: cells, in: table, roles: MeasureTableReader.wantedRoles) != nil
            return found ? "yes" : "no (needs \(MeasureTableReader.wantedRoles.joined(separator: " and ")) columns)"
        }
    }

    /// The unit cells a budget header may start with, as `BudgetHeader.unitHeader` reads them:
    /// a unit alone, or after "Belopp" ("Belopp (tkr)", "Belopp, tkr", "Belopp i tkr").
    static var unitCells: [String] {
        MoneyUnit.allCases.map(\.rawValue.capitalized) + ["Belopp (<unit>)", "Belopp, <unit>", "Belopp i <unit>"]
    }

    /// Cells written apart by " | ", a tab or three spaces; nil when the line has one cell.
    private static func cells(of line: String) -> [String]? {
        let separated = line.replacingOccurrences(of: "\t", with: "|").replacingOccurrences(of: "   ", with: "|")
        let cells = separated.split(separator: "|").map { String($0).collapsingWhitespace }.filter { !$0.isEmpty }
        return cells.count > 1 ? cells : nil
    }

    private static func roleLines(_ entries: [ColumnRoles.Entry]) -> [String] {
        entries.map { wrapped($0.role, $0.words) }
    }

    /// "  <name>  word, word, …" wrapped at 100 characters under the first word.
    private static func wrapped(_ name: String, _ words: [String]) -> String {
        let indent = String(repeating: " ", count: 2)
        let lead = indent + name.padding(toLength: max(name.count, 18), withPad: " ", startingAt: 0) + "  "
        var lines: [String] = []
        var current = lead
        for (index, word) in words.enumerated() {
            let piece = word + (index < words.count - 1 ? "," : "")
            if current.count + piece.count > 100, current != lead {
                lines.append(String(current.dropLast()))
                current = String(repeating: " ", count: lead.count)
            }
            current += piece + " "
        }
        lines.append(String(current.dropLast()))
        return lines.joined(separator: "\n")
    }
}
