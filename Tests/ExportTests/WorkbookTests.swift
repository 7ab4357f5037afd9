import Foundation
import PropertyBased
import Testing
@testable import Export

/// `out/planpipe.xlsx`: typed cells, and the same bytes every run. (`make test` reads the
/// workbook back with openpyxl and compares every cell with the CSV: scripts/check-workbook.py.)
@Suite(.temporaryFolders)
struct WorkbookTests {
    static let text = CSVTable.Column(name: "text", kind: .string, description: "")
    static let amount = CSVTable.Column(name: "amount_sek", kind: .integer, description: "")
    static let year = CSVTable.Column(name: "column_year", kind: .integer, description: "")
    static let date = CSVTable.Column(name: "start", kind: .date, description: "")

    /// Printed amounts, formulas and numbers in text columns stay text.
    @Test(arguments: ["10 447", "=1+2", "=HYPERLINK(\"http://x\")", "+46 70 123", "@SUM(A1)", "2024-03-01"])
    func textStaysText(text: String) {
        #expect(WorkbookCell(.string(text), column: Self.text) == WorkbookCell(value: .text(text), style: .plain))
    }

    @Test func amountsAreNumbersWithTheThousandsFormatAndOtherIntegersPlainNumbers() {
        #expect(WorkbookCell(.integer(-6_254_000), column: Self.amount)
            == WorkbookCell(value: .number(-6_254_000), style: .amount))
        #expect(WorkbookCell(.integer(2026), column: Self.year) == WorkbookCell(value: .number(2026), style: .plain))
        #expect(WorkbookCell(.number(50.55), column: Self.text) == WorkbookCell(value: .number(50.55), style: .plain))
    }

    @Test func anIntegerTooLargeForADoubleIsWrittenAsText() {
        #expect(WorkbookCell(.integer(Int.max), column: Self.amount)?.value == .text(String(Int.max)))
    }

    @Test func emptyCellsAreLeftEmpty() {
        #expect(WorkbookCell(.null, column: Self.amount) == nil)
        #expect(WorkbookCell(.string(""), column: Self.text) == nil)
    }

    @Test(arguments: [("2024-03-01", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false),
                      ("20240301", false), ("2024-3-1", false), ("١٢٣٤-03-01", false)])
    func isoDatesAreDates(text: String, isDate: Bool) {
        let cell = WorkbookCell(.string(text), column: Self.date)
        #expect((cell?.style == .date) == isDate)
        #expect(cell?.value == (isDate ? WorkbookCell.isoDate(text) : .text(text)))
    }

    @Test func textLongerThanExcelAllowsIsCutWithAnEllipsis() throws {
        let cell = try #require(WorkbookCell(.string(String(repeating: "å", count: 40_000)), column: Self.text))
        guard case .text(let text) = cell.value else { Issue.record("not text"); return }
        #expect(cell.truncated)
        #expect(text.unicodeScalars.count == XLSXWorkbook.maxTextLength)
        #expect(text.hasSuffix("å…"))
    }

    @Test func columnsAreAsWideAsTheirContentWithinBounds() {
        var widths = ColumnWidths(headers: ["kind", "amount_sek", "text"])
        widths.fit(WorkbookCell(value: .number(64_295_000), style: .amount), column: 1)
        widths.fit(WorkbookCell(value: .text(String(repeating: "x", count: 200)), style: .plain), column: 2)
        #expect(widths.widths == [7, 13, 60])
    }

    /// A text's width counted on bytes is its longest line in characters (CR LF one of them, a
    /// letter with a combining mark one), as far as the limit.
    @Test func textWidthIsTheLongestLineInCharacters() async {
        let alphabet = ["a", "Å", "ß", "e\u{0301}", "\u{0301}", "\n", "\r", "\r\n", " ", "–", "👍🏽", "ǅ", "\t"]
        await propertyCheck(count: 600, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...14)) { picks in
            let text = picks.map { alphabet[$0] }.joined()
            for limit in [3, 60] {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let expected = min(limit, lines.map(\.count).max() ?? 0)
                #expect(WorkbookCell(value: .text(text), style: .plain).displayWidth(upTo: limit) == expected,
                        "\(text.debugDescription)")
            }
        }
    }

    @Test func twoRunsWriteTheSameWorkbookBytes() async throws {
        let input = try BatchTests.inputs(["001_c3d3db462980bb96", "003_7ca1042aa7ecc69e"])
        let output = try BatchTests.folder()
        _ = try await BatchTests.run(input, output)
        let first = try Data(contentsOf: output.appending(path: WorkbookExport.fileName))
        try await Task.sleep(for: .milliseconds(1_100))  // a clock that leaked into the file would show
        _ = try await BatchTests.run(input, output, force: true)
        let again = try Data(contentsOf: output.appending(path: WorkbookExport.fileName))
        let elsewhere = try BatchTests.folder()
        _ = try await BatchTests.run(input, elsewhere)
        #expect(first.starts(with: Data("PK".utf8)))
        #expect(first == again)
        #expect(first == (try Data(contentsOf: elsewhere.appending(path: WorkbookExport.fileName))))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
