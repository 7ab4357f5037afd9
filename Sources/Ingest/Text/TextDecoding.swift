import Foundation

/// The encodings a Swedish office's text dumps come in.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// Decodes a text dump's bytes: UTF-8 with or without BOM, UTF-16 with BOM,
/// otherwise Windows-1252, which every byte sequence decodes as.
///
/// UTF-8 is tried strictly, so a UTF-8 file is never read as Windows-1252 (no silent mojibake);
/// binary data (NUL bytes, many control characters, a PDF with a .txt name) is refused.
enum TextDecoding {
    static func decode(_ data: Data, path: String) throws(IngestError) -> (text: String, encoding: TextEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard let text = String(data: data.dropFirst(2),
                                    encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
            else { throw .binaryData(path: path) }
            return try checked(text, littleEndian ? .utf16LittleEndian : .utf16BigEndian, path: path)
        }
        if bytes.starts(with: Array("%PDF-".utf8)) { throw .pdfWithTextName(path: path) }
        if bytes.contains(0) { throw .binaryData(path: path) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw .binaryData(path: path)
            }
            return try checked(text, .utf8WithBOM, path: path)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return try checked(text, .utf8, path: path)
        }
        return try checked(windows1252(bytes), .windows1252, path: path)
    }

    /// Refuses text that is mostly control characters: a binary file with a text name.
    private static func checked(_ text: String, _ encoding: TextEncoding,
                                path: String) throws(IngestError) -> (text: String, encoding: TextEncoding) {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value < 0x20, !["\t", "\n", "\r", "\u{0C}"].contains(scalar) { controls += 1 }
        }
        if controls > 8 && controls * 100 > total { throw .binaryData(path: path) }
        return (text, encoding)
    }

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Windows-1252 0x80–0x9F; the five undefined bytes keep their C1 code points.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
