import Foundation
import Testing

/// A suite trait: every temporary folder its tests make lives under one root, removed when the
/// suite ends, pass or fail, so that test runs do not pile folders up in the temporary directory.
struct TemporaryFolders: SuiteTrait, TestScoping {
    @TaskLocal static var root: URL?

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        guard Self.root == nil else { return try await function() }
        let root = FileManager.default.temporaryDirectory.appending(path: "planpipe-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try await Self.$root.withValue(root) { try await function() }
    }

    /// A new empty folder under the running suite's root.
    static func folder() throws -> URL {
        let root = try #require(root, "a suite that makes temporary folders needs the .temporaryFolders trait")
        let url = root.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Trait where Self == TemporaryFolders {
    static var temporaryFolders: Self { Self() }
}
