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
        let temporary = Self.temporaryURL(for: url)
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw .cannotWrite(path: url.relativePath, reason: OutputError.reason(for: error))
        }
        try Self.moveIntoPlace(temporary, url)
        return true
    }

    /// The temporary file beside `target` that is written and then renamed over it:
    /// `.<name>.<uuid>.tmp`, the shape a batch removes when a killed run left one behind.
    public static func temporaryURL(for target: URL) -> URL {
        target.deletingLastPathComponent().appending(path: ".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    }

    /// Renames `temporary` over `target` in one step; on failure the temporary file is removed.
    public static func moveIntoPlace(_ temporary: URL, _ target: URL) throws(OutputError) {
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: target.relativePath, reason: reason)
        }
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

    /// A file system error as a short reason: the system's own words beneath Foundation's when it
    /// has them ("Not a directory", "Read-only file system"), not "NSCocoaErrorDomain error 512".
    static func reason(for error: any Error) -> String {
        switch (error as NSError).userInfo[NSUnderlyingErrorKey] {
        case let posix as POSIXError: String(cString: strerror(posix.code.rawValue))
        case let other as NSError where other.domain == NSPOSIXErrorDomain: String(cString: strerror(Int32(other.code)))
        default: error.localizedDescription
        }
    }
}
