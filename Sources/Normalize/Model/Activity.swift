import Ingest

/// One row of an activity table "Aktivitet / Resurser / Önskade effekter på lång sikt".
public struct Activity: Sendable, Equatable, Codable {
    public var area: String?
    public var goal: String?
    public var activity: String
    public var resources: String
    public var effects: [String]
    public var themes: [Theme]
    public var provenance: Provenance

    public init(area: String?, goal: String?, activity: String, resources: String, effects: [String],
                themes: [Theme], provenance: Provenance) {
        self.area = area
        self.goal = goal
        self.activity = activity
        self.resources = resources
        self.effects = effects
        self.themes = themes
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case area, goal, activity, resources, effects, themes, provenance
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(goal, forKey: .goal)
        try container.encode(activity, forKey: .activity)
        try container.encode(resources, forKey: .resources)
        try container.encode(effects, forKey: .effects)
        try container.encode(themes, forKey: .themes)
        try container.encode(provenance, forKey: .provenance)
    }
}
