import Foundation

/// Cheap checks on a PDF's bytes before pdftotext sees it, so that the common failures get a
/// precise message: not a PDF at all, or cut off in transfer. Encryption is left to pdftotext,
/// which can still read a PDF that has only an owner password.
enum PDFPreflight {
    static func check(_ url: URL) throws(IngestError) {
        let path = url.relativePath
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? nil ?? Data()
        if head.isEmpty { throw .emptyFile(path: path) }
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF(path: path) }
        let size = (try? handle.seekToEnd()) ?? 0
        let tailLength: UInt64 = min(size, 4096)
        try? handle.seek(toOffset: size - tailLength)
        let tail = (try? handle.read(upToCount: Int(tailLength))) ?? nil ?? Data()
        guard tail.range(of: Data("%%EOF".utf8)) != nil else { throw .truncatedPDF(path: path) }
    }
}
