import Foundation

/// Reads one kind of input into the ingest boundary type.
public protocol DocumentSource: Sendable {
    /// Whether this source reads files like `url` (by extension).
    static func canRead(_ url: URL) -> Bool
    /// Reads `url`, stopping when `deadline` passes.
    func load(_ url: URL, deadline: Deadline, log: inout DiagnosticLog) throws(IngestError) -> SourceDocument
}

/// Picks the source for a file and loads it: the one entry point of the Ingest stage.
public struct DocumentLoader: Sendable {
    public var pdfSource: PDFSource
    public var textSource: TextDumpSource

    public init(pdfSource: PDFSource = PDFSource(), textSource: TextDumpSource = TextDumpSource()) {
        self.pdfSource = pdfSource
        self.textSource = textSource
    }

    /// Loads `url`, checking first that it is a readable, non-empty file.
    /// - Throws: `IngestError` naming the file and what is wrong with it.
    public func load(_ url: URL, deadline: Deadline = Deadline(), log: inout DiagnosticLog) throws(IngestError) -> SourceDocument {
        try FileCheck.requireRegularFile(url)
        if PDFSource.canRead(url) { return try pdfSource.load(url, deadline: deadline, log: &log) }
        if TextDumpSource.canRead(url) { return try textSource.load(url, deadline: deadline, log: &log) }
        throw .unsupportedFormat(path: url.relativePath)
    }
}

/// File-system checks shared by the sources.
enum FileCheck {
    static func requireRegularFile(_ url: URL) throws(IngestError) {
        let path = url.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw IngestError.looksLikeNonUTF8Name(path) ? .nameNotUTF8(path: path) : .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
    }

    static func read(_ url: URL) throws(IngestError) -> Data {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.relativePath, reason: error.localizedDescription)
        }
        if data.isEmpty { throw .emptyFile(path: url.relativePath) }
        return data
    }
}
