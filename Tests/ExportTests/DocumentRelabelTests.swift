import Foundation
import Normalize
import Testing
@testable import Export

/// A document relabelled in place (a batch's colliding ids, shared content) is byte for byte the
/// document decoded, changed and encoded again.
struct DocumentRelabelTests {
    static func written(_ path: String) throws -> Data {
        try PlanJSON.encode(try DiffTests.document(path))
    }

    @Test(arguments: ["seeds/000_95ad663e025e0bbc.txt", "seeds/003_7ca1042aa7ecc69e.txt",
                      "Tests/IngestTests/Fixtures/pdf/indicator-tables.pdf"])
    func relabellingInPlaceGivesTheEncodersBytes(path: String) throws {
        let data = try Self.written(path)
        let cases: [(String?, String?)] = [
            ("fyrbodal-aktivitetsplan-2023-1a2b3c4d", nil), (nil, "in/plan \"2026\" \\ båt.txt"),
            ("x-1", "seeds/kopia.txt"), (nil, nil),
        ]
        for (id, sourcePath) in cases {
            let relabelled = try DocumentRelabel.relabelled(data, id: id, sourcePath: sourcePath)
            #expect(relabelled == (id == nil && sourcePath == nil ? data : try DocumentRelabel.decoded(data, id: id, sourcePath: sourcePath)))
        }
        let document = try JSONDecoder().decode(PlanDocument.self,
                                                from: try DocumentRelabel.relabelled(data, id: "x-1", sourcePath: "a\"b"))
        #expect([document.document.id, document.document.source.path] == ["x-1", "a\"b"])
    }

    /// A document not laid out as planpipe writes it is decoded instead.
    @Test func aDocumentInAnotherLayoutIsDecoded() throws {
        let data = try Self.written("seeds/000_95ad663e025e0bbc.txt")
        let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data))
        #expect(try DocumentRelabel.relabelled(compact, id: "y", sourcePath: nil)
                == (try DocumentRelabel.decoded(compact, id: "y", sourcePath: nil)))
    }
}
