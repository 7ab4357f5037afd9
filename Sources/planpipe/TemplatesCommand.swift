import ArgumentParser
import Foundation
import Normalize

/// `planpipe templates [--explain LINE …]`: the words planpipe reads templates by, or how it reads one line.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Print the header words, heading words and budget header shapes planpipe knows.",
        discussion: """
            With --explain, print how planpipe reads a header or heading line instead: each cell's role and \
            whether the line opens an activity, measures or budget table or is a heading. Write cells apart \
            with ' | ', for example: planpipe templates --explain "Aktivitet | Ansvar | Tidplan | Förväntat resultat"
            """
    )

    @Option(name: .customLong("explain"), help: "A header or heading line to explain (may be repeated).")
    var lines: [String] = []

    func run() throws {
        let catalog: TemplateCatalog
        do {
            catalog = TemplateCatalog(domain: try DomainData.bundled())
        } catch {
            throw Trouble(message: error.description)
        }
        let text = lines.isEmpty ? catalog.report() : lines.map(catalog.explain).joined(separator: "\n")
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
