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
    /// Their bytes, checked before the character.
    private static let formulaStartBytes = Set(formulaStarts.compactMap(\.asciiValue))

    /// One field: quoted when it holds the separator, a quote, a line break or starts/ends with space.
    public func field(_ value: CSVValue) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record, ended by CRLF as RFC 4180 says.
    public func record(_ values: [CSVValue]) -> String {
        var bytes: [UInt8] = []
        append(record: values, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record's bytes, ended by CRLF, to `bytes`: the batch writes its tables this
    /// way, without a string per field.
    public func append(record values: [CSVValue], to bytes: inout [UInt8]) {
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(contentsOf: separator.utf8) }
            append(value, to: &bytes)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    private func append(_ value: CSVValue, to bytes: inout [UInt8]) {
        switch value {
        case .null: return
        case .integer(let number): bytes.append(contentsOf: String(number).utf8)
        case .number(let number): bytes.append(contentsOf: format(number).utf8)
        case .string(let printed):
            // On bytes first, as a CSV reader reads them (a comma or quote a combining mark follows
            // counts too); a first byte that may start a formula or be a space is then checked as
            // the character it starts.
            var text = printed
            text.withUTF8 { utf8 in
                let neutralized = neutralizesFormulas && utf8.first.map(Self.formulaStartBytes.contains) == true
                    && printed.first.map(Self.formulaStarts.contains) == true
                    && Double(printed) == nil && SwedishNumber.parse(printed) == nil
                let separatorByte = separator.asciiValue
                var quotes = 0, breaksField = false
                for byte in utf8 {
                    if byte == 0x22 { quotes += 1 }
                    if byte == separatorByte || byte == 0x0A || byte == 0x0D { breaksField = true }
                }
                let needsQuotes = breaksField || quotes > 0 || separatorByte == nil && printed.contains(separator)
                    || !neutralized && utf8.first == 0x20 && printed.first == " " || utf8.last == 0x20
                if needsQuotes { bytes.append(0x22) }
                if neutralized { bytes.append(0x27) }
                if quotes == 0 {
                    bytes.append(contentsOf: utf8)
                } else {
                    for byte in utf8 {
                        bytes.append(byte)
                        if byte == 0x22 { bytes.append(0x22) }
                    }
                }
                if needsQuotes { bytes.append(0x22) }
            }
        }
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
