import Foundation
import Normalize

/// The exports built from a run's documents: tidy CSV (and its Swedish Excel twin) with a
/// Frictionless data package, the same tables in SQLite and in an Excel workbook, and the
/// cross-förbund comparison. Documents are read one at a
/// time from `documents/`, so memory does not grow with their number; every file is written to
/// a temporary name and renamed into place when complete.
struct BatchExports {
    var output: URL
    var writer = OutputWriter()
    var names = ReportNames.bundled()

    static let csvFolder = "csv"
    static let excelFolder = "csv/excel_sv"
    static let comparisonFolder = "comparison"

    /// Every file the exports write, relative to the output folder.
    static var files: [String] {
        let tables = CSVTable.all.flatMap { ["\(csvFolder)/\($0.name).csv", "\(excelFolder)/\($0.name).csv"] }
        let comparison = ["comparison.json", "comparison.csv", "comparison.md", "report.html"].map { "\(comparisonFolder)/\($0)" }
        return tables + comparison + ["\(csvFolder)/datapackage.json", "\(excelFolder)/datapackage.json", SQLiteExport.fileName,
                                    WorkbookExport.fileName]
    }

    /// Whether a previous run left all the exports in place.
    static func exist(in output: URL) -> Bool {
        files.allSatisfy { FileManager.default.fileExists(atPath: output.appending(path: $0).path) }
    }

    func write(documentFiles: [String]) throws(BatchError) {
        do {
            try writeAll(documentFiles)
        } catch let error as BatchError {
            throw error
        } catch let error as OutputError {
            throw .cannotWrite(error)
        } catch {
            throw .cannotWrite(.cannotWrite(path: output.relativePath, reason: String(describing: error)))
        }
    }

    private func writeAll(_ documentFiles: [String]) throws {
        let tables = CSVTable.all
        let dialects: [(CSVDialect, String)] = [(.standard, Self.csvFolder), (.excelSwedish, Self.excelFolder)]
        var sinks: [[FileSink]] = []
        for (dialect, folder) in dialects {
            sinks.append(try tables.map { table in
                let sink = try FileSink(target: output.appending(path: "\(folder)/\(table.name).csv"))
                if dialect.byteOrderMark { try sink.append(Data([0xEF, 0xBB, 0xBF])) }
                try sink.append(Data(dialect.record(table.columns.map { .string($0.name) }).utf8))
                return sink
            })
        }
        var comparison = ComparisonBuilder()
        let files = documentFiles.sorted()
        // The workbook, the slowest export, is written beside the others, from the documents this
        // lane decodes and hands over.
        let feed = DocumentFeed()
        let (_, workbook) = try TwoLanes.run({ () throws -> Void in
            defer { feed.close(complete: false) }
            var bytes: [UInt8] = []
            try SQLiteExport(output: output).write { addToDatabase in
                for file in files {
                    let document = try Self.document(file, in: output)
                    feed.put(document)
                    comparison.add(document)
                    try addToDatabase(document)
                    for (tableIndex, table) in tables.enumerated() {
                        let rows = table.rows(document)
                        for (dialectIndex, (dialect, _)) in dialects.enumerated() {
                            bytes.removeAll(keepingCapacity: true)
                            for row in rows { dialect.append(record: row, to: &bytes) }
                            try sinks[dialectIndex][tableIndex].append(Data(bytes))
                        }
                    }
                }
                feed.close(complete: true)
            }
        }, beside: { [output] in
            Result { () throws -> Void in
                defer { feed.abandon() }
                let workbook = try WorkbookExport(output: output, tables: tables)
                while let document = feed.take() { try workbook.add(document) }
                // The other lane failed: its error is the one reported, and no workbook is left.
                guard feed.isComplete else { return }
                try workbook.commit()
            }
        })
        try workbook.get()
        for sink in sinks.joined() { try sink.commit() }
        for (dialect, folder) in dialects {
            let package = DataPackage(name: dialect.byteOrderMark ? "planpipe-excel-sv" : "planpipe", tables: tables,
                                      dialect: dialect)
            try writer.write(try PlanJSON.encode(package), to: output.appending(path: "\(folder)/datapackage.json"))
        }
        let result = comparison.build()
        let folder = output.appending(path: Self.comparisonFolder)
        try writer.write(try PlanJSON.encode(result), to: folder.appending(path: "comparison.json"))
        let report = ComparisonReport(comparison: result, themeNames: names.themes)
        try writer.write(Data(report.csv().utf8), to: folder.appending(path: "comparison.csv"))
        try writer.write(Data(report.markdown().utf8), to: folder.appending(path: "comparison.md"))
        let page = ReportPage(comparison: result, documents: comparison.documents, themeNames: names.themes,
                              kindNames: names.kinds)
        try writer.write(Data(page.html().utf8), to: folder.appending(path: "report.html"))
    }
}

extension BatchExports {
    /// The document `file` (relative to `output`) as it was written.
    static func document(_ file: String, in output: URL) throws -> PlanDocument {
        try JSONDecoder().decode(PlanDocument.self, from: Data(contentsOf: output.appending(path: file)))
    }
}

/// A file written in pieces to a temporary name, renamed over the target when committed.
final class FileSink {
    let target: URL
    let temporary: URL
    let handle: FileHandle

    init(target: URL) throws {
        self.target = target
        temporary = OutputWriter.temporaryURL(for: target)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw OutputError.cannotWrite(path: target.relativePath, reason: "cannot create a temporary file")
        }
        handle = try FileHandle(forWritingTo: temporary)
    }

    func append(_ data: Data) throws {
        try handle.write(contentsOf: data)
    }

    func commit() throws {
        try handle.close()
        try OutputWriter.moveIntoPlace(temporary, target)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
