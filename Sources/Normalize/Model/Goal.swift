import Ingest

/// A goal of the plan under its area, with the text that describes it.
public struct Goal: Sendable, Equatable, Codable {
    public var area: String?
    public var goal: String
    public var description: String?
    public var provenance: Provenance

    public init(area: String?, goal: String, description: String?, provenance: Provenance) {
        self.area = area
        self.goal = goal
        self.description = description
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case area, goal, description, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(goal, forKey: .goal)
        try container.encode(description, forKey: .description)
        try container.encode(provenance, forKey: .provenance)
    }
}
