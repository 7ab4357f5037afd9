import Foundation

/// Reads plan PDFs through poppler's `pdftotext -bbox-layout`, run as a process in a group of
/// its own, stopped with all it started when the document's deadline passes or its output grows
/// past what its pages allow (`OutputLimit`).
public struct PDFSource: DocumentSource {
    /// The pdftotext executable: a name looked up on PATH, or a path.
    public var executable: String

    public init(executable: String = "pdftotext") {
        self.executable = executable
    }

    public static func canRead(_ url: URL) -> Bool { url.pathExtension.fastLowercased() == "pdf" }

    public func load(_ url: URL, deadline: Deadline = Deadline(), log: inout DiagnosticLog) throws(IngestError) -> SourceDocument {
        let path = url.relativePath
        try PDFPreflight.check(url)
        let data = try FileCheck.read(url)
        let result: ProcessRunner.Result
        let limit = OutputLimit()
        let reader = LayoutXMLReader(path: path)
        do {
            result = try ProcessRunner(deadline: deadline, outputLimit: limit)
                .run(executable, arguments: ["-bbox-layout", "-enc", "UTF-8", url.path, "-"], output: reader.feed)
        } catch {
            switch error {
            case .notFound: throw .pdftotextNotInstalled(path: path)
            case .timedOut: throw .timedOut(DeadlineExceeded(path: path, seconds: deadline.seconds, stage: "running pdftotext"))
            case .outputTooLarge(let allowed):
                throw .pdftotextOutputTooLarge(path: path, allowed: allowed, base: limit.base, perPage: limit.perPage)
            case .launchFailed(let reason): throw .pdftotextFailed(path: path, status: -1, message: reason)
            }
        }
        try Self.check(result, path: path)
        let pages = try reader.finish()
        do {
            try deadline.check(path: path, stage: "reading pdftotext's output")
        } catch {
            throw .timedOut(error)
        }
        if pages.isEmpty { throw .malformedLayout(path: path, reason: "no pages in the output") }
        if pages.allSatisfy({ $0.lines.isEmpty }) {
            log.emit(Diagnostic(code: .noTextLayer,
                                message: "no page of the PDF holds text (pages: \(pages.count); scanned images?); run OCR on it first"))
        }
        return SourceDocument(path: path, format: .pdf, sha256: SHA256.hex(of: data), pages: pages)
    }

    /// Maps pdftotext's exit status and message to a typed error.
    /// pdftotext exits 1 when it cannot open the file (also for a wrong password),
    /// 3 when the document forbids copying its text, and 99 for other errors.
    static func check(_ result: ProcessRunner.Result, path: String) throws(IngestError) {
        let message = String(decoding: result.standardError, as: UTF8.self)
        let lastLine = message.split(separator: "\n").last.map { $0.trimmingWhitespace } ?? ""
        if result.status == 0 { return }
        if result.status == 3 || message.localizedCaseInsensitiveContains("password") {
            throw .encryptedPDF(path: path)
        }
        if message.contains("May not be a PDF file") { throw .notPDF(path: path) }
        if message.contains("Wrong page range") { throw .pdfWithoutPages(path: path) }
        throw .pdftotextFailed(path: path, status: result.status, message: lastLine)
    }
}
