import Foundation
import Testing

/// A file name with a newline (issue 15's reproducer) is shown on one progress line.
@Suite(.temporaryFolders)
struct ProgressNameTests {
    @Test func controlCharactersInANameAreShownEscaped() throws {
        let input = try CLITests.temporaryFolder()
        let output = try CLITests.temporaryFolder()
        try FileManager.default.copyItem(at: CLITests.root.appending(path: "seeds/002_583bd4024cf3832c.txt"),
                                         to: input.appending(path: "a\nb.txt"))
        let run = try CLITests.run(["run", input.path, "--out", output.appending(path: "out").path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("1/1 a\\u{a}b.txt: ok\n"))
    }
}
