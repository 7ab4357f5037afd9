import Foundation
import Ingest
import Normalize

/// What a batch run is asked to do.
public struct BatchConfiguration: Sendable {
    public var input: URL
    public var output: URL
    /// Documents processed at the same time.
    public var jobs: Int
    /// Process every document, even unchanged ones.
    public var force: Bool
    /// Seconds each document may take, pdftotext and parsing together.
    public var timeout: Double

    public init(input: URL, output: URL, jobs: Int, force: Bool = false, timeout: Double = Deadline.defaultSeconds) {
        self.input = input
        self.output = output
        self.jobs = max(1, jobs)
        self.force = force
        self.timeout = timeout
    }
}

/// Progress of a run, for the CLI to show.
public enum BatchEvent: Sendable {
    case started(total: Int, unchanged: Int)
    case document(Manifest.Entry, done: Int, total: Int)
    case exporting
}

/// The nightly batch: every document under a folder to `documents/<id>.json`, then the tables,
/// comparison and manifest built from them.
///
/// - Incremental: an input whose content hash and pipeline version are in the previous manifest,
///   with its outputs present, is taken over as it is; a renamed file is recognized by its hash.
/// - Isolated: a document that fails is recorded with its reason; the others complete.
/// - Atomic: each document is written to a staging file named by its content hash and renamed
///   into place once all ids are known; the manifest is written last. A run killed half-way leaves
///   the previous outputs and manifest intact, and the next run completes the work.
/// - Deterministic: documents are named and listed in input path order; only the manifest holds
///   timestamps.
public struct BatchRunner: Sendable {
    public var configuration: BatchConfiguration
    var writer = OutputWriter()

    static let documentsFolder = "documents"
    static let stagingFolder = "documents/.staging"

    /// A runner for one batch; `run` may be called again for the next night.
    public init(configuration: BatchConfiguration) {
        self.configuration = configuration
    }

    /// Runs the batch and returns the manifest it wrote. `progress` is called as documents finish
    /// (from several tasks, never at the same time). Throws only when the batch cannot run at all;
    /// a failing document is an entry of the manifest.
    public func run(progress: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async throws(BatchError) -> Manifest {
        let startedAt = Date().ISO8601Format()
        let output = configuration.output
        let lock = try OutputLock(folder: output)
        defer { withExtendedLifetime(lock) {} }
        OutputLock.removeLeftovers(in: output)
        let lastRun = Manifest.load(from: output)
        let inputs = try InputScanner().inputs(in: configuration.input, known: configuration.force ? nil : lastRun)
        let previous = configuration.force ? nil : lastRun
        let reusable = reusableEntries(previous)
        // A document that fails now keeps the output the last run made of the same content,
        // even when that run was forced away or had another pipeline version.
        let lastGood = reusableEntries(lastRun, anyVersion: true)
        let staging = output.appending(path: Self.stagingFolder)
        try? FileManager.default.removeItem(at: staging)

        var results = [Int: Result](minimumCapacity: inputs.count)
        var pending: [Int] = []
        for (index, input) in inputs.enumerated() {
            if let unreadable = input.unreadable {
                results[index] = .failed(unreadable)
            } else if let hash = input.sha256, let entry = reusable[hash] {
                results[index] = .unchanged(entry)
            } else {
                pending.append(index)
            }
        }
        // Unchanged means reused from the last run; an unreadable input is a failure, not unchanged.
        let unchanged = results.values.filter { if case .unchanged = $0 { true } else { false } }.count
        progress(.started(total: inputs.count, unchanged: unchanged))
        let processed = await process(pending.map { (index: $0, input: inputs[$0]) }, staging: staging,
                                      total: inputs.count, alreadyDone: inputs.count - pending.count, progress: progress)
        results.merge(processed) { _, new in new }
        for (index, input) in inputs.enumerated() {
            if case .failed(let reason) = results[index], let hash = input.sha256, let kept = lastGood[hash] {
                results[index] = .keptAfterFailure(kept, reason: reason)
            }
        }

        let entries = try place(inputs: inputs, results: results, staging: staging)
        try? FileManager.default.removeItem(at: staging)
        let documentFiles = Set(entries.flatMap(\.outputs)).sorted()
        let removed = removeStaleDocuments(keeping: Set(documentFiles))
        let changed = !pending.isEmpty || removed > 0 || previous?.inputs.map(\.path) != entries.map(\.path)
        var manifest = Manifest(
            pipelineVersion: PipelineVersion.current, startedAt: startedAt, finishedAt: Date().ISO8601Format(),
            summary: Manifest.Summary(documents: entries.count,
                                      ok: entries.filter { $0.status == .ok }.count,
                                      warning: entries.filter { $0.status == .warning }.count,
                                      failed: entries.filter { $0.status == .failed }.count,
                                      unchanged: unchanged),
            inputs: entries)
        // The documents are in place: record them before the long export, so a run killed
        // during it leaves a manifest that matches the files.
        try writeManifest(manifest)
        if changed || !BatchExports.exist(in: output) {
            progress(.exporting)
            try BatchExports(output: output).write(documentFiles: documentFiles)
        }
        manifest.finishedAt = Date().ISO8601Format()
        try writeManifest(manifest)
        return manifest
    }

    private func writeManifest(_ manifest: Manifest) throws(BatchError) {
        do {
            try writer.write(try PlanJSON.encode(manifest), to: configuration.output.appending(path: Manifest.fileName))
        } catch let error as OutputError {
            throw .cannotWrite(error)
        } catch {
            throw .cannotWrite(.cannotWrite(path: Manifest.fileName, reason: String(describing: error)))
        }
    }

    // MARK: - Processing

    enum Result: Sendable {
        case unchanged(Manifest.Entry)
        /// Written to staging as `<sha256>.json`.
        case processed(documentID: String, warnings: Int)
        case failed(String)
        /// Failed now, but the last run's output of the same content is kept.
        case keptAfterFailure(Manifest.Entry, reason: String)
    }

    /// Entries of the previous run that can be taken over: same pipeline (unless `anyVersion`, for
    /// keeping an output after a failure), not failed, and outputs that are still there and still
    /// hold that input's document (its hash is in the first bytes).
    private func reusableEntries(_ previous: Manifest?, anyVersion: Bool = false) -> [String: Manifest.Entry] {
        guard let previous, anyVersion || previous.pipelineVersion == PipelineVersion.current else { return [:] }
        var entries: [String: Manifest.Entry] = [:]
        for entry in previous.inputs
        where (entry.status != .failed || anyVersion && !entry.outputs.isEmpty)  // a failure is always retried
            && (anyVersion || entry.pipelineVersion == PipelineVersion.current) && Self.isSafe(entry) {
            let intact = entry.outputs.allSatisfy { Self.holds(configuration.output.appending(path: $0), hash: entry.sha256) }
            if intact { entries[entry.sha256] = entry }
        }
        return entries
    }

    /// The manifest is read back from disk, so a tampered entry must not lead a write or a removal
    /// out of the documents folder: its id is `[a-z0-9_-]+` and each output is `documents/<id>.json`.
    /// Any other entry is dropped (its input is processed again).
    static func isSafe(_ entry: Manifest.Entry) -> Bool {
        guard let id = entry.documentID else { return entry.outputs.isEmpty }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        return !id.isEmpty && allowed && entry.outputs.allSatisfy { $0 == "\(documentsFolder)/\(id).json" }
    }

    /// Whether the document file at `url` was made from the input with `hash`.
    private static func holds(_ url: URL, hash: String) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("\"sha256\": \"\(hash)\"")
    }

