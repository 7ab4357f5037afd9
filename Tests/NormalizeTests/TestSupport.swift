import Foundation
import Ingest
import Normalize
import Testing

enum TestFiles {
    static let repositoryRoot = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func seed(_ name: String) -> URL {
        URL(filePath: "seeds/\(name)", relativeTo: repositoryRoot)
    }

    static func fixturePDF(_ name: String) -> URL {
        URL(filePath: "Tests/IngestTests/Fixtures/pdf/\(name).pdf", relativeTo: repositoryRoot)
    }

    static func extract(_ url: URL) throws -> PlanDocument {
        try PlanPipeline().extract(url)
    }
}
