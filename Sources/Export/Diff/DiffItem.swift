import Normalize

/// A plan item as the diff sees it: where it sits (area, goal …) and its content fields, in the
/// order they are written. Activities, measures and initiatives all become `DiffItem`s.
public struct DiffItem: Sendable, Equatable, Encodable {
    public enum Value: Sendable, Equatable, Encodable {
        case text(String?)
        case list([String])

        var joined: String {
            switch self {
            case .text(let text): text ?? ""
            case .list(let items): items.joined(separator: " ")
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .list(let items): try container.encode(items)
            }
        }
    }

    /// Where the item sits; a matched item whose placement differs has moved.
    public var placement: [(name: String, value: String?)]
    public var fields: [(name: String, value: Value)]
    /// Weight of each content field in the similarity (same order as `fields`, summing to 1).
    var weights: [Double]

    public static func == (lhs: DiffItem, rhs: DiffItem) -> Bool {
        lhs.placement.map(\.value) == rhs.placement.map(\.value) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    func hasSameContent(as other: DiffItem) -> Bool {
        fields.map(\.value) == other.fields.map(\.value)
    }

    /// The weighted word similarity of the content fields.
    func similarity(to other: DiffItem) -> Double {
        zip(zip(fields, other.fields), weights).reduce(0) { total, pair in
            total + pair.1 * WordDiff.similarity(pair.0.0.value.joined, pair.0.1.value.joined)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in placement { try container.encode(value, forKey: Key(name)) }
        for (name, value) in fields { try container.encode(value, forKey: Key(name)) }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func activity(_ item: Activity) -> DiffItem {
        DiffItem(placement: [("area", item.area), ("goal", item.goal)],
                 fields: [("activity", .text(item.activity)), ("resources", .text(item.resources)),
                          ("effects", .list(item.effects)),
                          ("extra", .list(item.extra.cells.map { "\($0.header): \($0.text)" }))],
                 weights: [0.5, 0.2, 0.3, 0])
    }

    static func measure(_ item: Measure) -> DiffItem {
        DiffItem(placement: [("area", item.area), ("objective", item.objective)],
                 fields: [("measure", .text(item.measure)), ("effect", .text(item.effect))],
                 weights: [0.6, 0.4])
    }

    static func initiative(_ item: Initiative) -> DiffItem {
        DiffItem(placement: [("area", item.area), ("subarea", item.subarea)],
                 fields: [("name", .text(item.name)), ("description", .text(item.description)),
                          ("driven_by", .list(item.drivenBy))],
                 weights: [0.3, 0.5, 0.2])
    }
}
