/// The fixed list of themes used to compare plans across förbund.
public enum Theme: String, Sendable, Codable, CaseIterable, Comparable {
    case valfard
    case kompetens
    case samhallsplanering
    case naringsliv
    case digitalisering
    case klimatMiljo = "klimat_miljo"
    case kultur
    case organisation

    public static func < (lhs: Theme, rhs: Theme) -> Bool { lhs.rawValue < rhs.rawValue }
}
