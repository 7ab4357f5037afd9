import Export
import Foundation

/// Shows a run's progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise
/// (one per document that was processed), then a one-line summary.
struct ProgressPrinter: Sendable {
    let isTerminal = isatty(STDERR_FILENO) == 1

    func show(_ event: BatchEvent) {
        switch event {
        case .started(let total, let unchanged):
            write("planpipe: \(total) documents, \(unchanged) unchanged since the last run\n")
        case .document(let entry, let done, let total):
            let status = entry.status == .failed ? "failed: \(Self.visible(entry.reason ?? ""))" : entry.status.rawValue
            let path = Self.visible(entry.path)
            if isTerminal {
                let width = 30
                let filled = total == 0 ? width : done * width / total
                let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                write("\r[\(bar)] \(done)/\(total) \(path.suffix(40))\u{1B}[K")
                if entry.status == .failed { write("\n  \(path): \(status)\n") }
            } else {
                write("\(done)/\(total) \(path): \(status)\n")
            }
        case .exporting:
            write(isTerminal ? "\r\u{1B}[Kwriting csv, sqlite, xlsx and comparison\n" : "writing csv, sqlite, xlsx and comparison\n")
        }
    }

    func summary(_ manifest: Manifest, seconds: Double, output: String) {
        let summary = manifest.summary
        write("planpipe: \(summary.documents) documents: \(summary.ok) ok, \(summary.warning) with warnings, "
            + "\(summary.failed) failed (\(summary.unchanged) unchanged) in \(String(format: "%.1f", seconds)) s; "
            + "see \(output)/manifest.json\n")
    }

    /// A file name as one line: control characters (a newline in a name, an escape) shown as
    /// `\u{…}`, so a name cannot break or repaint the progress display.
    static func visible(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
