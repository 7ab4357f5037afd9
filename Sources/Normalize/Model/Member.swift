import Ingest

/// A member municipality with its 4-digit SCB kommunkod (also its Kolada id), e.g. Bengtsfors 1460.
public struct Member: Sendable, Equatable, Codable {
    public var name: String
    public var municipalityCode: String
    public var provenance: Provenance?

    public init(name: String, municipalityCode: String, provenance: Provenance?) {
        self.name = name
        self.municipalityCode = municipalityCode
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case name, municipalityCode = "municipality_code", provenance
    }
}
