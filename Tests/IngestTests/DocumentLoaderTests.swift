import Foundation
import Testing
@testable import Ingest

struct DocumentLoaderTests {
    @Test func missingFilesDirectoriesAndEmptyFilesAreRefused() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appending(path: "empty.txt")
        try Data().write(to: empty)
        let missing = folder.appending(path: "missing.txt")
        let other = folder.appending(path: "plan.docx")
        try Data("x".utf8).write(to: other)
        var log = DiagnosticLog()
        let loader = DocumentLoader()
        #expect(throws: IngestError.fileNotFound(path: missing.relativePath)) { try loader.load(missing, log: &log) }
        #expect(throws: IngestError.isDirectory(path: folder.relativePath)) { try loader.load(folder, log: &log) }
        #expect(throws: IngestError.emptyFile(path: empty.relativePath)) { try loader.load(empty, log: &log) }
        #expect(throws: IngestError.unsupportedFormat(path: other.relativePath)) { try loader.load(other, log: &log) }
    }

    /// Issue 15: `extract` of a Latin-1 name said "no such file"; the argument arrives with U+FFFD.
    @Test func aNameThatIsNotUTF8IsSaidToBeSo() {
        let url = URL(filePath: "latin1_\u{FFFD}\u{FFFD}.txt")
        var log = DiagnosticLog()
        #expect(throws: IngestError.nameNotUTF8(path: url.relativePath)) { try DocumentLoader().load(url, log: &log) }
        #expect(IngestError.nameNotUTF8(path: "a").description.hasPrefix("a: the file name is not valid UTF-8"))
    }

    @Test func errorsReadAsOneLineNamingTheFile() {
        let error = IngestError.encryptedPDF(path: "seeds/plan.pdf")
        #expect(error.description == "seeds/plan.pdf: encrypted PDF; remove the password protection and retry")
        #expect(!error.description.contains("\n"))
    }
}
