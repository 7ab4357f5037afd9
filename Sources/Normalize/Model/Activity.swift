import Ingest

/// One row of an activity table "Aktivitet / Resurser / Önskade effekter på lång sikt".
public struct Activity: Sendable, Equatable, Codable {
    public var area: String?
    public var goal: String?
    public var activity: String
    public var resources: String
    public var effects: [String]
    /// Columns of the table that have no role, by header (`{"Tidplan": "Q2 2026"}`).
    public var extra: ExtraCells
    public var themes: [Theme]
    public var provenance: Provenance

    public init(area: String?, goal: String?, activity: String, resources: String, effects: [String],
                extra: ExtraCells = ExtraCells(), themes: [Theme], provenance: Provenance) {
        self.extra = extra
        self.area = area
        self.goal = goal
        self.activity = activity
        self.resources = resources
        self.effects = effects
        self.themes = themes
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case area, goal, activity, resources, effects, extra, themes, provenance
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        area = try container.decodeIfPresent(String.self, forKey: .area)
        goal = try container.decodeIfPresent(String.self, forKey: .goal)
        activity = try container.decode(String.self, forKey: .activity)
        resources = try container.decode(String.self, forKey: .resources)
        effects = try container.decode([String].self, forKey: .effects)
        // Outputs written before `extra` existed have none.
        extra = try container.decodeIfPresent(ExtraCells.self, forKey: .extra) ?? ExtraCells()
        themes = try container.decode([Theme].self, forKey: .themes)
        provenance = try container.decode(Provenance.self, forKey: .provenance)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(goal, forKey: .goal)
        try container.encode(activity, forKey: .activity)
        try container.encode(resources, forKey: .resources)
        try container.encode(effects, forKey: .effects)
        try container.encode(extra, forKey: .extra)
        try container.encode(themes, forKey: .themes)
        try container.encode(provenance, forKey: .provenance)
    }
}