    private func process(_ work: [(index: Int, input: InputScanner.Input)], staging: URL, total: Int,
                         alreadyDone: Int, progress: @escaping @Sendable (BatchEvent) -> Void) async -> [Int: Result] {
        let pipeline: PlanPipeline
        do {
            pipeline = try PlanPipeline()
        } catch {
            return Dictionary(uniqueKeysWithValues: work.map { ($0.index, Result.failed(error.description)) })
        }
        var configured = pipeline
        configured.timeout = configuration.timeout
        let runner = configured
        var results: [Int: Result] = [:]
        var done = alreadyDone
        await withTaskGroup(of: (Int, Result, Manifest.Entry).self) { group in
            var next = 0
            func addNext() {
                guard next < work.count else { return }
                let item = work[next]
                next += 1
                group.addTask { [writer] in
                    let result = Self.processOne(item.input, pipeline: runner, staging: staging, writer: writer)
                    return (item.index, result, Self.previewEntry(item.input, result))
                }
            }
            for _ in 0..<configuration.jobs { addNext() }
            for await (index, result, entry) in group {
                results[index] = result
                done += 1
                progress(.document(entry, done: done, total: total))
                addNext()
            }
        }
        return results
    }

    private static func processOne(_ input: InputScanner.Input, pipeline: PlanPipeline, staging: URL,
                                   writer: OutputWriter) -> Result {
        do {
            var document = try pipeline.extract(input.url)
            document.document.source.path = input.sourcePath
            let data = try PlanJSON.encode(document)
            try writer.write(data, to: staging.appending(path: "\(input.sha256 ?? "unknown").json"))
            return .processed(documentID: document.document.id, warnings: document.warnings.count)
        } catch let error as PipelineError {
            // The file as the folder was given (seeds/…), not its absolute path.
            switch error {
            case .ingest(let ingest): return .failed("\(input.sourcePath): \(ingest.reason)")
            case .timedOut(let exceeded): return .failed("\(input.sourcePath): \(exceeded.reason)")
            case .normalize: return .failed(error.description)
            }
        } catch {
            return .failed(String(describing: error))
        }
    }

