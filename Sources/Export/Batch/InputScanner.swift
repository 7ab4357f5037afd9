import Foundation
import Ingest

/// Finds the documents of a batch: every `.txt` and `.pdf` under a folder, in path order,
/// with the SHA-256 of its bytes (the key that recognizes a document when it is renamed).
/// A file whose path, size, modification and status-change times and file id match the last
/// run's manifest keeps the hash recorded there and is not read. The status-change time and the
/// file id are what a copy that restores the modification time (`cp -p`, `rsync -a`, `tar -x`,
/// `touch -r`) cannot keep, so a rewritten file is always read again.
struct InputScanner: Sendable {
    /// What `stat` says of a file, as the manifest records it.
    struct Stamp: Sendable, Equatable {
        var size: Int
        /// The modification time, "seconds.nanoseconds" since 1970.
        var modified: String
        /// The status-change time (set by the system on every write, rename or attribute change).
        var changed: String
        /// "device:inode".
        var fileID: String
    }

    struct Input: Sendable {
        var url: URL
        /// Relative to the input folder, with "/" separators.
        var path: String
        /// The folder as the user named it, then `path` ("seeds/000.txt"): the document's
        /// `source.path`, so outputs do not depend on where the folder sits on disk.
        var sourcePath: String
        var sha256: String?
        /// Why it could not be read (hashing failed).
        var unreadable: String?
        var stamp: Stamp?
    }

    /// The inputs under `folder`; `known` is the last run's manifest, whose hashes are taken over
    /// for files with the same path, size and time (nil hashes every file).
    func inputs(in folder: URL, known: Manifest? = nil) throws(BatchError) -> [Input] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notAFolder(path: folder.relativePath)
        }
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw .notAFolder(path: folder.relativePath)
        }
        let base = folder.standardizedFileURL.path
        var knownHashes: [String: (stamp: Stamp, sha256: String)] = [:]
        for entry in known?.inputs ?? [] {
            guard let size = entry.size, let modified = entry.modified, let changed = entry.changed,
                  let fileID = entry.fileID, !entry.sha256.isEmpty else { continue }
            knownHashes[entry.path] = (Stamp(size: size, modified: modified, changed: changed, fileID: fileID), entry.sha256)
        }
        var inputs: [Input] = []
        for case let url as URL in enumerator where ["txt", "pdf"].contains(url.pathExtension.lowercased()) {
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            let folderName = folder.relativePath == "." ? "" : folder.relativePath + "/"
            var input = Input(url: url, path: relative, sourcePath: folderName + relative)
            if let refusal = Self.refusal(url, base: base) {
                input.unreadable = refusal
            } else {
                input.stamp = Self.stamp(url)
                if let stamp = input.stamp, let known = knownHashes[relative], known.stamp == stamp {
                    input.sha256 = known.sha256
                } else {
                    do {
                        input.sha256 = SHA256.hex(of: try Data(contentsOf: url))
                    } catch {
                        input.unreadable = "cannot read the file: \(error.localizedDescription)"
                    }
                }
            }
            inputs.append(input)
        }
        return inputs.sorted { $0.path < $1.path }
    }

    /// The stamp of the file `url` leads to (nil when it cannot be examined).
    static func stamp(_ url: URL) -> Stamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        func time(_ spec: timespec) -> String {
            let nanoseconds = String(spec.tv_nsec)
            return "\(spec.tv_sec).\(String(repeating: "0", count: max(0, 9 - nanoseconds.count)))\(nanoseconds)"
        }
        return Stamp(size: Int(info.st_size), modified: time(info.st_mtim), changed: time(info.st_ctim),
                     fileID: "\(info.st_dev):\(info.st_ino)")
    }

    /// The batch reads regular files inside its folder only. A symbolic link is followed when it
    /// leads to a regular file inside the folder; one that loops, leads nowhere or leads outside
    /// the folder is refused, and so are FIFOs, sockets and devices (reading one could block), and
    /// files whose name is not UTF-8 (they cannot be opened by the name Foundation gives them).
    static func refusal(_ url: URL, base: String) -> String? {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: url.path) else {
            return IngestError.looksLikeNonUTF8Name(url.path) ? IngestError.nameNotUTF8Reason
                : "cannot read the file: it cannot be examined"
        }
        var kind = attributes[.type] as? FileAttributeType
        if kind == .typeSymbolicLink {
            let target = url.resolvingSymlinksInPath()
            kind = (try? manager.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
            guard kind != nil, kind != .typeSymbolicLink else {
                return "a symbolic link that loops or leads nowhere; not followed"
            }
            let real = URL(filePath: base).resolvingSymlinksInPath().path
            guard target.standardizedFileURL.path.hasPrefix(real + "/") else {
                return "a symbolic link to a file outside the input folder; not followed"
            }
        }
        guard kind == .typeRegular else {
            return "not a regular file (a FIFO, socket or device); skipped"
        }
        return nil
    }
}

/// Why a batch could not run at all (a bad document is never a batch error: it is in the manifest).
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAFolder(path: String)
    case cannotWrite(OutputError)
    /// Another run holds the output folder's lock.
    case busy(path: String)

    public var description: String {
        switch self {
        case .notAFolder(let path): "\(path): not a folder of documents"
        case .cannotWrite(let error): error.description
        case .busy(let path): "\(path): another planpipe run is writing to this folder; wait for it to finish"
        }
    }
}
