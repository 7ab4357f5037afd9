import Foundation

/// Writes output files atomically: to a temporary file beside the target, then renamed over it,
/// so a reader (or a killed run) never sees a half-written file. Unchanged files are not touched.
public struct OutputWriter: Sendable {
    public init() {}

    /// Writes `data` to `url`, creating parent folders. Returns false when the file already held `data`.
    @discardableResult
    public func write(_ data: Data, to url: URL) throws(OutputError) -> Bool {
        let manager = FileManager.default
        if let existing = try? Data(contentsOf: url), existing == data { return false }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appending(path: ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw .cannotWrite(path: url.relativePath, reason: error.localizedDescription)
        }
        return true
    }
}

/// Why an output file could not be written.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        }
    }
}
