import ArgumentParser
import Export
import Foundation
import Normalize

/// `planpipe diff OLD NEW`: what changed between two versions of a plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a plan (.txt, .pdf or planpipe .json, in any mix).",
        discussion: "Exit status like diff(1): 0 no differences, 1 differences, 2 trouble."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md, html
    }

    @Argument(help: "The old version.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(help: "What to write: the contract's JSON, Markdown, or a Swedish HTML page for a browser or an e-mail.")
    var format: Format = .json

    func run() throws {
        let documents: (PlanDocument, PlanDocument)
        do {
            let input = DiffInput(pipeline: try PlanPipeline())
            documents = (try input.load(URL(filePath: old)), try input.load(URL(filePath: new)))
        } catch {
            throw Trouble(message: "\(error)")
        }
        let report = DiffReport(diff: PlanDiffer().diff(documents.0, documents.1))
        switch format {
        case .json:
            do {
                FileHandle.standardOutput.write(try report.json())
            } catch {
                throw Trouble(message: "cannot write the diff: \(error)")
            }
        case .md: FileHandle.standardOutput.write(Data(report.markdown().utf8))
        case .html: FileHandle.standardOutput.write(Data(report.html().utf8))
        }
        if report.diff.hasDifferences { throw ExitCode(1) }
    }
}
