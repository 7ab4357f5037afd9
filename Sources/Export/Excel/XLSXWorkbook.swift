import CXLSXWriter
import Foundation

/// An `.xlsx` file written with libxlsxwriter in constant-memory mode: each sheet's rows go to a
/// temporary file as they are written, so they must come in row order per sheet. The only code
/// that calls libxlsxwriter; no pointer leaves this file.
final class XLSXWorkbook {
    /// A cell's value: text is always a string cell (never a formula), numbers and dates are typed.
    enum Value: Equatable {
        case text(String)
        case number(Double)
        case date(year: Int, month: Int, day: Int)
    }

    /// How a cell looks.
    enum Style: CaseIterable {
        case plain, bold, amount, date
    }

    /// A sheet of this workbook.
    struct Sheet: Hashable {
        fileprivate let index: Int
    }

    /// Excel's limits: characters in a cell, rows in a sheet.
    static let maxTextLength = 32_767
    static let maxRows = 1_048_576

    /// The creation time written into the document properties: fixed, so the same data gives
    /// the same bytes (libxlsxwriter would write the current time).
    static let fixedCreation: time_t = 946_684_800  // 2000-01-01T00:00:00Z

    /// The name errors give (the target, not the temporary file).
    private let name: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]

    /// A workbook to be written to `path` when closed; errors name it `name`.
    init(path: String, name: String, title: String) throws(OutputError) {
        self.name = name
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else {
            throw .cannotWrite(path: name, reason: "libxlsxwriter could not start a workbook")
        }
        self.workbook = workbook
        let titleCopy = strdup(title)
        defer { free(titleCopy) }
        var properties = lxw_doc_properties()
        properties.title = titleCopy
        properties.created = Self.fixedCreation
        try check(workbook_set_properties(workbook, &properties))
        for style in Style.allCases {
            guard let format = workbook_add_format(workbook) else {
                throw .cannotWrite(path: name, reason: "libxlsxwriter could not add a cell format")
            }
            switch style {
            case .plain: break
            case .bold: format_set_bold(format)
            case .amount: format_set_num_format(format, "#,##0")
            case .date: format_set_num_format(format, "yyyy-mm-dd")
            }
            formats[style] = format
        }
    }

    deinit {
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Adds a sheet after the others; `name` is at most 31 characters, without `[]:*?/\`.
    func addSheet(named sheetName: String) throws(OutputError) -> Sheet {
        guard let workbook, let sheet = workbook_add_worksheet(workbook, sheetName) else {
            throw .cannotWrite(path: name, reason: "libxlsxwriter could not add the sheet '\(sheetName)'")
        }
        sheets.append(sheet)
        return Sheet(index: sheets.count - 1)
    }

    /// Writes one cell (0-based row and column).
    func write(_ value: Value, style: Style = .plain, row: Int, column: Int, in sheet: Sheet) throws(OutputError) {
        let worksheet = sheets[sheet.index]
        let format = style == .plain ? nil : formats[style]
        let (row, column) = (lxw_row_t(row), lxw_col_t(column))
        switch value {
        case .text(let text):
            try check(worksheet_write_string(worksheet, row, column, text, format))
        case .number(let number):
            try check(worksheet_write_number(worksheet, row, column, number, format))
        case .date(let year, let month, let day):
            var date = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
            try check(worksheet_write_datetime(worksheet, row, column, &date, format))
        }
    }

    /// Sets the width of a column, in characters of the default font.
    func setWidth(_ width: Double, column: Int, in sheet: Sheet) throws(OutputError) {
        try check(worksheet_set_column(sheets[sheet.index], lxw_col_t(column), lxw_col_t(column), width, nil))
    }

    /// Keeps the first row in view when scrolling.
    func freezeFirstRow(in sheet: Sheet) {
        worksheet_freeze_panes(sheets[sheet.index], 1, 0)
    }

    /// Puts filter buttons on the first row over `rows` rows (header included) and `columns` columns.
    func autofilter(rows: Int, columns: Int, in sheet: Sheet) throws(OutputError) {
        try check(worksheet_autofilter(sheets[sheet.index], 0, 0, lxw_row_t(max(rows, 1) - 1),
                                       lxw_col_t(max(columns, 1) - 1)))
    }

    /// Writes the file; the workbook cannot be used afterwards.
    func close() throws(OutputError) {
        guard let workbook else { return }
        self.workbook = nil
        try check(workbook_close(workbook))
    }

    private func check(_ error: lxw_error) throws(OutputError) {
        guard error != LXW_NO_ERROR else { return }
        throw .cannotWrite(path: name, reason: "libxlsxwriter: \(String(cString: lxw_strerror(error)))")
    }
}
