import Foundation
import Ingest
import Normalize

/// Prints a document's warnings to stderr, one line each: `file:line: warning: code: message (page N)`.
struct WarningPrinter {
    func print(_ document: PlanDocument) {
        let path = document.document.source.path
        for warning in document.warnings {
            var location = path
            var suffix = ""
            if let provenance = warning.provenance {
                location += ":\(provenance.lines.lowerBound)"
                suffix = " (page \(provenance.page))"
            }
            let line = "\(location): warning: \(warning.code.rawValue): \(warning.message)\(suffix)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
