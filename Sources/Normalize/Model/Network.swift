import Ingest

/// A network the förbund runs, under the heading it is listed with ("Samhällsplanerare" under
/// "Miljö och samhällsbyggnad"); `group` is null when the list has no headings.
public struct Network: Sendable, Equatable, Codable {
    public var name: String
    public var group: String?
    public var provenance: Provenance

    public init(name: String, group: String?, provenance: Provenance) {
        self.name = name
        self.group = group
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case name, group, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(group, forKey: .group)
        try container.encode(provenance, forKey: .provenance)
    }
}
