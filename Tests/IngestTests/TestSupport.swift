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
