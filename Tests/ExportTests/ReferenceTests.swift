import Foundation
import Normalize
import Testing
@testable import Export

/// Whole-document reference tests: each seed's JSON must equal `Fixtures/expected/<seed>.json`
/// byte for byte. Run with `PLANPIPE_RECORD=1` to rewrite the expected files (the run then fails,
/// so a recording never passes unnoticed); review the diff before committing.
struct ReferenceTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let seeds = [
        "000_95ad663e025e0bbc", "001_c3d3db462980bb96", "002_583bd4024cf3832c",
        "003_7ca1042aa7ecc69e", "004_0cdacc11dfb66760",
    ]

    @Test(arguments: seeds)
    func seedOutputMatchesItsReferenceFile(seed: String) throws {
        let source = URL(filePath: "seeds/\(seed).txt", relativeTo: Self.root)
        let actual = try PlanJSONExporter().render(try PlanPipeline().extract(source))
        let expectedURL = Self.root.appending(path: "Tests/ExportTests/Fixtures/expected/\(seed).json")
        if ProcessInfo.processInfo.environment["PLANPIPE_RECORD"] == "1" {
            try actual.write(to: expectedURL)
            Issue.record("Recorded \(expectedURL.lastPathComponent); unset PLANPIPE_RECORD and run again")
            return
        }
        let expected = try Data(contentsOf: expectedURL)
        if actual != expected {
            let difference = firstDifference(expected, actual)
            Issue.record("\(seed): output differs from the reference\n\(difference)")
        }
    }

    @Test func twoRunsGiveByteIdenticalOutput() throws {
        for seed in Self.seeds {
            let source = URL(filePath: "seeds/\(seed).txt", relativeTo: Self.root)
            let first = try PlanJSONExporter().render(try PlanPipeline().extract(source))
            let second = try PlanJSONExporter().render(try PlanPipeline().extract(source))
            #expect(first == second)
        }
    }

    private func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : "<end>"
            let after = index < new.count ? String(new[index]) : "<end>"
            if before != after { return "line \(index + 1):\n- \(before)\n+ \(after)" }
        }
        return "(same lines, different bytes)"
    }
}