    private static func previewEntry(_ input: InputScanner.Input, _ result: Result) -> Manifest.Entry {
        var entry = Manifest.Entry(path: input.path, sha256: input.sha256 ?? "", status: .ok, reason: nil,
                                   documentID: nil, warnings: 0, outputs: [], pipelineVersion: PipelineVersion.current)
        switch result {
        case .unchanged(let previous): entry = previous
        case .processed(let id, let warnings):
            entry.documentID = id
            entry.warnings = warnings
            entry.status = warnings > 0 ? .warning : .ok
        case .failed(let reason):
            entry.status = .failed
            entry.reason = reason
        case .keptAfterFailure(let previous, let reason):
            entry = previous
            entry.status = .failed
            entry.reason = reason + "; the output of the last run is kept"
        }
        entry.size = input.stamp?.size
        entry.modified = input.stamp?.modified
        entry.changed = input.stamp?.changed
        entry.fileID = input.stamp?.fileID
        return entry
    }

    // MARK: - Placing documents

    /// Names every document in input path order: `<id>.json`, or `<id>-<hash prefix>.json` (with
    /// that id inside) when an earlier input with other content already has the id. Then moves
    /// the files: first the unchanged documents whose name changed (read before anything is
    /// overwritten), then the newly processed ones from staging.
    private func place(inputs: [InputScanner.Input], results: [Int: Result],
                       staging: URL) throws(BatchError) -> [Manifest.Entry] {
        var claimed: [String: String] = [:]  // document id → sha256
        var entries: [Manifest.Entry] = []
        var relocations: [(from: String, to: String, id: String?, sourcePath: String?)] = []
        var staged: [(hash: String, to: String, id: String?, sourcePath: String?)] = []
        // Content that more than one input holds: its document names the first of them.
        let shared = Set(Dictionary(inputs.compactMap { $0.sha256 }.map { ($0, 1) }, uniquingKeysWith: +)
            .filter { $0.value > 1 }.keys)
        for (index, input) in inputs.enumerated() {
            let hash = input.sha256 ?? ""
            var entry = Self.previewEntry(input, results[index] ?? .failed("not processed"))
            let renamed = entry.path != input.path
            entry.path = input.path
            let kept: Bool
            if case .keptAfterFailure = results[index] { kept = true } else { kept = false }
            guard entry.status != .failed || kept, let id = entry.documentID else {
                entry.outputs = []
                entries.append(entry)
                continue
            }
            var newID: String?
            if let owner = claimed[id], owner != hash {
                // Another input with other content has this id: this one is told apart by its hash,
                // in its file name and in the id it carries.
                newID = "\(id)-\(hash.prefix(8))"
            }
            let finalID = newID ?? id
            claimed[finalID] = hash
            let target = "\(Self.documentsFolder)/\(finalID).json"
            if case .processed = results[index] {
                // Inputs with the same bytes share one document, named by the first of them in
                // path order whichever finished last.
                if !staged.contains(where: { $0.hash == hash && $0.to == target }) {
                    staged.append((hash, target, newID, shared.contains(hash) ? input.sourcePath : nil))
                }
            } else if let old = entry.outputs.first, old != target || renamed {
                relocations.append((old, target, newID, renamed ? input.sourcePath : nil))
            }
            entry.documentID = finalID
            entry.outputs = [target]
            entries.append(entry)
        }
        let output = configuration.output
        do {
            let moving = try relocations.map {
                (try Data(contentsOf: output.appending(path: $0.from)), $0.to, $0.id, $0.sourcePath)
            }
            for (data, target, id, sourcePath) in moving {
                try writer.write(try DocumentRelabel.relabelled(data, id: id, sourcePath: sourcePath), to: output.appending(path: target))
            }
            let stagedTwice = Set(Dictionary(staged.map { ($0.hash, 1) }, uniquingKeysWith: +).filter { $0.value > 1 }.keys)
            for item in staged {
                let source = staging.appending(path: "\(item.hash).json")
                guard FileManager.default.fileExists(atPath: source.path) else { continue }
                let target = output.appending(path: item.to)
                if item.id == nil, item.sourcePath == nil, !stagedTwice.contains(item.hash) {
                    // As staged: renamed into place (or left, when the document there is the same).
                    if let existing = try? Data(contentsOf: target), existing == (try Data(contentsOf: source)) { continue }
                    try OutputWriter.moveIntoPlace(source, target)
                } else {
                    try writer.write(try DocumentRelabel.relabelled(Data(contentsOf: source), id: item.id, sourcePath: item.sourcePath),
                                     to: target)
                }
            }
        } catch let error as OutputError {
            throw .cannotWrite(error)
        } catch {
            throw .cannotWrite(.cannotWrite(path: output.relativePath, reason: String(describing: error)))
        }
        return entries
    }

    /// Removes documents no input produces any more. Returns how many.
    private func removeStaleDocuments(keeping outputs: Set<String>) -> Int {
        let folder = configuration.output.appending(path: Self.documentsFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return 0 }
        var removed = 0
        for name in names where name.hasSuffix(".json") && !outputs.contains("\(Self.documentsFolder)/\(name)") {
            if (try? FileManager.default.removeItem(at: folder.appending(path: name))) != nil { removed += 1 }
        }
        return removed
    }
}
