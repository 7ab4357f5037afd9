import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Export

/// What the batch reads: regular files inside its folder (issue 15's reproducers).
struct BatchInputPolicyTests {
    @Test func linksAndSpecialFilesAreRefusedWithAReason() async throws {
        let input = try BatchTests.folder()
        let seed = BatchTests.root.appending(path: "seeds/002_583bd4024cf3832c.txt")
        try FileManager.default.copyItem(at: seed, to: input.appending(path: "a.txt"))
        #expect(mkfifo(input.appending(path: "fifo.txt").path, 0o644) == 0)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: input.appending(path: "loop.txt").path, withDestinationPath: "loop.txt")
        try manager.createSymbolicLink(atPath: input.appending(path: "outside.txt").path, withDestinationPath: seed.path)
        try manager.createSymbolicLink(atPath: input.appending(path: "inside.txt").path, withDestinationPath: "a.txt")
        let manifest = try await BatchTests.run(input, try BatchTests.folder())
        let byPath = Dictionary(uniqueKeysWithValues: manifest.inputs.map { ($0.path, $0) })
        #expect(byPath["a.txt"]?.status == .ok)
        #expect(byPath["inside.txt"]?.status == .ok)
        #expect(byPath["fifo.txt"]?.reason == "not a regular file (a FIFO, socket or device); skipped")
        #expect(byPath["loop.txt"]?.reason == "a symbolic link that loops or leads nowhere; not followed")
        #expect(byPath["outside.txt"]?.reason == "a symbolic link to a file outside the input folder; not followed")
        // Unreadable inputs are failures, not "unchanged".
        #expect(manifest.summary == Manifest.Summary(documents: 5, ok: 2, warning: 0, failed: 3, unchanged: 0))
    }
}
