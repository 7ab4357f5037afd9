import Normalize

/// A document's content, list by list, as comparable text with provenance left out and white
/// space removed (a dump's damage glues or splits words where a PDF prints them apart).
struct DocumentContent: Equatable {
    var lists: [String: [String]]

    static let names = ["activities", "measures", "initiatives", "goals", "budget_cells", "projects",
                        "indicators", "members", "networks", "key_figures"]

    init(_ document: PlanDocument) {
        func key(_ parts: String?...) -> String {
            parts.map { ($0 ?? "∅").filter { !$0.isWhitespace } }.joined(separator: "|")
        }
        lists = [
            "activities": document.activities.map {
                key($0.area, $0.goal, $0.activity, $0.resources, $0.effects.joined(separator: "¶"))
            },
            "measures": document.measures.map { key($0.area, $0.objective, $0.measure, $0.effect) },
            "initiatives": document.initiatives.map {
                key($0.area, $0.subarea, $0.name, $0.description, $0.drivenBy.joined(separator: ","))
            },
            "goals": document.goals.map {
                key($0.area, $0.goal, $0.description, $0.effects.joined(separator: "¶"), $0.linkedGoals.joined(separator: "¶"))
            },
            "budget_cells": document.budgetTables.flatMap { table in
                table.rows.flatMap { row in row.cells.map { key(table.title, row.label, $0.text) } }
            },
            "projects": document.projects.map { key($0.name, $0.start, $0.end) },
            "indicators": document.indicators.map { key($0.goal, $0.text) },
            "members": document.members.map { key($0.name, $0.municipalityCode) },
            "networks": document.networks.map { key($0.name, $0.group) },
            "key_figures": document.keyFigures.map { key($0.name, String($0.value), $0.unit, $0.year.map(String.init)) },
        ]
    }

    /// How many items of `list` are the same on both sides, in order.
    func same(_ list: String, as other: DocumentContent) -> Int {
        zip(lists[list] ?? [], other.lists[list] ?? []).filter { $0 == $1 }.count
    }
}
