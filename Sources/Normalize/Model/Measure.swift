import Ingest

/// A prioritized measure (insats) under an area and objective (delmål), with its effect.
public struct Measure: Sendable, Equatable, Codable {
    public var area: String?
    public var objective: String?
    public var measure: String
    public var effect: String?
    public var themes: [Theme]
    public var provenance: Provenance

    public init(area: String?, objective: String?, measure: String, effect: String?, themes: [Theme],
                provenance: Provenance) {
        self.area = area
        self.objective = objective
        self.measure = measure
        self.effect = effect
        self.themes = themes
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case area, objective, measure, effect, themes, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(objective, forKey: .objective)
        try container.encode(measure, forKey: .measure)
        try container.encode(effect, forKey: .effect)
        try container.encode(themes, forKey: .themes)
        try container.encode(provenance, forKey: .provenance)
    }
}
