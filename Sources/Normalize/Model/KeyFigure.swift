import Ingest

/// A key figure stated in running text, e.g. medlemsavgift 50,55 kr per invånare for 2026.
public struct KeyFigure: Sendable, Equatable, Codable {
    public var name: String
    public var value: Double
    public var unit: String
    public var year: Int?
    public var provenance: Provenance

    public init(name: String, value: Double, unit: String, year: Int?, provenance: Provenance) {
        self.name = name
        self.value = value
        self.unit = unit
        self.year = year
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case name, value, unit, year, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(year, forKey: .year)
        try container.encode(provenance, forKey: .provenance)
    }
}
