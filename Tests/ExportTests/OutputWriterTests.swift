import Foundation
import Testing
@testable import Export

struct OutputWriterTests {
    @Test func writesAtomicallyCreatesFoldersAndSkipsUnchangedFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "planpipe-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appending(path: "documents/a.json")
        #expect(try OutputWriter().write(Data("one".utf8), to: target))
        #expect(try OutputWriter().write(Data("one".utf8), to: target) == false)
        #expect(try OutputWriter().write(Data("two".utf8), to: target))
        #expect(try String(contentsOf: target, encoding: .utf8) == "two")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(leftovers == ["a.json"])
    }

    @Test func anUnwritableTargetIsATypedError() throws {
        let target = URL(filePath: "/proc/planpipe-cannot-write/a.json")
        #expect(throws: OutputError.self) { try OutputWriter().write(Data("x".utf8), to: target) }
    }
}
