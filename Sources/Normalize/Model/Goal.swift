import Ingest

/// A goal of the plan under its area, with the text that describes it.
public struct Goal: Sendable, Equatable, Codable {
    public var area: String?
    public var goal: String
    /// The goal's printed number ("2.1" in "Mål 2.1 Fler företag"); `goal` holds the name without it.
    public var number: String?
    public var description: String?
    /// The effects the plan wants from the goal ("Konkreta effekter som ska uppnås"), as printed.
    public var effects: [String]
    /// Goals the plan links this one to (a handlingsplan's delområde names the strategy goals it serves).
    public var linkedGoals: [String]
    public var provenance: Provenance

    public init(area: String?, goal: String, number: String? = nil, description: String?, effects: [String] = [], linkedGoals: [String] = [],
                provenance: Provenance) {
        self.area = area
        self.goal = goal
        self.number = number
        self.description = description
        self.effects = effects
        self.linkedGoals = linkedGoals
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case area, goal, number, description, effects, linkedGoals = "linked_goals", provenance
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(goal, forKey: .goal)
        try container.encode(number, forKey: .number)
        try container.encode(description, forKey: .description)
        try container.encode(effects, forKey: .effects)
        try container.encode(linkedGoals, forKey: .linkedGoals)
        try container.encode(provenance, forKey: .provenance)
    }
}
