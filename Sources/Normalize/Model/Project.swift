import Ingest

/// A project with its period as ISO dates (`240301-270301` → 2024-03-01 … 2027-03-01).
public struct Project: Sendable, Equatable, Codable {
    public var name: String
    public var start: String?
    public var end: String?
    public var provenance: Provenance

    public init(name: String, start: String?, end: String?, provenance: Provenance) {
        self.name = name
        self.start = start
        self.end = end
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case name, start, end, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(provenance, forKey: .provenance)
    }
}
