import Foundation
import GRDB
import Normalize
import Testing
@testable import Export

/// Indicators read from tables, in CSV (`indicators`, and `indicator_targets` with one row per
/// target), in SQLite and in the diff, where a changed target is a changed indicator.
@Suite(.temporaryFolders)
struct IndicatorExportTests {
    static func document() throws -> PlanDocument {
        try DiffTests.document("Tests/IngestTests/Fixtures/pdf/indicator-tables.pdf")
    }

    static func csv(_ table: CSVTable, _ document: PlanDocument) -> [String] {
        table.rows(document).map(CSVDialect.standard.record)
    }

    @Test func csvHasTheValuesAndOneRowPerTarget() throws {
        let document = try Self.document()
        let id = document.document.id + ",skaraborg,"
        let indicators = Self.csv(.indicators, document)
        #expect(indicators.count == 5)
        #expect(indicators.first?.hasPrefix(id + "Ökad konkurrenskraft,Nystartade företag,1 250 st,2025,1250,st,2027: 1 400 st,Tillväxtanalys,Kommentar: Per år,1,") == true)
        let targets = Self.csv(.indicatorTargets, document)
        #expect(targets.count == 5)
        #expect(targets.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).prefix(6).joined(separator: ",") } == [
            "Ökad konkurrenskraft,Nystartade företag,2027,1 400 st,1400,st",
            "Ökad konkurrenskraft,Förvärvsfrekvens 20–64 år,2027,82 %,82,%",
            "Ökad konkurrenskraft,Företagsklimat,2027,Öka,,",
            "Hållbar tillväxt,Andel förnybar energi,,65 %,65,%",
            "Kompetensförsörjning,Andel med eftergymnasial utbildning,,45 %,45,%",
        ])
    }

    @Test func sqliteHoldsTheTargets() throws {
        let output = try BatchTests.folder()
        let document = try Self.document()
        try SQLiteExport(output: output).write { add in try add(document) }
        let queue = try DatabaseQueue(path: output.appending(path: SQLiteExport.fileName).path)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT indicator, year, value FROM indicator_targets WHERE unit = 'st'")
            #expect(rows.map { [$0["indicator"] as String, String($0["year"] as Int), String($0["value"] as Double)] }
                    == [["Nystartade företag", "2027", "1400.0"]])
        }
    }

    /// A target raised from one year's plan to the next is a changed indicator, old and new values shown.
    @Test func aChangedTargetIsAChangedIndicator() throws {
        let old = try Self.document()
        var new = old
        new.indicators[1].targets[0] = IndicatorValue(year: 2027, text: "84 %", value: 84, unit: "%")
        new.indicators.removeLast()
        let diff = PlanDiffer().diff(old, new)
        #expect(diff.indicators.changed.map(\.new.text) == ["Förvärvsfrekvens 20–64 år"])
        #expect(diff.indicators.removed.map(\.text) == ["Andel med eftergymnasial utbildning"])
        #expect(diff.indicators.added.isEmpty)
        #expect(DiffReport(diff: diff).markdown().contains(
            "- changed: Förvärvsfrekvens 20–64 år (Ökad konkurrenskraft): baseline 2025: 79,5 %; 2027: 82 %; source SCB"
                + " → Förvärvsfrekvens 20–64 år (Ökad konkurrenskraft): baseline 2025: 79,5 %; 2027: 84 %; source SCB"))
    }
}
