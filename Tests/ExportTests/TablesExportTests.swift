import Foundation
import GRDB
import Normalize
import Testing
@testable import Export

/// The `tables` long table: one row per cell, the header as row 0, in CSV and in SQLite.
@Suite(.temporaryFolders)
struct TablesExportTests {
    static let document = TableFixtures.document(tables: [TableFixtures.activities, TableFixtures.unmapped])

    @Test func csvHasOneRowPerCellWithTheHeaderAsRowZero() {
        let table = CSVTable.tables
        let text = ([table.columns.map { CSVValue.string($0.name) }] + table.rows(Self.document))
            .map(CSVDialect.standard.record).joined()
        let header = "document_id,organization_id,table,title,read_as,row,column,text,page,line_from,line_to"
        let cells: [String] = [
            #"1,Aktiviteter 2026,activities,0,1,Aktivitet,3,40,52"#,
            #"1,Aktiviteter 2026,activities,0,2,Resurser,3,40,52"#,
            #"1,Aktiviteter 2026,activities,1,1,"Driva nätverk, två gånger per år",3,40,52"#,
            #"1,Aktiviteter 2026,activities,1,2,Förbundskansliet,3,40,52"#,
            #"1,Aktiviteter 2026,activities,2,1,Ta fram en plan,3,40,52"#,
            #"1,Aktiviteter 2026,activities,2,2,,3,40,52"#,
            #"2,,,0,1,Tidplan,4,60,63"#,
            #"2,,,0,2,Ansvar,4,60,63"#,
            #"2,,,1,1,Q2 2026,4,60,63"#,
            #"2,,,1,2,"Säg ""vi""",4,60,63"#,
        ]
        let expected = header + "\r\n" + cells.map { "fyrbodal-aktivitetsplan-2026,fyrbodal," + $0 + "\r\n" }.joined()
        #expect(text == expected)
        #expect(CSVTable.all.map(\.name).suffix(2) == ["tables", "warnings"])
    }

    @Test func sqliteHoldsTheSameRows() throws {
        let output = try BatchTests.folder()
        try SQLiteExport(output: output).write { add in try add(Self.document) }
        let queue = try DatabaseQueue(path: output.appending(path: SQLiteExport.fileName).path)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT "table", title, read_as, "row", "column", text, page, line_from, line_to FROM tables
                WHERE document_id = 'fyrbodal-aktivitetsplan-2026' ORDER BY "table", "row", "column"
                """)
            #expect(rows.count == 10)
            let first = try #require(rows.first)
            #expect(first["table"] as Int? == 1)
            #expect(first["title"] as String? == "Aktiviteter 2026")
            #expect(first["read_as"] as String? == "activities")
            #expect(first["row"] as Int? == 0)
            #expect(first["column"] as Int? == 1)
            #expect(first["text"] as String? == "Aktivitet")
            #expect(first["page"] as Int? == 3)
            #expect(first["line_from"] as Int? == 40)
            #expect(first["line_to"] as Int? == 52)
            let last = try #require(rows.last)
            #expect(last["table"] as Int? == 2)
            #expect(last["title"] as String? == nil)
            #expect(last["read_as"] as String? == nil)
            #expect(last["row"] as Int? == 1)
            #expect(last["column"] as Int? == 2)
            #expect(last["text"] as String? == "Säg \"vi\"")
            #expect(try String.fetchAll(db, sql: """
                SELECT text FROM tables WHERE read_as IS NULL AND "row" > 0 ORDER BY "column"
                """) == ["Q2 2026", "Säg \"vi\""])
            #expect(try String.fetchOne(db, sql: "SELECT typeof(\"row\") FROM tables LIMIT 1") == "integer")
        }
    }
}
