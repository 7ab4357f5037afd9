import Ingest

/// An indicator that measures a goal, e.g. "Befolkningsutveckling - antal invånare totalt i Skaraborg".
public struct Indicator: Sendable, Equatable, Codable {
    public var goal: String
    public var text: String
    public var provenance: Provenance

    public init(goal: String, text: String, provenance: Provenance) {
        self.goal = goal
        self.text = text
        self.provenance = provenance
    }
}
