import Foundation
import Ingest

/// Ingest then Normalize for one file: the library entry point behind `planpipe extract`.
public struct PlanPipeline: Sendable {
    public var loader: DocumentLoader
    public var normalizer: Normalizer

    public init(loader: DocumentLoader = DocumentLoader(), normalizer: Normalizer) {
        self.loader = loader
        self.normalizer = normalizer
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
    /// - Throws: `PipelineError` when the file cannot be read at all; content problems are warnings.
    public func extract(_ url: URL) throws(PipelineError) -> PlanDocument {
        var log = DiagnosticLog()
        let source: SourceDocument
        do {
            source = try loader.load(url, log: &log)
        } catch {
            throw .ingest(error)
        }
        return normalizer.normalize(source, log: log)
    }
}

/// A failure to process one file, from whichever stage stopped.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    case ingest(IngestError)
    case normalize(NormalizeError)

    public var description: String {
        switch self {
        case .ingest(let error): error.description
        case .normalize(let error): error.description
        }
    }
}
