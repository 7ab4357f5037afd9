import Foundation

/// `out/manifest.json`: what the last run saw and did, per input. The only output with timestamps.
///
/// It is also the run's memory: an input whose content hash and pipeline version match an entry
/// (and whose outputs still exist) is not processed again.
public struct Manifest: Sendable, Equatable, Codable {
    public static let fileName = "manifest.json"

    public var schemaVersion = "1"
    public var pipelineVersion: String
    public var startedAt: String
    public var finishedAt: String
    public var summary: Summary
    public var inputs: [Entry]

    public struct Summary: Sendable, Equatable, Codable {
        public var documents: Int
        public var ok: Int
        public var warning: Int
        public var failed: Int
        /// Inputs taken over unchanged from the previous run.
        public var unchanged: Int
    }

    /// One input file.
    public struct Entry: Sendable, Equatable, Codable {
        public enum Status: String, Sendable, Codable { case ok, warning, failed }

        /// Relative to the input folder.
        public var path: String
        public var sha256: String
        /// What `stat` said of the file when it was hashed: size in bytes, modification and
        /// status-change times ("seconds.nanoseconds" since 1970) and "device:inode". The next run
        /// takes `sha256` over without reading a file whose path and all four are unchanged (nil in
        /// manifests of earlier versions).
        public var size: Int?
        public var modified: String?
        public var changed: String?
        public var fileID: String?
        public var status: Status
        /// Why it failed (null unless failed).
        public var reason: String?
        public var documentID: String?
        public var warnings: Int
        /// Output files, relative to the output folder.
        public var outputs: [String]
        public var pipelineVersion: String

        private enum CodingKeys: String, CodingKey {
            case path, sha256, size, modified, changed, fileID = "file_id", status, reason, documentID = "document_id"
            case warnings, outputs
            case pipelineVersion = "pipeline_version"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(size, forKey: .size)
            try container.encode(modified, forKey: .modified)
            try container.encode(changed, forKey: .changed)
            try container.encode(fileID, forKey: .fileID)
            try container.encode(status, forKey: .status)
            try container.encode(reason, forKey: .reason)
            try container.encode(documentID, forKey: .documentID)
            try container.encode(warnings, forKey: .warnings)
            try container.encode(outputs, forKey: .outputs)
            try container.encode(pipelineVersion, forKey: .pipelineVersion)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", pipelineVersion = "pipeline_version", startedAt = "started_at"
        case finishedAt = "finished_at", summary, inputs
    }

    /// The manifest in `folder`, or nil when there is none or it cannot be read (then everything runs).
    public static func load(from folder: URL) -> Manifest? {
        guard let data = try? Data(contentsOf: folder.appending(path: fileName)) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }
}
