/// Where a fact came from: 1-based page, 1-based line range of the extracted text,
/// and for PDF input the box it covers on the page.
public struct Provenance: Sendable, Hashable, Codable {
    public var page: Int
    public var lines: ClosedRange<Int>
    public var bbox: BoundingBox?

    public init(page: Int, lines: ClosedRange<Int>, bbox: BoundingBox? = nil) {
        self.page = page
        self.lines = lines
        self.bbox = bbox
    }

    /// The provenance of a run of source lines: first line's page, the line span, the union of boxes.
    public init?(lines sourceLines: [SourceLine]) {
        guard let first = sourceLines.first, let last = sourceLines.last else { return nil }
        self.init(page: first.page, lines: first.number...max(first.number, last.number),
                  bbox: BoundingBox.union(sourceLines.compactMap(\.bbox)))
    }

    private enum CodingKeys: String, CodingKey { case page, lines, bbox }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        page = try container.decode(Int.self, forKey: .page)
        let bounds = try container.decode([Int].self, forKey: .lines)
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw DecodingError.dataCorruptedError(forKey: .lines, in: container,
                                                   debugDescription: "lines must be [first, last]")
        }
        lines = bounds[0]...bounds[1]
        bbox = try container.decodeIfPresent(BoundingBox.self, forKey: .bbox)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page, forKey: .page)
        try container.encode([lines.lowerBound, lines.upperBound], forKey: .lines)
        try container.encodeIfPresent(bbox, forKey: .bbox)
    }
}

extension Provenance: Comparable {
    /// Document order: page, then first line, then last line.
    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        (lhs.page, lhs.lines.lowerBound, lhs.lines.upperBound)
            < (rhs.page, rhs.lines.lowerBound, rhs.lines.upperBound)
    }
}
