/// Why a file could not be read at all. Each case renders as one line a user can act on;
/// the CLI prints it as `planpipe: <file>: <reason>`.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(path: String)
    /// A name whose bytes are not UTF-8 (Latin-1 "å" as one byte): Swift sees U+FFFD in its place
    /// and cannot open it by that name.
    case nameNotUTF8(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case binaryData(path: String)
    /// A PDF named like a text dump.
    case pdfWithTextName(path: String)
    case unsupportedFormat(path: String)
    case notPDF(path: String)
    /// A PDF with no pages at all.
    case pdfWithoutPages(path: String)
    case truncatedPDF(path: String)
    case encryptedPDF(path: String)
    case pdftotextNotInstalled(path: String)
    /// The document's deadline passed while it was read.
    case timedOut(DeadlineExceeded)
    /// pdftotext wrote more than `allowed` bytes, `base` plus `perPage` for each page it began.
    case pdftotextOutputTooLarge(path: String, allowed: Int, base: Int, perPage: Int)
    case pdftotextFailed(path: String, status: Int32, message: String)
    case malformedLayout(path: String, reason: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .nameNotUTF8(let path), .isDirectory(let path), .unreadable(let path, _),
             .emptyFile(let path), .binaryData(let path), .pdfWithTextName(let path), .unsupportedFormat(let path),
             .notPDF(let path), .pdfWithoutPages(let path), .truncatedPDF(let path), .encryptedPDF(let path),
             .pdftotextNotInstalled(let path), .pdftotextOutputTooLarge(let path, _, _, _),
             .pdftotextFailed(let path, _, _), .malformedLayout(let path, _):
            path
        case .timedOut(let exceeded): exceeded.path
        }
    }

    /// The reason alone, without the path.
    public var reason: String {
        switch self {
        case .fileNotFound: "no such file"
        case .nameNotUTF8: IngestError.nameNotUTF8Reason
        case .isDirectory: "is a directory, not a document"
        case .unreadable(_, let reason): "cannot read the file: \(reason)"
        case .emptyFile: "the file is empty"
        case .binaryData: "binary data, not a text dump (expected a .txt of extracted plan text)"
        case .pdfWithTextName: "a PDF with a text dump's name (it starts with %PDF-); rename it to .pdf"
        case .unsupportedFormat: "unsupported file type (expected .txt or .pdf)"
        case .notPDF: "not a PDF (the file does not start with %PDF-)"
        case .pdfWithoutPages: "the PDF has no pages"
        case .truncatedPDF: "truncated PDF (no %%EOF marker at the end); download the file again"
        case .encryptedPDF: "encrypted PDF; remove the password protection and retry"
        case .pdftotextNotInstalled:
            "pdftotext is not installed (install poppler-utils: apt-get install poppler-utils)"
        case .timedOut(let exceeded): exceeded.reason
        case .pdftotextOutputTooLarge(_, let allowed, let base, let perPage):
            "pdftotext wrote more than \(allowed / 1_048_576) MB, more than its pages allow "
                + "(\(base / 1_048_576) MB plus \(perPage / 1_048_576) MB a page), and was stopped; the PDF is damaged or not a plan"
        case .pdftotextFailed(_, let status, let message):
            message.isEmpty ? "pdftotext failed with exit status \(status)"
                : "pdftotext failed with exit status \(status): \(message)"
        case .malformedLayout(_, let reason): "unreadable pdftotext layout output: \(reason)"
        }
    }

    public var description: String { "\(path): \(reason)" }

    /// Why a file whose name is not UTF-8 is not read (the batch gives the same reason).
    public static let nameNotUTF8Reason =
        "the file name is not valid UTF-8 (shown with \u{FFFD}) and cannot be opened by it; rename the file "
            + "(convmv -f latin1 -t utf-8 --notest <file>)"

    /// Whether `path` holds U+FFFD, the sign of a name that was not UTF-8 (when no such file exists).
    public static func looksLikeNonUTF8Name(_ path: String) -> Bool {
        path.unicodeScalars.contains("\u{FFFD}")
    }
}
