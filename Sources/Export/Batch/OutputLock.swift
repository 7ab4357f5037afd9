import Foundation

/// An exclusive lock on an output folder (`flock` on `<out>/.planpipe.lock`), held for a whole
/// run, so two runs never write the same folder at once. The kernel releases it when the process
/// ends, even when it is killed, so a killed run never leaves the folder locked.
final class OutputLock {
    private let descriptor: Int32

    init(folder: URL) throws(BatchError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(.cannotWrite(path: folder.relativePath, reason: OutputError.reason(for: error)))
        }
        let lockFile = folder.appending(path: ".planpipe.lock")
        descriptor = open(lockFile.path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(.cannotWrite(path: lockFile.relativePath, reason: String(cString: strerror(errno))))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .busy(path: folder.relativePath)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Removes temporary files a killed run left behind (`OutputWriter.temporaryURL`) under `folder`,
    /// and the journals SQLite keeps beside such a file (`….tmp-journal`, `….tmp-wal`, `….tmp-shm`).
    static func removeLeftovers(in folder: URL) {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in enumerator where url.lastPathComponent.hasPrefix(".")
            && [".tmp", ".tmp-journal", ".tmp-wal", ".tmp-shm"].contains(where: url.lastPathComponent.hasSuffix) {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
