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
            Exit status: 0 all documents succeeded (warnings included), 1 some failed (see out/manifest.json), \
            2 the batch could not run (a usage error, no such folder, the output folder busy or not writable, \
            the Swedish dictionary missing).
            """
    )

    @Argument(help: "The folder of documents.")
    var folder: String = "seeds"

    @Option(name: .customLong("out"), help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String = "out"

    // `.unconditional` takes `--jobs -1` as a value (to be refused by `validate`), not as an option.
    @Option(parsing: .unconditional,
            help: ArgumentHelp("Documents processed at the same time (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Process every document, even unchanged ones.")
    var force = false

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Seconds each document may take, pdftotext and parsing together, before it is stopped.",
                               valueName: "seconds"))
    var timeout: Double = Deadline.defaultSeconds

    func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1 (got \(jobs)); leave it out to use every core")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))") }
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
            input: URL(filePath: folder), output: URL(filePath: output),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force, timeout: timeout))
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
        do {
            FileHandle.standardOutput.write(try PlanSchema.data())
        } catch {
            throw Trouble(message: error.description)
        }
    }
}
