import Foundation
import Testing

/// Runs the built `planpipe` binary and checks its output, messages and exit codes.
@Suite(.temporaryFolders)
struct CLITests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func binary() throws -> URL {
        let folder = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent(),
                          folder.deletingLastPathComponent().deletingLastPathComponent()] {
            let url = candidate.appending(path: "planpipe")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let fallback = root.appending(path: ".build/debug/planpipe")
        try #require(FileManager.default.isExecutableFile(atPath: fallback.path), "planpipe binary not found")
        return fallback
    }

    static func run(_ arguments: [String], path: String? = nil, adding variables: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = root
        if let path { process.environment = ["PATH": path] }
        if !variables.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(variables) { $1 } }
        let output = FileManager.default.temporaryDirectory.appending(path: "planpipe-cli-\(UUID().uuidString)")
        try Data().write(to: URL(filePath: output.path + ".out"))
        try Data().write(to: URL(filePath: output.path + ".err"))
        defer {
            try? FileManager.default.removeItem(atPath: output.path + ".out")
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(filePath: output.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(filePath: output.path + ".err"))
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOfFile: output.path + ".out", encoding: .utf8),
                   stderr: try String(contentsOfFile: output.path + ".err", encoding: .utf8))
    }

    static func temporaryFolder() throws -> URL { try TemporaryFolders.folder() }

    @Test func extractPrintsTheNormalizedJSON() throws {
        let run = try Self.run(["extract", "seeds/000_95ad663e025e0bbc.txt"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("{\n  \"schema_version\": \"1\",\n  \"document\": {\n    \"id\": \"fyrbodal-aktivitetsplan-2023\""))
    }

    @Test func extractWritesIntoAnOutputFolder() throws {
        let folder = try Self.temporaryFolder()
        let run = try Self.run(["extract", "seeds/003_7ca1042aa7ecc69e.txt", "--output-dir", folder.path])
        #expect(run.status == 0)
        let written = folder.appending(path: "skaraborg-budget_och_verksamhetsplan-2026.json")
        #expect(run.stdout == written.path + "\n")
        #expect(FileManager.default.fileExists(atPath: written.path))
    }

    @Test func warningsGoToStderrWithTheFileName() throws {
        let run = try Self.run(["extract", "seeds/004_0cdacc11dfb66760.txt"])
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("seeds/004_0cdacc11dfb66760.txt: warning: unclassified: "))
    }

    @Test func badInputsGiveOneLineAndExitStatusOne() throws {
        let folder = try Self.temporaryFolder()
        let empty = folder.appending(path: "empty.txt")
        try Data().write(to: empty)
        let binary = folder.appending(path: "binary.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]).write(to: binary)
        let fake = folder.appending(path: "fake.pdf")
        try Data("<html>not a pdf</html>".utf8).write(to: fake)
        let pdf = try Data(contentsOf: Self.root.appending(path: "Tests/IngestTests/Fixtures/pdf/budget-table.pdf"))
        let truncated = folder.appending(path: "truncated.pdf")
        try pdf.prefix(pdf.count / 3).write(to: truncated)
        let encrypted = "Tests/IngestTests/Fixtures/pdf/encrypted.pdf"
        let cases: [(String, String)] = [
            ("seeds/missing.txt", "seeds/missing.txt: no such file"),
            ("seeds", "seeds: is a directory, not a document"),
            (empty.path, "\(empty.path): the file is empty"),
            (binary.path, "\(binary.path): binary data, not a text dump (expected a .txt of extracted plan text)"),
            (fake.path, "\(fake.path): not a PDF (the file does not start with %PDF-)"),
            (truncated.path, "\(truncated.path): truncated PDF (no %%EOF marker at the end); download the file again"),
            (encrypted, "\(encrypted): encrypted PDF; remove the password protection and retry"),
        ]
        for (file, message) in cases {
            let run = try Self.run(["extract", file])
            #expect(run.status == 1, "\(file)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "planpipe: \(message)\n")
        }
    }

    @Test func aMissingPdftotextIsExplained() throws {
        let folder = try Self.temporaryFolder()
        let run = try Self.run(["extract", "Tests/IngestTests/Fixtures/pdf/budget-table.pdf"], path: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr == "planpipe: Tests/IngestTests/Fixtures/pdf/budget-table.pdf: pdftotext is not installed "
            + "(install poppler-utils: apt-get install poppler-utils)\n")
    }

    @Test(arguments: [["extract", "seeds/000_95ad663e025e0bbc.txt"], ["run", "seeds", "--out", "/nonexistent/out"]])
    func aMissingDictionaryIsOneLineAndExitStatusTwo(arguments: [String]) throws {
        let run = try Self.run(arguments, adding: ["DICPATH": "/nonexistent/hunspell"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "planpipe: the Swedish dictionary is not installed (no sv_SE.aff and sv_SE.dic in "
            + "/nonexistent/hunspell); install it: apt-get install hunspell-sv (or name its folder in DICPATH)\n")
    }

    @Test func aHangingPdftotextTimesOut() throws {
        let folder = try Self.temporaryFolder()
        let fake = folder.appending(path: "pdftotext")
        try Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let run = try Self.run(["extract", "Tests/IngestTests/Fixtures/pdf/budget-table.pdf", "--timeout", "1"],
                               path: folder.path + ":/usr/bin:/bin")
        #expect(run.status == 1)
        #expect(run.stderr == "planpipe: Tests/IngestTests/Fixtures/pdf/budget-table.pdf: not finished within the timeout "
            + "of 1 s (stopped while running pdftotext); raise --timeout for a document this large\n")
    }

    /// Issue 15: a wrapper that leaves `sleep 100000 &` behind (holding the output open) hung planpipe.
    @Test func aPdftotextWrapperThatLeavesAChildBehindDoesNotHang() throws {
        let folder = try Self.temporaryFolder()
        let fake = folder.appending(path: "pdftotext")
        try Data("#!/bin/sh\nsleep 100000 &\nexec /usr/bin/pdftotext \"$@\"\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let run = try Self.run(["extract", "Tests/IngestTests/Fixtures/pdf/budget-table.pdf", "--quiet"],
                               path: folder.path + ":/usr/bin:/bin")
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"budget_tables\""))
    }

    /// `--timeout` covers the parsing too: a text dump (no pdftotext) is stopped with one line.
    @Test func theTimeoutCoversParsing() throws {
        let run = try Self.run(["extract", "seeds/001_c3d3db462980bb96.txt", "--timeout", "0.001"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("planpipe: seeds/001_c3d3db462980bb96.txt: not finished within the timeout of 0.001 s (stopped while "))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [["extract"], ["extract", "a.txt", "b.txt"], ["extract", "a.txt", "--timeout", "0"], ["nosuch"]])
    func usageErrorsExitWithStatusTwo(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Usage:") || run.stderr.contains("Error:"))
    }

    @Test func helpListsTheSubcommands() throws {
        let run = try Self.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("extract"))
    }

    /// `--version` prints the pipeline version, the one the manifest of a run records.
    @Test func versionIsThePipelineVersionOfTheManifest() throws {
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stderr.isEmpty)
        #expect(version.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(version.stdout)")
        let input = try Self.temporaryFolder()
        let output = try Self.temporaryFolder()
        try FileManager.default.copyItem(at: Self.root.appending(path: "seeds/000_95ad663e025e0bbc.txt"),
                                         to: input.appending(path: "plan.txt"))
        #expect(try Self.run(["run", input.path, "--out", output.path]).status == 0)
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appending(path: "manifest.json")))
        #expect((manifest as? [String: Any])?["pipeline_version"] as? String == version.stdout.dropLast().description)
    }

    /// Each option's default is named once (ArgumentParser adds its own "(default: …)"), and the value
    /// names are the README's.
    @Test func runHelpNamesEachDefaultOnce() throws {
        let help = try Self.run(["run", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: planpipe run [<folder>] [--out <dir>] [--jobs <n>] [--force] [--timeout <seconds>]"))
        let jobs = try #require(help.stdout.firstRange(of: "\n  --jobs <n>"))
        let force = try #require(help.stdout.firstRange(of: "\n  --force"))
        let entry = help.stdout[jobs.upperBound..<force.lowerBound]
        #expect(entry.ranges(of: "default").count == 1, "\(entry)")
        #expect(entry.contains("number of cores"))
    }

    /// A negative number is taken as the option's value and refused with a reason (not "Missing value").
    @Test(arguments: [
        (["run", "seeds", "--jobs", "-1"], "Error: --jobs must be at least 1 (got -1); leave it out to use every core\n"),
        (["run", "seeds", "--jobs=-1"], "Error: --jobs must be at least 1 (got -1); leave it out to use every core\n"),
        (["run", "seeds", "--jobs", "0"], "Error: --jobs must be at least 1 (got 0); leave it out to use every core\n"),
        (["run", "seeds", "--timeout", "-5"], "Error: --timeout must be a positive number of seconds (got -5.0)\n"),
        (["extract", "a.txt", "--timeout", "-1"], "Error: --timeout must be a positive number of seconds (got -1.0)\n"),
    ])
    func negativeNumbersAreRefusedWithAReason(arguments: [String], message: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Missing value"))
    }

    // MARK: - planpipe run

    @Test func runExitsOneWhenADocumentFailsAndTwoOnUsageErrors() throws {
        let input = try Self.temporaryFolder()
        let output = try Self.temporaryFolder()
        try FileManager.default.copyItem(at: Self.root.appending(path: "seeds/000_95ad663e025e0bbc.txt"),
                                         to: input.appending(path: "plan.txt"))
        try Data("%PDF-1.4 not really".utf8).write(to: input.appending(path: "broken.pdf"))
        let run = try Self.run(["run", input.path, "--out", output.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("2 documents: 1 ok, 0 with warnings, 1 failed"))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "documents/fyrbodal-aktivitetsplan-2023.json").path))
        #expect(try Self.run(["run", input.path, "--jobs", "0"]).status == 2)
        #expect(try Self.run(["run", "/no/such/folder", "--out", output.path]).status == 2)
    }

    /// Status 2 is "the batch could not run": an output folder another run holds, an output that cannot
    /// be written, no input folder; each told in one line.
    @Test func aBatchThatCannotRunExitsTwo() throws {
        let output = try Self.temporaryFolder()
        let lock = open(output.appending(path: ".planpipe.lock").path, O_CREAT | O_RDWR, 0o644)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        let busy = try Self.run(["run", "seeds", "--out", output.path])
        close(lock)
        #expect(busy.status == 2)
        #expect(busy.stderr == "planpipe: \(output.path): another planpipe run is writing to this folder; wait for it to finish\n")

        let file = output.appending(path: "not-a-folder")
        try Data("x".utf8).write(to: file)
        let unwritable = try Self.run(["run", "seeds", "--out", file.path])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr == "planpipe: \(file.path): cannot write: File exists\n")

        let missing = try Self.run(["run", "/no/such/folder", "--out", output.path])
        #expect(missing.status == 2)
        #expect(missing.stderr == "planpipe: /no/such/folder: not a folder of documents\n")
    }

    /// A run killed with SIGKILL half-way leaves the previous outputs intact, and the next run
    /// completes them: its outputs equal a clean run's.
    @Test func aKilledRunIsCompletedByTheNext() throws {
        let input = try Self.temporaryFolder()
        let seed = try Data(contentsOf: Self.root.appending(path: "seeds/000_95ad663e025e0bbc.txt"))
        for index in 0..<16 {
            try (seed + Data("\nKopia \(index).\n".utf8)).write(to: input.appending(path: "plan-\(index).txt"))
        }
        let killed = try Self.temporaryFolder()
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = ["run", input.path, "--out", killed.path, "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Self.run(["run", input.path, "--out", killed.path]).status == 0)

        let clean = try Self.temporaryFolder()
        #expect(try Self.run(["run", input.path, "--out", clean.path]).status == 0)
        for folder in ["documents", "csv", "csv/excel_sv", "comparison"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: clean.appending(path: folder).path).sorted()
            #expect(try FileManager.default.contentsOfDirectory(atPath: killed.appending(path: folder).path).sorted() == names)
            for name in names where name.contains(".") {
                #expect(try Data(contentsOf: killed.appending(path: "\(folder)/\(name)"))
                    == Data(contentsOf: clean.appending(path: "\(folder)/\(name)")), "\(folder)/\(name)")
            }
        }
    }

    @Test func schemaPrintsAJSONSchema() throws {
        let run = try Self.run(["schema"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    }

    @Test func diffExitsLikeDiff() throws {
        let same = try Self.run(["diff", "seeds/000_95ad663e025e0bbc.txt", "seeds/000_95ad663e025e0bbc.txt"])
        #expect(same.status == 0)
        let changed = try Self.run(["diff", "seeds/003_7ca1042aa7ecc69e.txt",
                                    "Tests/ExportTests/Fixtures/diff/skaraborg-budget-2027.txt", "--format", "md"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("| budget rows changed | 8 |"))
        let html = try Self.run(["diff", "seeds/003_7ca1042aa7ecc69e.txt",
                                 "Tests/ExportTests/Fixtures/diff/skaraborg-budget-2027.txt", "--format", "html"])
        #expect(html.status == 1)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n"))
        #expect(html.stdout.contains("<td class=\"num\">+1 825 000 kr</td><td class=\"num\">+2,8 %</td>"))
        #expect(changed.stdout.contains(" | +1 825 000 kr | +2,8 % |\n"))
        let trouble = try Self.run(["diff", "seeds/000_95ad663e025e0bbc.txt", "no-such-file.txt"])
        #expect(trouble.status == 2)
        #expect(trouble.stderr.contains("no-such-file.txt"))
    }
}
