import Foundation
import Testing

/// Paths to the repository's seeds and this target's fixtures.
enum TestFiles {
    static let repositoryRoot = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func seed(_ name: String) -> URL {
        URL(filePath: "seeds/\(name)", relativeTo: repositoryRoot)
    }

    static let seedNames = [
        "000_95ad663e025e0bbc.txt", "001_c3d3db462980bb96.txt", "002_583bd4024cf3832c.txt",
        "003_7ca1042aa7ecc69e.txt", "004_0cdacc11dfb66760.txt",
    ]

    static func pdf(_ name: String) throws -> URL {
        let url = try #require(Bundle.module.resourceURL).appending(path: "Fixtures/pdf/\(name).pdf")
        try #require(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name).pdf")
        return url
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "planpipe-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A small deterministic generator, so the random test is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
