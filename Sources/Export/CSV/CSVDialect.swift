import Foundation
import Normalize

/// How a CSV file is written: RFC 4180 with commas and decimal points for tools, or the dialect
/// Swedish Excel opens right (`;`, decimal comma, a UTF-8 byte order mark).
public struct CSVDialect: Sendable, Equatable {
    public var separator: Character
    public var decimalSeparator: Character
    public var byteOrderMark: Bool
    /// Text that a spreadsheet would run as a formula (`=1+2`, `+46…`, `@SUM`) is written with a
    /// leading `'` (OWASP's CSV-injection rule); numbers and the plain dialect stay exact.
    public var neutralizesFormulas = false

    public static let standard = CSVDialect(separator: ",", decimalSeparator: ".", byteOrderMark: false)
    public static let excelSwedish = CSVDialect(separator: ";", decimalSeparator: ",", byteOrderMark: true,
                                                neutralizesFormulas: true)

    /// The characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field: quoted when it holds the separator, a quote, a line break or starts/ends with space.
    public func field(_ value: CSVValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .number(let number): return format(number)
        case .string(let printed):
            var text = printed
            if neutralizesFormulas, let first = text.first, Self.formulaStarts.contains(first), Double(text) == nil,
               SwedishNumber.parse(text) == nil {
                text = "'" + text
            }
            // On bytes, as a CSV reader reads them: a comma or quote a combining mark follows counts too.
            let separatorByte = separator.asciiValue
            let needsQuotes = text.utf8.contains { $0 == separatorByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || separatorByte == nil && text.contains(separator) || text.first == " " || text.last == " "
            return needsQuotes ? Self.quoted(text) : text
        }
    }

    /// `text` in quotes, each quote in it doubled.
    private static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record, ended by CRLF as RFC 4180 says.
    public func record(_ values: [CSVValue]) -> String {
        values.map(field).joined(separator: String(separator)) + "\r\n"
    }

    /// A number without exponent or trailing zeros: 42.65 → "42.65" (or "42,65").
    private func format(_ number: Double) -> String {
        var text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        if decimalSeparator != "." { text = text.replacingOccurrences(of: ".", with: String(decimalSeparator)) }
        return text
    }
}

/// A typed CSV cell.
public enum CSVValue: Sendable, Equatable {
    case null
    case string(String)
    case integer(Int)
    case number(Double)

    public init(_ text: String?) { self = text.map(CSVValue.string) ?? .null }
    public init(_ number: Int?) { self = number.map(CSVValue.integer) ?? .null }
    public init(_ number: Double?) { self = number.map(CSVValue.number) ?? .null }
}
