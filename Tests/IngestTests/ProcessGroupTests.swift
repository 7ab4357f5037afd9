import Foundation
import Testing
@testable import Ingest

/// Issue 15: a pdftotext that leaves children behind, never exits, or floods its output cannot
/// hang planpipe or fill its memory. Each fake writes the pid of what it leaves running to
/// `child`, so the test can tell it was killed (and kill it itself if not).
struct ProcessGroupTests {
    private static let realPdftotext = ProcessRunner.locate("pdftotext")?.path ?? "/usr/bin/pdftotext"

    /// The pid the fake wrote, once it is there.
    private static func childPid(in folder: URL) -> pid_t? {
        (try? String(contentsOf: folder.appending(path: "child"), encoding: .utf8))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Whether `pid` still runs (a zombie waiting for its reaper does not).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let state = stat.split(separator: ")").last?.split(separator: " ").first else { return false }
        return state != "Z" && state != "X"
    }

    /// Whether `pid` still runs a while after it was killed: a SIGKILL is delivered, and the
    /// process ends, asynchronously (under a loaded test run, not always before the next line).
    private static func survivesKill(_ pid: pid_t) -> Bool {
        let end = ContinuousClock.now + .seconds(2)
        while isRunning(pid) {
            if ContinuousClock.now >= end { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    private static func cleanUp(_ folder: URL) {
        if let pid = childPid(in: folder), isRunning(pid) { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aChildLeftBehindHoldingTheOutputIsKilledAndTheDocumentRead() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { Self.cleanUp(folder) }
        let fake = try FakeTool.make(in: folder, script: """
            sleep 100000 &
            echo $! > '\(folder.path)/child'
            exec '\(Self.realPdftotext)' "$@"
            """)
        var log = DiagnosticLog()
        let document = try PDFSource(executable: fake.path).load(try TestFiles.pdf("budget-table"), log: &log)
        #expect(document.pages.count == 1)
        let child = try #require(Self.childPid(in: folder))
        #expect(!Self.survivesKill(child))
    }

    @Test func aPdftotextThatNeverExitsThroughItsChildIsStoppedWithTheChild() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { Self.cleanUp(folder) }
        let fake = try FakeTool.make(in: folder, script: """
            sleep 100000 &
            echo $! > '\(folder.path)/child'
            wait
            """)
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        #expect(throws: IngestError.timedOut(DeadlineExceeded(path: url.relativePath, seconds: 0.5, stage: "running pdftotext"))) {
            try PDFSource(executable: fake.path).load(url, deadline: Deadline(seconds: 0.5), log: &log)
        }
        let child = try #require(Self.childPid(in: folder))
        #expect(!Self.survivesKill(child))
    }

    @Test func aPdftotextThatClosesItsOutputAndRunsOnIsStopped() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { Self.cleanUp(folder) }
        let fake = try FakeTool.make(in: folder, script: "exec >&- 2>&-\nexec sleep 100000")
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        #expect(throws: IngestError.timedOut(DeadlineExceeded(path: url.relativePath, seconds: 0.5, stage: "running pdftotext"))) {
            try PDFSource(executable: fake.path).load(url, deadline: Deadline(seconds: 0.5), log: &log)
        }
    }

    /// A child that left the group (setsid) cannot be killed with it; its hold on the output is
    /// waited for a moment only, and the document is read.
    @Test func aChildThatLeftTheGroupDoesNotHangTheRead() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { Self.cleanUp(folder) }
        let fake = try FakeTool.make(in: folder, script: """
            setsid sh -c 'echo $$ > "$0/child"; exec sleep 100000' '\(folder.path)' &
            while [ ! -s '\(folder.path)/child' ]; do sleep 0.01; done
            exec '\(Self.realPdftotext)' "$@"
            """)
        var log = DiagnosticLog()
        let document = try PDFSource(executable: fake.path).load(try TestFiles.pdf("budget-table"), log: &log)
        #expect(document.pages.count == 1)
    }

    /// A file another thread holds open without close-on-exec (a fake being written) does not reach
    /// pdftotext: held open there, it made the next fake fail with "Text file busy".
    @Test func pdftotextInheritsNoOtherOpenFile() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { Self.cleanUp(folder) }
        let held = open(folder.appending(path: "held").path, O_CREAT | O_WRONLY, 0o644)
        try #require(held > 2)
        defer { close(held) }
        let fake = try FakeTool.make(in: folder, script: """
            [ -e /proc/$$/fd/\(held) ] && echo inherited > '\(folder.path)/report'
            exec '\(Self.realPdftotext)' "$@"
            """)
        var log = DiagnosticLog()
        _ = try PDFSource(executable: fake.path).load(try TestFiles.pdf("budget-table"), log: &log)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "report").path))
    }

    /// 20 MB of garbage with no page in it is stopped at the limit, not read into memory.
    @Test func outputPastWhatItsPagesAllowIsStopped() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { Self.cleanUp(folder) }
        let fake = try FakeTool.make(in: folder, script: "head -c 20000000 /dev/zero | tr '\\\\0' x")
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        let limit = OutputLimit()
        #expect(throws: IngestError.pdftotextOutputTooLarge(path: url.relativePath, allowed: limit.base,
                                                            base: limit.base, perPage: limit.perPage)) {
            try PDFSource(executable: fake.path).load(url, log: &log)
        }
    }

    @Test func theLimitGrowsWithEachPageBegun() {
        var limit = OutputLimit(base: 10, perPage: 20)
        let admitted = [limit.admit(Array("<doc>".utf8)), limit.admit(Array("<pa".utf8)),
                        limit.admit(Array("ge w=\"1\">".utf8))]  // a tag split between two reads counts
        #expect(admitted == [true, true, true])
        #expect(limit.pages == 1)
        #expect(limit.allowed == 30)
        let flood = limit.admit([UInt8](repeating: 0x78, count: 20))
        #expect(!flood)
    }

    @Test func theDeadlineCoversTheTextToo() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appending(path: "plan.txt")
        try Data("Aktivitetsplan 2023\n".utf8).write(to: url)
        var log = DiagnosticLog()
        let passed = Deadline(seconds: 1, from: .now - .seconds(2))
        #expect(throws: IngestError.timedOut(DeadlineExceeded(path: url.relativePath, seconds: 1, stage: "reading the text"))) {
            try DocumentLoader().load(url, deadline: passed, log: &log)
        }
    }

    @Test func aTimeoutIsOneLineNamingTheFile() {
        let error = IngestError.timedOut(DeadlineExceeded(path: "seeds/plan.pdf", seconds: 120, stage: "running pdftotext"))
        #expect(error.description == "seeds/plan.pdf: not finished within the timeout of 120 s (stopped while running pdftotext); "
            + "raise --timeout for a document this large")
    }
}
