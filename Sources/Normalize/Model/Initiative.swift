import Ingest

/// A named initiative "Name: description … Drivs av X." under a focus area and sub-area.
public struct Initiative: Sendable, Equatable, Codable {
    public var area: String?
    public var subarea: String?
    public var name: String
    public var description: String
    /// The owners named after an owner phrase ("Drivs av", "Ansvarig:"; `OwnerPhrases`); empty
    /// when the initiative names none.
    public var drivenBy: [String]
    public var themes: [Theme]
    public var provenance: Provenance

    public init(area: String?, subarea: String?, name: String, description: String, drivenBy: [String],
                themes: [Theme], provenance: Provenance) {
        self.area = area
        self.subarea = subarea
        self.name = name
        self.description = description
        self.drivenBy = drivenBy
        self.themes = themes
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case area, subarea, name, description, drivenBy = "driven_by", themes, provenance
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(subarea, forKey: .subarea)
        try container.encode(name, forKey: .name)
        try container.encode(description, forKey: .description)
        try container.encode(drivenBy, forKey: .drivenBy)
        try container.encode(themes, forKey: .themes)
        try container.encode(provenance, forKey: .provenance)
    }
}
