import Foundation
import GRDB
import GRDBSQLite
import Normalize

/// `out/planpipe.sqlite`: the CSV tables in SQLite, plus a `documents` table and the views
/// analysts write first (`budget_totals`, `activities_per_theme`, `measures_per_theme`,
/// `initiatives_per_theme`), so `sqlite3` or Datasette work on it directly. Built in a temporary
/// file and renamed into place when complete.
final class SQLiteExport {
    static let fileName = "planpipe.sqlite"

    private let target: URL
    private let temporary: URL
    private let queue: DatabaseQueue
    private var inserts: [String: Statement] = [:]

    init(output: URL) throws {
        target = output.appending(path: Self.fileName)
        temporary = OutputWriter.temporaryURL(for: target)
        queue = try DatabaseQueue(path: temporary.path)
    }

    /// Creates the tables, runs `fill` (which calls `add` per document) in one transaction, adds
    /// the views and moves the file into place.
    func write(_ fill: (_ add: (PlanDocument) throws -> Void) throws -> Void) throws {
        try queue.write { db in
            try db.execute(sql: Self.documentsTable)
            for table in CSVTable.all {
                let columns = table.columns.map { "\"\($0.name)\" \(Self.sqlType($0.kind))" }.joined(separator: ", ")
                try db.execute(sql: "CREATE TABLE \"\(table.name)\" (\(columns))")
            }
            try db.execute(sql: "CREATE TABLE themes (theme TEXT PRIMARY KEY)")
            for theme in Theme.allCases {
                try db.execute(sql: "INSERT INTO themes VALUES (?)", arguments: [theme.rawValue])
            }
            try fill { document in try self.insert(document, into: db) }
            try db.execute(sql: Self.views)
        }
        inserts.removeAll()  // finalizes the prepared statements, or the database cannot close
        try queue.close()
        try OutputWriter.moveIntoPlace(temporary, target)
    }

    deinit {
        try? FileManager.default.removeItem(at: temporary)
    }

    private func insert(_ document: PlanDocument, into db: Database) throws {
        let info = document.document
        try db.execute(sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
            info.id, info.organization.id, info.kind.rawValue, info.period?.from, info.period?.to, info.title,
            info.source.path, info.source.sha256, info.source.pages,
        ])
        for table in CSVTable.all {
            let rows = table.rows(document)
            guard !rows.isEmpty else { continue }
            let statement = try statement(for: table, in: db)
            for row in rows { try Self.insert(row, with: statement, in: db) }
        }
    }

    /// Binds `row` to the prepared `statement` with SQLite's own calls and runs it: through
    /// `StatementArguments`, whose generic initializers map every value again, binding took
    /// more time than SQLite's insert.
    private static func insert(_ row: [CSVValue], with statement: Statement, in db: Database) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        for (index, value) in row.enumerated() {
            let position = Int32(index + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, position)
            case .integer(let number):
                code = sqlite3_bind_int64(handle, position, Int64(number))
            case .number(let number):
                code = sqlite3_bind_double(handle, position, number)
            case .string(let text):
                var text = text
                code = text.withUTF8 { bytes in
                    guard let start = bytes.baseAddress else { return sqlite3_bind_text(handle, position, "", 0, Self.transient) }
                    return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        sqlite3_bind_text(handle, position, $0, Int32(bytes.count), Self.transient)
                    }
                }
            }
            guard code == SQLITE_OK else { throw Self.error(code, in: db) }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw Self.error(code, in: db) }
    }

    /// SQLite copies the bound text (`SQLITE_TRANSIENT`, which Swift cannot import as a macro).
    private static let transient = unsafeBitCast(Int(-1), to: sqlite3_destructor_type.self)

    private static func error(_ code: Int32, in db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code),
                      message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) })
    }

    private func statement(for table: CSVTable, in db: Database) throws -> Statement {
        if let statement = inserts[table.name] { return statement }
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \"\(table.name)\" VALUES (\(marks))")
        inserts[table.name] = statement
        return statement
    }

    static func sqlType(_ kind: CSVTable.Column.Kind) -> String {
        switch kind {
        case .string, .date: "TEXT"
        case .integer: "INTEGER"
        case .number: "REAL"
        }
    }

    static let documentsTable = """
        CREATE TABLE documents (id TEXT PRIMARY KEY, organization_id TEXT, kind TEXT, period_from INTEGER,
          period_to INTEGER, title TEXT, source_path TEXT, sha256 TEXT, pages INTEGER)
        """

    /// Budget totals per document, table and year from the total ("totalt") money tables: the
    /// income and cost subtotals where printed, the sums of income and cost rows, and the result.
    static let views = """
        CREATE VIEW budget_totals AS
        SELECT organization_id, document_id, "table", column_year AS year,
          MAX(CASE WHEN kind = 'subtotal' AND "row" LIKE '%int_kt%' THEN amount_sek END) AS income_subtotal_sek,
          SUM(CASE WHEN kind = 'income' THEN amount_sek END) AS income_rows_sek,
          MAX(CASE WHEN kind = 'subtotal' AND "row" LIKE '%kostnad%' THEN amount_sek END) AS cost_subtotal_sek,
          SUM(CASE WHEN kind = 'cost' THEN amount_sek END) AS cost_rows_sek,
          MAX(CASE WHEN kind = 'result' THEN amount_sek END) AS result_sek
        FROM budget_rows WHERE scope = 'totalt' AND unit <> '%' AND column_year IS NOT NULL
        GROUP BY organization_id, document_id, "table", column_year;

        CREATE VIEW activities_per_theme AS
        SELECT a.organization_id, a.document_id, t.theme, COUNT(*) AS activities
        FROM activities a JOIN themes t ON (' | ' || a.themes || ' | ') LIKE ('% | ' || t.theme || ' | %')
        GROUP BY a.organization_id, a.document_id, t.theme;

        CREATE VIEW measures_per_theme AS
        SELECT m.organization_id, m.document_id, t.theme, COUNT(*) AS measures
        FROM measures m JOIN themes t ON (' | ' || m.themes || ' | ') LIKE ('% | ' || t.theme || ' | %')
        GROUP BY m.organization_id, m.document_id, t.theme;

        CREATE VIEW initiatives_per_theme AS
        SELECT i.organization_id, i.document_id, t.theme, COUNT(*) AS initiatives
        FROM initiatives i JOIN themes t ON (' | ' || i.themes || ' | ') LIKE ('% | ' || t.theme || ' | %')
        GROUP BY i.organization_id, i.document_id, t.theme;
        """
}
