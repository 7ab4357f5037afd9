import ArgumentParser
import Export
import Foundation
import Ingest
import Normalize

/// `planpipe extract FILE`: one document to normalized JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read one plan (.txt text dump or .pdf) and print its normalized JSON.",
        discussion: "Warnings about the document go to stderr as 'file:line: warning: code: message'."
    )

    @Argument(help: "The document: a .txt text dump or a .pdf.")
    var file: String

    @Option(name: .customLong("output-dir"),
            help: ArgumentHelp("Write <id>.json into this folder (atomically) instead of printing to stdout.",
                               valueName: "dir"))
    var outputDirectory: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Seconds the document may take, pdftotext and parsing together, before it is stopped.",
                               valueName: "seconds"))
    var timeout: Double = Deadline.defaultSeconds

    @Flag(help: "Do not print warnings to stderr.")
    var quiet = false

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))") }
    }

    func run() throws {
        var pipeline: PlanPipeline
        do {
            pipeline = try PlanPipeline()
        } catch {
            throw Trouble(message: error.description)
        }
        pipeline.timeout = timeout
        let document: PlanDocument
        do {
            document = try pipeline.extract(URL(filePath: file))
        } catch {
            throw DocumentFailure(message: error.description)
        }
        if !quiet { WarningPrinter().print(document) }
        let json: Data
        do {
            json = try PlanJSONExporter().render(document)
        } catch {
            throw DocumentFailure(message: "\(file): cannot write its JSON (\(error))")
        }
        if let outputDirectory {
            let target = URL(filePath: outputDirectory).appending(path: "\(document.document.id).json")
            do {
                try OutputWriter().write(json, to: target)
            } catch {
                throw DocumentFailure(message: error.description)
            }
            print(target.relativePath)
        } else {
            FileHandle.standardOutput.write(json)
        }
    }
}
