import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Ingest
import Testing
@testable import Export

/// What the batch reads: regular files inside its folder (issue 15's reproducers).
@Suite(.temporaryFolders)
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

/// Issue 15: `latin1_åäö.txt` with its name in Latin-1 failed with "The file doesn't exist".
@Suite(.temporaryFolders)
struct BatchFileNameTests {
    @Test func aNameThatIsNotUTF8IsFailedWithItsReason() async throws {
        let input = try BatchTests.folder()
        let name = Array("\(input.path)/latin1_".utf8) + [0xE5, 0xE4, 0xF6] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        let text = Array("Aktivitetsplan 2023\n".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        let manifest = try await BatchTests.run(input, try BatchTests.folder())
        #expect(manifest.inputs.map(\.reason) == [IngestError.nameNotUTF8Reason])
        #expect(manifest.summary.failed == 1)
    }

    /// `--timeout` in the batch covers the parsing: the reason names the file as the folder was given.
    @Test func aDocumentPastItsDeadlineIsFailedWithOneLine() async throws {
        let input = try BatchTests.inputs(["001_c3d3db462980bb96"])
        let manifest = try await BatchRunner(configuration: BatchConfiguration(
            input: input, output: try BatchTests.folder(), jobs: 1, timeout: 0.001)).run()
        let reason = try #require(manifest.inputs.first?.reason)
        #expect(reason.hasPrefix("\(input.relativePath)/001_c3d3db462980bb96.txt: not finished within the timeout of 0.001 s"))
        #expect(!reason.contains("\n"))
    }
}

/// The manifest is read back from disk: a tampered entry is dropped, never followed.
@Suite(.temporaryFolders)
struct BatchManifestTamperTests {
    @Test func anEntryWhoseIdLeavesTheDocumentsFolderIsDropped() async throws {
        let input = try BatchTests.inputs(["002_583bd4024cf3832c"])
        let root = try BatchTests.folder()
        let output = root.appending(path: "a/b/c/out")
        _ = try await BatchTests.run(input, output)
        let manifestURL = output.appending(path: "manifest.json")
        var text = try String(contentsOf: manifestURL, encoding: .utf8)
        // The id only: the output file is still there and still holds the document.
        text = text.replacingOccurrences(of: "\"sjuharad-utvecklingsstrategi-2021-2030\"", with: "\"../../../../x/pwned\"")
        #expect(text.contains("../../../../x/pwned"))
        try text.write(to: manifestURL, atomically: true, encoding: .utf8)
        let again = try await BatchTests.run(input, output)
        #expect(again.inputs.map(\.outputs) == [["documents/sjuharad-utvecklingsstrategi-2021-2030.json"]])
        #expect(again.summary.unchanged == 0)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "documents/sjuharad-utvecklingsstrategi-2021-2030.json").path))
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "x/pwned.json").path))
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "a/x/pwned.json").path))
    }
}
