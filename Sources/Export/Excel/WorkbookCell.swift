import Foundation

/// One CSV cell as the workbook writes it: text as text (a text "10 447" or "=SUMMA(…)" stays a
/// string), integers and numbers as numbers, amounts (`*_sek` columns) with the thousands format
/// Swedish Excel shows as `# ##0`, ISO dates as dates.
struct WorkbookCell: Equatable {
    var value: XLSXWorkbook.Value
    var style: XLSXWorkbook.Style
    /// The text was longer than Excel allows in a cell and was cut (ending with `…`).
    var truncated = false

    /// Integers up to this size are exact as a spreadsheet's double; larger ones are written as text.
    static let largestExactInteger = 1 << 53

    /// The cell for `value` in `column`, or nil for an empty one (the CSV writes nothing there either).
    init?(_ value: CSVValue, column: CSVTable.Column) {
        switch value {
        case .null:
            return nil
        case .string(let text):
            guard !text.isEmpty else { return nil }
            if column.kind == .date, let date = Self.isoDate(text) {
                self.init(value: date, style: .date)
            } else {
                self.init(text: text)
            }
        case .integer(let number):
            guard number.magnitude <= Self.largestExactInteger else {
                self.init(text: String(number))
                return
            }
            self.init(value: .number(Double(number)), style: column.name.hasSuffix("_sek") ? .amount : .plain)
        case .number(let number):
            guard number.isFinite else {
                self.init(text: String(number))
                return
            }
            self.init(value: .number(number), style: .plain)
        }
    }

    init(value: XLSXWorkbook.Value, style: XLSXWorkbook.Style, truncated: Bool = false) {
        self.value = value
        self.style = style
        self.truncated = truncated
    }

    /// A text cell, cut to Excel's limit when longer.
    init(text: String, style: XLSXWorkbook.Style = .plain) {
        let scalars = text.unicodeScalars
        guard scalars.count > XLSXWorkbook.maxTextLength else {
            self.init(value: .text(text), style: style)
            return
        }
        var cut = String.UnicodeScalarView(scalars.prefix(XLSXWorkbook.maxTextLength - 1))
        cut.append("…")
        self.init(value: .text(String(cut)), style: style, truncated: true)
    }

    /// About how many characters wide the cell shows, at most `limit`: the longest line of a text,
    /// a number as formatted.
    func displayWidth(upTo limit: Int) -> Int {
        switch value {
        case .text(let text):
            if let width = Self.narrowWidth(of: text, upTo: limit) { return width }
            // A column is never wider than `limit`: a long text's characters are counted only so far.
            var widest = 0, line = 0
            for character in text {
                if character == "\n" {
                    line = 0
                } else {
                    line += 1
                    widest = max(widest, line)
                    if widest >= limit { return limit }
                }
            }
            return widest
        case .number(let number):
            let plain = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            guard style == .amount else { return min(limit, plain.count) }
            let digits = plain.filter(\.isNumber).count
            return min(limit, plain.count + max(0, (digits - 1) / 3))
        case .date:
            return min(limit, 10)
        }
    }

    /// `displayWidth` of a text counted on its bytes, or nil when the text holds a scalar from
    /// U+0300 on (combining marks and beyond, where characters need Unicode's rules). Below it
    /// every scalar is a character of its own, but for CR LF, which is one.
    private static func narrowWidth(of text: String, upTo limit: Int) -> Int? {
        var widest = 0, line = 0
        var afterReturn = false
        for byte in text.utf8 {
            if byte >= 0xCC { return nil }
            if byte & 0xC0 == 0x80 { continue }  // a continuation byte of the scalar counted
            if byte == 0x0A, !afterReturn {
                line = 0
            } else if byte != 0x0A {
                line += 1
                widest = max(widest, line)
                if widest >= limit { return limit }
            }
            afterReturn = byte == 0x0D
        }
        return widest
    }

    /// `2024-03-01` as a date; nil for anything else.
    static func isoDate(_ text: String) -> XLSXWorkbook.Value? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...9999).contains(year), (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day)
        else { return nil }
        return .date(year: year, month: month, day: day)
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
