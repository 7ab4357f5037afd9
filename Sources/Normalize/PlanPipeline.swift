import Foundation
import Ingest

/// Ingest then Normalize for one file: the library entry point behind `planpipe extract`.
public struct PlanPipeline: Sendable {
    public var loader: DocumentLoader
    public var normalizer: Normalizer
    /// Seconds one document may take, pdftotext and parsing together (`--timeout`).
    public var timeout: Double

    public init(loader: DocumentLoader = DocumentLoader(), normalizer: Normalizer,
                timeout: Double = Deadline.defaultSeconds) {
        self.loader = loader
        self.normalizer = normalizer
        self.timeout = timeout
    }

    /// A pipeline with planpipe's bundled domain data and default pdftotext settings.
    public init() throws(PipelineError) {
        do {
            self.init(normalizer: try Normalizer())
        } catch {
            throw .normalize(error)
        }
    }

    /// Reads and normalizes the document at `url`.
    /// - Throws: `PipelineError` when the file cannot be read at all or not within `timeout`;
    ///   content problems are warnings.
    public func extract(_ url: URL) throws(PipelineError) -> PlanDocument {
        let deadline = Deadline(seconds: timeout)
        var log = DiagnosticLog()
        let source: SourceDocument
        do {
            source = try loader.load(url, deadline: deadline, log: &log)
        } catch {
            throw .ingest(error)
        }
        do {
            return try normalizer.normalize(source, log: log, deadline: deadline)
        } catch {
            throw .timedOut(error)
        }
    }
}

/// A failure to process one file, from whichever stage stopped.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    case ingest(IngestError)
    case normalize(NormalizeError)
    /// The deadline passed while the document was parsed.
    case timedOut(DeadlineExceeded)

    public var description: String {
        switch self {
        case .ingest(let error): error.description
        case .normalize(let error): error.description
        case .timedOut(let error): error.description
        }
    }
}
