import Foundation
import Ingest
import Normalize

/// `out/planpipe.xlsx`: the CSV tables as one workbook for Excel. A first sheet "Om" names the
/// planpipe version and every source with its sha256; then one sheet per table, with a bold,
/// frozen header row with filter buttons, columns as wide as their content (within bounds) and
/// typed cells (`WorkbookCell`). Documents are added one at a time and their rows go to disk as
/// they come; the file is written under a temporary name and renamed into place by `commit`.
/// The same documents give the same bytes.
final class WorkbookExport {
    static let fileName = "planpipe.xlsx"
    static let aboutSheet = "Om"
    static let sourceColumns = ["document_id", "titel", "organisation", "källa", "format", "sha256", "sidor"]

    private struct TableSheet {
        var table: CSVTable
        var sheet: XLSXWorkbook.Sheet
        var widths: ColumnWidths
        var rows = 1  // the header
        var droppedRows = 0
    }

    private let target: URL
    private let temporary: URL
    private let workbook: XLSXWorkbook
    private let about: XLSXWorkbook.Sheet
    private var aboutWidths = ColumnWidths(headers: [])
    private var aboutRow = 0
    private var sheets: [TableSheet] = []
    private var truncatedCells = 0
    private var committed = false

    /// Starts the workbook in `output` with the "Om" sheet and one sheet per table.
    init(output: URL, tables: [CSVTable] = CSVTable.all) throws(OutputError) {
        target = output.appending(path: Self.fileName)
        temporary = OutputWriter.temporaryURL(for: target)
        workbook = try XLSXWorkbook(path: temporary.path, name: Self.fileName,
                                    title: "planpipe: planer och budgetar från kommunalförbund")
        about = try workbook.addSheet(named: Self.aboutSheet)
        for table in tables {
            let sheet = try workbook.addSheet(named: table.name)
            for (index, column) in table.columns.enumerated() {
                try workbook.write(.text(column.name), style: .bold, row: 0, column: index, in: sheet)
            }
            sheets.append(TableSheet(table: table, sheet: sheet, widths: ColumnWidths(headers: table.columns.map(\.name))))
        }
        try writeAbout([.text("Om arbetsboken")], style: .bold)
        try writeAbout([.text("Skapad av"), .text("planpipe \(PipelineVersion.current)")])
        try writeAbout([.text("Schemaversion"), .text(PlanDocument.schemaVersion)])
        aboutRow += 1
        try writeAbout([.text("Blad"), .text("Innehåll")], style: .bold)
        for table in tables {
            try writeAbout([.text(table.name), .text(table.description)])
        }
        aboutRow += 1
        try writeAbout([.text("Källor")], style: .bold)
        try writeAbout(Self.sourceColumns.map(XLSXWorkbook.Value.text), style: .bold)
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Adds a document: its source to "Om", its rows to every table's sheet.
    func add(_ document: PlanDocument) throws(OutputError) {
        let info = document.document
        try writeAbout([.text(info.id), .text(info.title), info.organization.name.map(XLSXWorkbook.Value.text),
                        .text(info.source.path), .text(info.source.format.rawValue), .text(info.source.sha256),
                        .number(Double(info.source.pages))])
        for index in sheets.indices {
            for row in sheets[index].table.rows(document) {
                try add(row, to: index)
            }
        }
    }

    /// Finishes the sheets (widths, frozen header, filter), writes the file and renames it into place.
    func commit() throws(OutputError) {
        for sheet in sheets {
            workbook.freezeFirstRow(in: sheet.sheet)
            try workbook.autofilter(rows: sheet.rows, columns: sheet.table.columns.count, in: sheet.sheet)
            try setWidths(sheet.widths, in: sheet.sheet)
            if sheet.droppedRows > 0 {
                aboutRow += 1
                try writeAbout([.text("Obs"), .text("Bladet \(sheet.table.name) rymmer inte alla rader: "
                    + "\(sheet.droppedRows) rader över Excels gräns på 1 048 576 finns bara i CSV-filerna.")])
            }
        }
        if truncatedCells > 0 {
            aboutRow += 1
            try writeAbout([.text("Obs"), .text("\(truncatedCells) celler var längre än Excels gräns på 32 767 tecken "
                + "och slutar med …; CSV-filerna har hela texten.")])
        }
        try setWidths(aboutWidths, in: about)
        try workbook.close()
        try OutputWriter.moveIntoPlace(temporary, target)
        committed = true
    }

    private func add(_ row: [CSVValue], to index: Int) throws(OutputError) {
        guard sheets[index].rows < XLSXWorkbook.maxRows else {
            sheets[index].droppedRows += 1
            return
        }
        let (table, sheet, rowIndex) = (sheets[index].table, sheets[index].sheet, sheets[index].rows)
        for (position, (column, value)) in zip(table.columns, row).enumerated() {
            guard let cell = WorkbookCell(value, column: column) else { continue }
            try workbook.write(cell.value, style: cell.style, row: rowIndex, column: position, in: sheet)
            sheets[index].widths.fit(cell, column: position)
            if cell.truncated { truncatedCells += 1 }
        }
        sheets[index].rows += 1
    }

    /// One row of "Om"; a nil value leaves its cell empty.
    private func writeAbout(_ values: [XLSXWorkbook.Value?], style: XLSXWorkbook.Style = .plain) throws(OutputError) {
        for (column, value) in values.enumerated() {
            guard let value else { continue }
            let cell: WorkbookCell
            if case .text(let text) = value { cell = WorkbookCell(text: text, style: style) } else {
                cell = WorkbookCell(value: value, style: style)
            }
            try workbook.write(cell.value, style: cell.style, row: aboutRow, column: column, in: about)
            if values.count > 1 { aboutWidths.fit(cell, column: column) }
        }
        aboutRow += 1
    }

    private func setWidths(_ widths: ColumnWidths, in sheet: XLSXWorkbook.Sheet) throws(OutputError) {
        for (column, width) in widths.widths.enumerated() {
            try workbook.setWidth(width, column: column, in: sheet)
        }
    }
}

/// Column widths that follow the content: at least the header (and its filter button), at most 60 characters.
struct ColumnWidths: Equatable {
    static let minimum = 6, maximum = 60

    private var characters: [Int]

    init(headers: [String]) {
        characters = headers.map { $0.count + 3 }
    }

    mutating func fit(_ cell: WorkbookCell, column: Int) {
        while characters.count <= column { characters.append(Self.minimum) }
        guard characters[column] <= Self.maximum else { return }  // as wide as a column gets
        characters[column] = max(characters[column], cell.displayWidth(upTo: Self.maximum) + 1)
    }

    /// The widths in Excel's units, one per column.
    var widths: [Double] {
        characters.map { Double(min(Self.maximum, max(Self.minimum, $0))) }
    }
}
