import Foundation
import GRDB
import Normalize
import Testing
@testable import Export

/// The nightly batch over real seeds, in temporary folders.
@Suite(.temporaryFolders)
struct BatchTests {
    static let root = ReferenceTests.root

    static func folder() throws -> URL { try TemporaryFolders.folder() }

    /// A folder with copies of the given seeds.
    static func inputs(_ seeds: [String]) throws -> URL {
        let folder = try folder()
        for seed in seeds {
            try FileManager.default.copyItem(at: root.appending(path: "seeds/\(seed).txt"),
                                             to: folder.appending(path: "\(seed).txt"))
        }
        return folder
    }

    static func run(_ input: URL, _ output: URL, force: Bool = false) async throws -> Manifest {
        try await BatchRunner(configuration: BatchConfiguration(input: input, output: output, jobs: 2, force: force)).run()
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init()
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func aRunWritesDocumentsTablesComparisonAndManifest() async throws {
        let input = try Self.inputs(["000_95ad663e025e0bbc", "003_7ca1042aa7ecc69e"])
        let output = try Self.folder()
        let manifest = try await Self.run(input, output)
        #expect(manifest.summary == Manifest.Summary(documents: 2, ok: 1, warning: 1, failed: 0, unchanged: 0))
        #expect(manifest.inputs.map(\.outputs) == [["documents/fyrbodal-aktivitetsplan-2023.json"],
                                                   ["documents/skaraborg-budget_och_verksamhetsplan-2026.json"]])
        let files = try Self.files(in: output)
        for table in CSVTable.all.map(\.name) {
            #expect(files["csv/\(table).csv"] != nil)
            #expect(files["csv/excel_sv/\(table).csv"]?.starts(with: [0xEF, 0xBB, 0xBF]) == true)
        }
        let budgetRows = String(decoding: try #require(files["csv/budget_rows.csv"]), as: UTF8.self)
        #expect(budgetRows.contains("skaraborg-budget_och_verksamhetsplan-2026,skaraborg,"
            + "\"Skaraborgs Kommunalförbund Driftbudget, totalt\",totalt,kr,INTÄKTER,income,2026,2026,,64295000,64 295 000,9,305,305\r\n"))
        let swedish = String(decoding: try #require(files["csv/excel_sv/key_figures.csv"]), as: UTF8.self)
        #expect(swedish.contains(";medlemsavgift_per_invanare;50,55;kr/invånare;2026;"))
        // The comparison: Skaraborg's 2026 budget as printed in the total table.
        let comparison = try JSONDecoder().decode(Comparison.self, from: try #require(files["comparison/comparison.json"]))
        let skaraborg = try #require(comparison.organizations.first { $0.id == "skaraborg" })
        let year2026 = try #require(skaraborg.years.first { $0.year == 2026 })
        #expect(year2026.budgetIncomeSEK == 64_295_000)
        #expect(year2026.budgetCostsSEK == 64_110_000)
        #expect(year2026.budgetResultSEK == 185_000)
        #expect(year2026.members == 15)
        #expect(year2026.feePerInhabitantSEK == 50.55)
        #expect(year2026.projectsRunning == 8)
        // A fact no document states is missing, not zero.
        #expect(skaraborg.years.first { $0.year == 2025 }?.feePerInhabitantSEK == nil)
        let html = String(decoding: try #require(files["comparison/report.html"]), as: UTF8.self)
        #expect(html.contains("<svg") && !html.contains("http://") && !html.contains("<script"))
    }

    @Test func unchangedInputsAreNotProcessedAgainAndChangesAre() async throws {
        let input = try Self.inputs(["000_95ad663e025e0bbc", "002_583bd4024cf3832c", "003_7ca1042aa7ecc69e"])
        let output = try Self.folder()
        _ = try await Self.run(input, output)
        let again = try await Self.run(input, output)
        #expect(again.summary.unchanged == 3)

        // A changed file is processed again; a renamed one is recognized by its content.
        let changed = input.appending(path: "002_583bd4024cf3832c.txt")
        try (try Data(contentsOf: changed) + Data("\nEn rad till.\n".utf8)).write(to: changed)
        try FileManager.default.moveItem(at: input.appending(path: "000_95ad663e025e0bbc.txt"),
                                         to: input.appending(path: "renamed.txt"))
        let third = try await Self.run(input, output)
        #expect(third.summary.unchanged == 2)
        #expect(third.inputs.map(\.path) == ["002_583bd4024cf3832c.txt", "003_7ca1042aa7ecc69e.txt", "renamed.txt"])
        // The taken-over document names its new source, as a clean run would.
        let renamed = try JSONDecoder().decode(PlanDocument.self, from: Data(contentsOf:
            output.appending(path: "documents/fyrbodal-aktivitetsplan-2023.json")))
        #expect(renamed.document.source.path == input.relativePath + "/renamed.txt")

        // A removed input has its output removed.
        try FileManager.default.removeItem(at: input.appending(path: "003_7ca1042aa7ecc69e.txt"))
        let fourth = try await Self.run(input, output)
        #expect(fourth.inputs.count == 2)
        let documents = try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "documents").path)
        #expect(documents.sorted() == ["fyrbodal-aktivitetsplan-2023.json", "sjuharad-utvecklingsstrategi-2021-2030.json"])
        #expect(try await Self.run(input, output, force: true).summary.unchanged == 0)
    }

    @Test func badDocumentsAreReportedAndTheRestComplete() async throws {
        let input = try Self.inputs(["003_7ca1042aa7ecc69e"])
        let fixtures = Self.root.appending(path: "Tests/IngestTests/Fixtures/pdf")
        try FileManager.default.copyItem(at: fixtures.appending(path: "encrypted.pdf"), to: input.appending(path: "locked.pdf"))
        let pdf = try Data(contentsOf: fixtures.appending(path: "budget-table.pdf"))
        try pdf.prefix(pdf.count / 2).write(to: input.appending(path: "truncated.pdf"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: input.appending(path: "binary.txt"))
        let output = try Self.folder()
        let manifest = try await Self.run(input, output)
        #expect(manifest.summary.failed == 3)
        #expect(manifest.summary.warning == 1)
        let reasons = Dictionary(uniqueKeysWithValues: manifest.inputs.map { ($0.path, $0.reason ?? "") })
        #expect(reasons["locked.pdf"]?.contains("encrypted") == true)
        #expect(reasons["truncated.pdf"]?.contains("truncated") == true)
        #expect(reasons["binary.txt"]?.isEmpty == false)
        // Reasons name the file as the folder was given (here an absolute folder).
        #expect(reasons["locked.pdf"] == input.path + "/locked.pdf: encrypted PDF; remove the password protection and retry")
        #expect(FileManager.default.fileExists(
            atPath: output.appending(path: "documents/skaraborg-budget_och_verksamhetsplan-2026.json").path))
    }

    @Test func twoRunsGiveByteIdenticalOutputsApartFromTheManifest() async throws {
        let input = try Self.inputs(["001_c3d3db462980bb96", "003_7ca1042aa7ecc69e", "004_0cdacc11dfb66760"])
        let first = try Self.folder()
        let second = try Self.folder()
        _ = try await Self.run(input, first)
        _ = try await Self.run(input, second)
        var a = try Self.files(in: first)
        var b = try Self.files(in: second)
        #expect(a.removeValue(forKey: "manifest.json") != nil)
        #expect(b.removeValue(forKey: "manifest.json") != nil)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test func twoContentsWithOneIdGetDistinctFiles() async throws {
        let input = try Self.inputs(["002_583bd4024cf3832c"])
        let copy = input.appending(path: "z-edited.txt")
        try (try Data(contentsOf: input.appending(path: "002_583bd4024cf3832c.txt")) + Data("\nTillägg.\n".utf8))
            .write(to: copy)
        let manifest = try await Self.run(input, try Self.folder())
        #expect(manifest.inputs.map(\.outputs) == [
            ["documents/sjuharad-utvecklingsstrategi-2021-2030.json"],
            ["documents/sjuharad-utvecklingsstrategi-2021-2030-\(manifest.inputs[1].sha256.prefix(8)).json"],
        ])
    }

    /// The SQLite export: every CSV table, the documents, and the views analysts query first.
    @Test func theSQLiteDatabaseHasTheTablesAndViews() async throws {
        let input = try Self.inputs(["000_95ad663e025e0bbc", "001_c3d3db462980bb96", "003_7ca1042aa7ecc69e"])
        let output = try Self.folder()
        _ = try await Self.run(input, output)
        let queue = try DatabaseQueue(path: output.appending(path: "planpipe.sqlite").path)
        try await queue.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activities") == 39)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM members") == 29)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM budget_rows WHERE document_id LIKE 'skaraborg%'")
                == 102)
            let skaraborg = try Row.fetchOne(db, sql: """
                SELECT income_rows_sek, cost_subtotal_sek, result_sek FROM budget_totals
                WHERE organization_id = 'skaraborg' AND year = 2026
                """)
            #expect(skaraborg?[0] == 64_295_000)
            #expect(skaraborg?[1] == -64_110_000)
            #expect(skaraborg?[2] == 185_000)
            #expect(try Int.fetchOne(db, sql: """
                SELECT activities FROM activities_per_theme
                WHERE document_id = 'fyrbodal-aktivitetsplan-2023' AND theme = 'valfard'
                """) == 11)
            #expect(try Int.fetchOne(db, sql: "SELECT SUM(measures) FROM measures_per_theme") ?? 0 > 0)
        }
    }

    /// Two inputs with the same content share one document, listed once in every export.
    @Test func twoCopiesOfOneDocumentShareItsOutput() async throws {
        let input = try Self.inputs(["003_7ca1042aa7ecc69e"])
        try FileManager.default.copyItem(at: input.appending(path: "003_7ca1042aa7ecc69e.txt"),
                                         to: input.appending(path: "copy.txt"))
        let output = try Self.folder()
        let manifest = try await Self.run(input, output)
        #expect(manifest.summary.failed == 0)
        #expect(Set(manifest.inputs.flatMap(\.outputs)) == ["documents/skaraborg-budget_och_verksamhetsplan-2026.json"])
        let members = String(decoding: try Data(contentsOf: output.appending(path: "csv/members.csv")), as: UTF8.self)
        #expect(members.split(separator: "\r\n").count == 16)
    }

    /// A document file overwritten behind the manifest's back is not taken over: it is made again.
    @Test func aDocumentThatNoLongerMatchesItsInputIsMadeAgain() async throws {
        let input = try Self.inputs(["000_95ad663e025e0bbc", "002_583bd4024cf3832c"])
        let output = try Self.folder()
        _ = try await Self.run(input, output)
        let first = output.appending(path: "documents/fyrbodal-aktivitetsplan-2023.json")
        let other = output.appending(path: "documents/sjuharad-utvecklingsstrategi-2021-2030.json")
        let original = try Data(contentsOf: first)
        try Data(contentsOf: other).write(to: first)
        let again = try await Self.run(input, output)
        #expect(again.summary.unchanged == 1)
        #expect(try Data(contentsOf: first) == original)
    }

    /// The exports are built from the documents on disk: one that cannot be read stops them with
    /// an error naming it, and every export of the last run stays as it was, none half-written
    /// (the workbook, written on a lane of its own, included).
    @Test func exportsThatCannotReadADocumentLeaveTheLastOnesInPlace() async throws {
        let input = try Self.inputs(["000_95ad663e025e0bbc", "003_7ca1042aa7ecc69e"])
        let output = try Self.folder()
        let manifest = try await Self.run(input, output)
        let before = try Self.files(in: output)
        let documents = manifest.inputs.flatMap(\.outputs)
        try Data("{\"document\": ".utf8).write(to: output.appending(path: try #require(documents.last)))
        #expect(throws: BatchError.self) { try BatchExports(output: output).write(documentFiles: documents) }
        let after = try Self.files(in: output)
        #expect(Set(after.keys) == Set(before.keys))
        for file in BatchExports.files { #expect(after[file] == before[file], "\(file)") }
    }

    /// A second run on a folder another run holds is refused; leftovers of a killed run go.
    @Test func aBusyOutputFolderIsRefusedAndLeftoversRemoved() async throws {
        let input = try Self.inputs(["002_583bd4024cf3832c"])
        let output = try Self.folder()
        let leftover = output.appending(path: "csv/.activities.csv.1234.tmp")
        try FileManager.default.createDirectory(at: leftover.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover)
        // SQLite's journal beside a killed run's temporary database goes too.
        let journal = output.appending(path: ".planpipe.sqlite.5678.tmp-journal")
        try Data("journal".utf8).write(to: journal)
        do {
            let held = try OutputLock(folder: output)
            await #expect(throws: BatchError.busy(path: output.relativePath)) { _ = try await Self.run(input, output) }
            withExtendedLifetime(held) {}
        }
        _ = try await Self.run(input, output)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    /// A document that fails when it is made again (here: pdftotext stopped by a tiny timeout)
    /// is reported as failed, and the output the last run made of the same content is kept.
    @Test func aFailureKeepsTheLastGoodOutputOfTheSameContent() async throws {
        let input = try Self.folder()
        try FileManager.default.copyItem(at: Self.root.appending(path: "Tests/IngestTests/Fixtures/pdf/large-plan.pdf"),
                                         to: input.appending(path: "plan.pdf"))
        let output = try Self.folder()
        let first = try await Self.run(input, output)
        let document = try #require(first.inputs.first?.outputs.first)
        let original = try Data(contentsOf: output.appending(path: document))
        let again = try await BatchRunner(configuration: BatchConfiguration(
            input: input, output: output, jobs: 1, force: true, timeout: 0.001)).run()
        #expect(again.summary.failed == 1)
        #expect(again.inputs.first?.reason?.contains("the output of the last run is kept") == true)
        #expect(again.inputs.first?.outputs == [document])
        #expect(try Data(contentsOf: output.appending(path: document)) == original)
        // The failure is retried on the next run.
        let third = try await Self.run(input, output)
        #expect(third.summary.failed == 0)
        #expect(third.summary.unchanged == 0)
    }
}
