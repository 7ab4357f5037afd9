import ArgumentParser
import Export
import Foundation
import Ingest
import Normalize

/// `planpipe run [DIR] --out out`: the nightly batch.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process every .txt and .pdf under a folder into out/: documents, CSV, comparison, manifest.",
        discussion: """
            Unchanged documents (same content and pipeline version) are taken over from the last run. \
            Exit status: 0 all documents succeeded, 1 some failed (see out/manifest.json), 2 usage errors.
            """
    )

    @Argument(help: "The folder of documents.")
    var folder: String = "seeds"

    @Option(name: .customLong("out"), help: "The output folder.")
    var output: String = "out"

    @Option(help: "Documents processed at the same time (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Process every document, even unchanged ones.")
    var force = false

    @Option(help: "Seconds each document may take, pdftotext and parsing together, before it is stopped.")
    var timeout: Double = Deadline.defaultSeconds

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() async throws {
        let started = Date()
        do {
            _ = try PlanPipeline()  // planpipe's own data and the dictionary: missing, nothing can run
        } catch {
            throw Trouble(message: error.description)
        }
        let printer = ProgressPrinter()
        let runner = BatchRunner(configuration: BatchConfiguration(
            input: URL(filePath: folder), output: URL(filePath: output), jobs: jobs, force: force, timeout: timeout))
        let manifest: Manifest
        do {
            manifest = try await runner.run { printer.show($0) }
        } catch {
            throw Trouble(message: error.description)
        }
        printer.summary(manifest, seconds: Date().timeIntervalSince(started), output: output)
        if manifest.summary.failed > 0 { throw ExitCode(1) }
    }
}

/// `planpipe schema`: the JSON Schema every document output validates against.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of planpipe's document output."
    )

    func run() throws {
        FileHandle.standardOutput.write(try PlanSchema.data())
    }
}
