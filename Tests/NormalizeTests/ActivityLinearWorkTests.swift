import Foundation
import Ingest
import Testing
@testable import Normalize

/// A dump of N copies of an activity table costs N times the work of one copy: no stage
/// re-reads the lines or the effects read before for every line (work counted by `WorkMeter`,
/// never timed). ParagraphText counts too: what its joins read is linear as well.
struct ActivityLinearWorkTests {
    /// The work of reading seed 000 (15 activity tables, 39 rows) repeated `copies` times, and the rows read.
    static func work(copies: Int) throws -> (units: Int, rows: Int) {
        let seed = try String(contentsOf: TestFiles.seed("000_95ad663e025e0bbc.txt"), encoding: .utf8)
        let dump = Array(repeating: seed, count: copies).joined(separator: "\n\n\n")
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "copies.txt", log: &log)
        let domain = try DomainData.bundled()
        let layout = DocumentLayout(source)
        let lexicon = Lexicon(dictionary: domain.dictionary, words: domain.repairWords, lines: layout.lines)
        let counter = WorkMeter.Counter()
        let parser = ActivityTextParser(text: ParagraphText(lexicon: lexicon, wrapsEndInSpace: layout.wrapsEndInSpace),
                                        roles: domain.columns, headings: domain.headings, cellWords: domain.cellWords)
        let result = WorkMeter.$current.withValue(counter) { parser.parse(layout.lines) }
        return (counter.value, result.activities.count)
    }

    @Test func activityTablesCostTheSameWorkPerCopy() throws {
        let one = try Self.work(copies: 1)
        let eight = try Self.work(copies: 8)
        let thirtyTwo = try Self.work(copies: 32)
        #expect(one.rows == 39)
        // Each copy's last table runs on into the next copy's first lines, one row more per seam.
        #expect(eight.rows == 8 * one.rows + 7)
        #expect(thirtyTwo.rows == 32 * one.rows + 31)
        // Later copies compare with the effects of earlier ones, so a copy may cost a little more
        // than the first; a look-up that scanned every effect read so far would make 32 copies
        // cost about 16 times the work per copy of one.
        let perCopy = Double(one.units)
        #expect(Double(eight.units) <= 8 * perCopy * 1.5)
        #expect(Double(thirtyTwo.units) <= 32 * perCopy * 1.5)
        #expect(Double(thirtyTwo.units) / 32 <= Double(eight.units) / 8 * 1.05)
    }
}
