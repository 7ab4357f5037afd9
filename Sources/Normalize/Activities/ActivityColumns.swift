import Ingest

/// The columns of an activity table, from its header cells and the roles of `columns.json`.
///
/// A header is an activity table's when it holds the `activity` role and `resources` or `effects`,
/// and is not a measures header (every cell an insats or effect column: "Insatser | Effekt").
/// Columns whose role has no field of its own (Tidplan, Kostnad, or a word planpipe does not know)
/// are kept in the activity's `extra` under their header.
struct ActivityColumns: Sendable, Equatable {
    enum Role: Sendable, Equatable { case activity, resources, effects, extra }

    var headers: [String]
    var roles: [Role]

    init?(headers: [String], roles columnRoles: ColumnRoles) {
        let named = headers.map { columnRoles.role(of: $0, in: "activities") }
        var roles: [Role] = []
        for role in named {
            let own: Role? = switch role {
            case "activity": .activity
            case "resources": .resources
            case "effects": .effects
            default: nil
            }
            // A second column of a role already taken is kept as an extra column.
            roles.append(own.flatMap { roles.contains($0) ? nil : $0 } ?? .extra)
        }
        guard roles.contains(.activity), roles.contains(.resources) || roles.contains(.effects),
              !headers.allSatisfy({ columnRoles.role(of: $0, in: "measures") != nil }) else { return nil }
        self.headers = headers
        self.roles = roles
    }

    func index(of role: Role) -> Int? { roles.firstIndex(of: role) }

    /// The extra cells of a row whose cells are `texts`, one per column; empty cells are left out.
    func extra(_ texts: [String]) -> ExtraCells {
        ExtraCells(roles.indices.filter { roles[$0] == .extra && $0 < texts.count && !texts[$0].isEmpty }
            .map { ExtraCells.Cell(header: headers[$0], text: texts[$0]) })
    }

    /// The activity of a row whose cells are `texts` (one per column; missing ones are empty), its
    /// effects given apart (a grid's effects cell holds one per paragraph).
    func activity(_ texts: [String], effects: [String], area: String?, goal: String?,
                  provenance: Provenance) -> Activity {
        let cell = { (role: Role) in index(of: role).flatMap { $0 < texts.count ? texts[$0] : nil } ?? "" }
        return Activity(area: area, goal: goal, activity: cell(.activity), resources: cell(.resources),
                        effects: effects, extra: extra(texts), themes: [], provenance: provenance)
    }

    /// An activity's cells in the order of the columns, as the `tables` output shows them.
    func cells(of activity: Activity) -> [String] {
        zip(headers, roles).map { header, role in
            switch role {
            case .activity: activity.activity
            case .resources: activity.resources
            case .effects: activity.effects.joined(separator: " ")
            case .extra: activity.extra.cells.first { $0.header == header }?.text ?? ""
            }
        }
    }
}
