import Foundation
import Normalize

/// The one JSON encoding planpipe writes: keys in declaration order (the contract's order),
/// two-space pretty printing, a final newline. Same input, same bytes.
public enum PlanJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try OrderedJSONEncoder().encode(value)
    }
}

/// Renders a `PlanDocument` as the normalized JSON of the output contract.
public struct PlanJSONExporter: Exporter {
    public init() {}

    public func render(_ input: PlanDocument) throws -> Data {
        try PlanJSON.encode(input)
    }
}
