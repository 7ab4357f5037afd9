import Foundation
import Normalize
import Testing
@testable import Export

/// Inputs with identical bytes (issue 15's reproducer: `a.txt` and `b.txt`).
@Suite(.temporaryFolders)
struct BatchDuplicateTests {
    /// They share one document, which names the first of them in path order, in every fresh run.
    @Test func twoInputsWithTheSameBytesNameTheFirstInEveryRun() async throws {
        let input = try BatchTests.folder()
        for name in ["a.txt", "b.txt"] {
            try FileManager.default.copyItem(at: BatchTests.root.appending(path: "seeds/002_583bd4024cf3832c.txt"),
                                             to: input.appending(path: name))
        }
        var paths = Set<String>()
        for _ in 0..<6 {
            let output = try BatchTests.folder()
            let manifest = try await BatchTests.run(input, output)
            #expect(manifest.inputs.map(\.outputs) == [["documents/sjuharad-utvecklingsstrategi-2021-2030.json"],
                                                        ["documents/sjuharad-utvecklingsstrategi-2021-2030.json"]])
            let data = try Data(contentsOf: output.appending(path: "documents/sjuharad-utvecklingsstrategi-2021-2030.json"))
            let document = try JSONDecoder().decode(PlanDocument.self, from: data)
            paths.insert(URL(filePath: document.document.source.path).lastPathComponent)
        }
        #expect(paths == ["a.txt"])
    }
}
