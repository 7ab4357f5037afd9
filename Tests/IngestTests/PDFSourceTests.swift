import Foundation
import Testing
@testable import Ingest

struct PDFSourceTests {
    private func load(_ name: String) throws -> SourceDocument {
        var log = DiagnosticLog()
        return try PDFSource().load(try TestFiles.pdf(name), log: &log)
    }

    @Test(arguments: ["activity-table", "activity-table-borderless"])
    func activityTableIsThreeLandscapePagesWithTheHeaderOnEach(name: String) throws {
        let document = try load(name)
        #expect(document.format == .pdf)
        #expect(document.pages.count == 3)
        for page in document.pages {
            #expect(abs((page.width ?? 0) - 841.89) < 0.01)
            #expect(abs((page.height ?? 0) - 595.30) < 0.01)
            let words = page.lines.flatMap(\.words)
            let header = ["Aktivitet", "Resurser", "Önskade"].compactMap { text in words.first { $0.text == text } }
            try #require(header.count == 3, "header missing on page \(page.number)")
            let x = header.map(\.bbox.x0)
            #expect(x[0] < x[1] && x[1] < x[2])
            #expect(abs(x[0] - 45.6) < 1 && abs(x[1] - 302.9) < 1 && abs(x[2] - 552.7) < 1)
            #expect(Set(header.map(\.bbox.y0)).count == 1, "header words share a top on page \(page.number)")
        }
    }

    @Test func linesCarryTextBoxesAndSequentialNumbers() throws {
        let document = try load("activity-table")
        let lines = document.lines
        #expect(lines.enumerated().allSatisfy { $0.offset + 1 == $0.element.number })
        let title = try #require(lines.first)
        #expect(title.text == "Fyrbodals kommunalförbund")
        #expect(title.page == 1)
        let box = try #require(title.bbox)
        #expect(box.x0 < box.x1 && box.y0 < box.y1)
        #expect(title.words.map(\.text) == ["Fyrbodals", "kommunalförbund"])
        #expect(lines.contains { $0.text == "Strategiskt mål: Kvalitet och välfärdsutveckling" })
    }

    @Test func budgetTableKeepsMinusSignsAndSwedishLetters() throws {
        let document = try load("budget-table")
        #expect(document.pages.count == 1)
        #expect(abs((document.pages[0].width ?? 0) - 595.30) < 0.01)
        let words = document.lines.flatMap(\.words).map(\.text)
        #expect(words.contains("−42"))
        #expect(words.contains("INTÄKTER"))
        #expect(words.filter { $0.hasPrefix("\u{2212}") }.count == 27)
    }

    @Test func theSHA256IsOfTheFileBytes() throws {
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        let document = try PDFSource().load(url, log: &log)
        #expect(document.sha256 == SHA256.hex(of: try Data(contentsOf: url)))
    }

    @Test func anEncryptedPDFIsReported() throws {
        let url = try TestFiles.pdf("encrypted")
        var log = DiagnosticLog()
        #expect(throws: IngestError.encryptedPDF(path: url.relativePath)) { try PDFSource().load(url, log: &log) }
    }

    /// A PDF with no page at all (issue 15's reproducer) says so in one line.
    @Test func aPDFWithoutPagesIsReported() throws {
        let url = try TestFiles.pdf("no-pages")
        var log = DiagnosticLog()
        #expect(throws: IngestError.pdfWithoutPages(path: url.relativePath)) { try PDFSource().load(url, log: &log) }
        #expect(IngestError.pdfWithoutPages(path: "x.pdf").description == "x.pdf: the PDF has no pages")
    }

    /// A PDF of images with no text layer is read, and says it needs OCR.
    @Test func aPDFWithoutTextSaysSo() throws {
        let url = try TestFiles.pdf("image-only")
        var log = DiagnosticLog()
        let document = try PDFSource().load(url, log: &log)
        #expect(document.pages.count == 1)
        #expect(log.diagnostics.map(\.code) == [.noTextLayer])
        #expect(log.diagnostics.first?.message == "no page of the PDF holds text (pages: 1; scanned images?); run OCR on it first")
    }

    @Test func aTruncatedPDFIsReported() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: TestFiles.pdf("budget-table"))
        let url = folder.appending(path: "cut.pdf")
        try data.prefix(data.count / 2).write(to: url)
        var log = DiagnosticLog()
        #expect(throws: IngestError.truncatedPDF(path: url.relativePath)) { try PDFSource().load(url, log: &log) }
    }

    @Test func aTextFileNamedPDFIsReported() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appending(path: "plan.pdf")
        try Data("Aktivitetsplan 2023\n".utf8).write(to: url)
        var log = DiagnosticLog()
        #expect(throws: IngestError.notPDF(path: url.relativePath)) { try PDFSource().load(url, log: &log) }
    }

    @Test func aMissingPdftotextIsReported() throws {
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        #expect(throws: IngestError.pdftotextNotInstalled(path: url.relativePath)) {
            try PDFSource(executable: "/nonexistent/pdftotext").load(url, log: &log)
        }
    }

    @Test func aHangingPdftotextIsStoppedAtTheTimeout() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = try FakeTool.make(in: folder, script: "exec sleep 30")
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        let started = Date()
        #expect(throws: IngestError.timedOut(DeadlineExceeded(path: url.relativePath, seconds: 0.5, stage: "running pdftotext"))) {
            try PDFSource(executable: fake.path).load(url, deadline: Deadline(seconds: 0.5), log: &log)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aFailingPdftotextReportsItsStatusAndMessage() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Floods stderr past a pipe's buffer before failing: must not deadlock.
        let fake = try FakeTool.make(in: folder, script: """
            head -c 200000 /dev/zero | tr '\\0' x >&2
            echo >&2
            echo 'Syntax Error: broken xref' >&2
            exit 99
            """)
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        #expect(throws: IngestError.pdftotextFailed(path: url.relativePath, status: 99,
                                                    message: "Syntax Error: broken xref")) {
            try PDFSource(executable: fake.path).load(url, log: &log)
        }
    }

    @Test func malformedLayoutOutputIsReported() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = try FakeTool.make(in: folder, script: "echo '<doc><page width=\"1\"><line>'")
        let url = try TestFiles.pdf("budget-table")
        var log = DiagnosticLog()
        #expect(throws: IngestError.malformedLayout(path: url.relativePath, reason: "XML syntax error")) {
            try PDFSource(executable: fake.path).load(url, log: &log)
        }
    }
}

/// A stand-in for pdftotext: a shell script with the given body.
enum FakeTool {
    /// Writes an executable shell script. It is written through a close-on-exec descriptor: tests
    /// run in parallel, and a process another test starts meanwhile would otherwise inherit the
    /// open file and make running it fail with "Text file busy".
    static func make(in folder: URL, script: String) throws -> URL {
        let url = folder.appending(path: "pdftotext")
        let bytes = Array("#!/bin/sh\n\(script)\n".utf8)
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        return url
    }
}
