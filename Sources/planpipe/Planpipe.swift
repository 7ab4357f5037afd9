import ArgumentParser
import Export
import Foundation

/// The planpipe command line: thin subcommands over the Ingest, Normalize and Export libraries.
///
/// Exit status: 0 success, 1 a document could not be processed (`extract`), some documents
/// failed (`run`) or the versions differ (`diff`), 2 a usage error or a command that could not
/// run at all (`Trouble`, or any error planpipe did not expect).
@main
struct Planpipe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpipe",
        abstract: "Turn Swedish kommunalförbund plans and budgets into typed, comparable data.",
        version: PipelineVersion.current,
        subcommands: [ExtractCommand.self, RunCommand.self, DiffCommand.self, SchemaCommand.self, TemplatesCommand.self]
    )

    static func main() async {
        do {
            let command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch let failure as DocumentFailure {
            FileHandle.standardError.write(Data("planpipe: \(failure.message)\n".utf8))
            Foundation.exit(1)
        } catch let trouble as Trouble {
            FileHandle.standardError.write(Data("planpipe: \(trouble.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            // `ExitCode(1)` is the commands' own "failed" / "differs"; usage errors and anything unexpected are 2.
            Foundation.exit(error is ExitCode ? code.rawValue : 2)
        }
    }
}

/// A document that could not be processed; printed as one line `planpipe: <file>: <reason>`.
struct DocumentFailure: Error {
    var message: String
}

/// A command that could not run at all (no input folder, an output that cannot be written):
/// printed as one line, exit status 2.
struct Trouble: Error {
    var message: String
}
