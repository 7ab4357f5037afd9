import Foundation
import Testing
@testable import Export

/// The batch takes a file's hash over from the manifest without reading it when its path, size,
/// modification and status-change times and file id are unchanged. A rewrite that restores the
/// modification time (as `cp -p`, `rsync -a` or `touch -r` do) changes the status-change time,
/// so it is read again; `--force` hashes every file.
@Suite(.temporaryFolders)
struct BatchStampTests {
    static let seed = "002_583bd4024cf3832c"

    /// Other bytes of the same length, written under the file's old modification time.
    static func rewriteKeepingSizeAndTime(_ file: URL) throws {
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        var bytes = try Data(contentsOf: file)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "a")))
        bytes[index] = UInt8(ascii: "e")
        try bytes.write(to: file)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
    }

    static func manifest(_ path: String, sha256: String, stamp: InputScanner.Stamp) -> Manifest {
        var entry = Manifest.Entry(path: path, sha256: sha256, status: .ok, reason: nil, documentID: nil, warnings: 0,
                                   outputs: [], pipelineVersion: "test")
        entry.size = stamp.size
        entry.modified = stamp.modified
        entry.changed = stamp.changed
        entry.fileID = stamp.fileID
        return Manifest(pipelineVersion: "test", startedAt: "", finishedAt: "",
                        summary: Manifest.Summary(documents: 1, ok: 1, warning: 0, failed: 0, unchanged: 0),
                        inputs: [entry])
    }

    /// A recorded hash stands for the file only while every part of its stamp matches.
    @Test func aFileWhoseStampMatchesIsNotRead() throws {
        let input = try BatchTests.inputs([Self.seed])
        let path = "\(Self.seed).txt"
        let stamp = try #require(InputScanner.stamp(input.appending(path: path)))
        let real = try #require(try InputScanner().inputs(in: input).first?.sha256)
        let recorded = String(repeating: "0", count: 64)
        #expect(try InputScanner().inputs(in: input, known: Self.manifest(path, sha256: recorded, stamp: stamp))
            .first?.sha256 == recorded)
        var others: [InputScanner.Stamp] = []
        for change in 0..<4 {
            var other = stamp
            switch change {
            case 0: other.size += 1
            case 1: other.modified += "1"
            case 2: other.changed += "1"
            default: other.fileID += "1"
            }
            others.append(other)
        }
        for other in others {
            #expect(try InputScanner().inputs(in: input, known: Self.manifest(path, sha256: recorded, stamp: other))
                .first?.sha256 == real)
        }
    }

    @Test func aRewriteUnderTheOldTimeIsReadAgain() async throws {
        let input = try BatchTests.inputs([Self.seed])
        let output = try BatchTests.folder()
        let file = input.appending(path: "\(Self.seed).txt")
        let first = try #require(try await BatchTests.run(input, output).inputs.first)
        #expect(first.size == (try Data(contentsOf: file)).count)
        #expect(first.modified?.split(separator: ".").map(\.count).last == 9)
        #expect(first.fileID?.contains(":") == true)
        #expect(try await BatchTests.run(input, output).summary.unchanged == 1)

        try Self.rewriteKeepingSizeAndTime(file)
        let third = try await BatchTests.run(input, output)
        #expect(third.summary.unchanged == 0)
        #expect(third.inputs.first?.sha256 != first.sha256)
        #expect(third.inputs.first?.modified == first.modified)
        #expect(third.inputs.first?.changed != first.changed)
    }

    @Test func forceHashesAndRedoesEveryFile() async throws {
        let input = try BatchTests.inputs([Self.seed])
        let output = try BatchTests.folder()
        _ = try await BatchTests.run(input, output)
        #expect(try await BatchTests.run(input, output, force: true).summary.unchanged == 0)
    }
}
