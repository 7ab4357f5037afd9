import Foundation
import Testing
@testable import Export

/// The batch trusts a file's size and modification time, as `make` and `rsync` do: a file whose
/// path, size and time match the manifest keeps its recorded hash and is not read again. A change
/// of either makes the run read and hash it; `--force` hashes every file.
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

    static func moveTime(of file: URL, bySeconds seconds: Int) throws {
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        var later = info.st_mtim
        later.tv_sec += seconds
        var times = [info.st_atim, later]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
    }

    @Test func aFileOfTheSameSizeAndTimeIsNotReadAgain() async throws {
        let input = try BatchTests.inputs([Self.seed])
        let output = try BatchTests.folder()
        let file = input.appending(path: "\(Self.seed).txt")
        let first = try #require(try await BatchTests.run(input, output).inputs.first)
        #expect(first.size == (try Data(contentsOf: file)).count)
        #expect(first.modified?.split(separator: ".").map(\.count).last == 9)

        try Self.rewriteKeepingSizeAndTime(file)
        let second = try await BatchTests.run(input, output)
        #expect(second.summary.unchanged == 1)
        #expect(second.inputs.first?.sha256 == first.sha256)

        try Self.moveTime(of: file, bySeconds: 10)
        let third = try await BatchTests.run(input, output)
        #expect(third.summary.unchanged == 0)
        #expect(third.inputs.first?.sha256 != first.sha256)
        #expect(third.inputs.first?.modified != first.modified)
    }

    @Test func forceHashesEveryFile() async throws {
        let input = try BatchTests.inputs([Self.seed])
        let output = try BatchTests.folder()
        let first = try #require(try await BatchTests.run(input, output).inputs.first)
        try Self.rewriteKeepingSizeAndTime(input.appending(path: "\(Self.seed).txt"))
        let forced = try await BatchTests.run(input, output, force: true)
        #expect(forced.summary.unchanged == 0)
        #expect(forced.inputs.first?.sha256 != first.sha256)
    }
}
