/// The kinds of plan documents a förbund publishes; raw values are the published ids.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case aktivitetsplan
    case verksamhetsplan
    case budgetOchVerksamhetsplan = "budget_och_verksamhetsplan"
    case budget
    case handlingsplan
    case utvecklingsstrategi
    case other
}
