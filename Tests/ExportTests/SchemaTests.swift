import Foundation
import Ingest
import Normalize
import Testing
@testable import Export

/// The enumerations of the JSON Schema name exactly the values the model has.
struct SchemaTests {
    static func schema() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: PlanSchema.data()) as? [String: Any])
    }

    static func items(_ schema: [String: Any], _ property: String) -> [String: Any]? {
        let properties = schema["properties"] as? [String: Any]
        let array = properties?[property] as? [String: Any]
        return (array?["items"] as? [String: Any])?["properties"] as? [String: Any]
    }

    @Test func tablesAreRequiredAndReadAsNamesEveryReading() throws {
        let schema = try Self.schema()
        let required = schema["required"] as? [String]
        #expect(required?.suffix(3) == ["networks", "tables", "warnings"])
        let readAs = Self.items(schema, "tables")?["read_as"] as? [String: Any]
        let values = try #require(readAs?["enum"] as? [Any])
        #expect(values.compactMap { $0 as? String } == DocumentTable.Reading.allCases.map(\.rawValue))
        #expect(values.contains { $0 is NSNull })
    }

    @Test func warningCodesAreTheDiagnosticCodes() throws {
        let code = Self.items(try Self.schema(), "warnings")?["code"] as? [String: Any]
        #expect(code?["enum"] as? [String] == Diagnostic.Code.allCases.map(\.rawValue))
    }
}
