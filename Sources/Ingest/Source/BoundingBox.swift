/// A rectangle on a PDF page in points, origin at the top-left corner, y growing downward
/// (the convention of `pdftotext -bbox-layout`). Encodes as `[x0, y0, x1, y1]`.
public struct BoundingBox: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }

    /// The smallest box holding both boxes.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(x0: min(x0, other.x0), y0: min(y0, other.y0),
                    x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// The smallest box holding all the boxes, or nil for none.
    public static func union<S: Sequence>(_ boxes: S) -> BoundingBox? where S.Element == BoundingBox {
        boxes.reduce(nil) { partial, box in partial?.union(box) ?? box }
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x0 = try container.decode(Double.self)
        y0 = try container.decode(Double.self)
        x1 = try container.decode(Double.self)
        y1 = try container.decode(Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for value in [x0, y0, x1, y1] {
            try container.encode(Self.rounded(value))
        }
    }

    /// Two decimals keep output stable and readable; pdftotext prints six.
    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
