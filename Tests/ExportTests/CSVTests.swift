import Foundation
import Normalize
import PropertyBased
import Testing
@testable import Export

struct CSVTests {
    @Test func standardDialectQuotesAsRFC4180Says() {
        let record = CSVDialect.standard.record([
            .string("a,b"), .string("say \"hi\""), .string("line\nbreak"), .string("plain"), .number(42.65),
            .integer(-6_254_000), .null, .string(" padded"),
        ])
        #expect(record == "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain,42.65,-6254000,,\" padded\"\r\n")
    }

    @Test func swedishExcelDialectUsesSemicolonAndDecimalComma() {
        let record = CSVDialect.excelSwedish.record([.string("a;b"), .string("a,b"), .number(42.65), .number(50)])
        #expect(record == "\"a;b\";a,b;42,65;50\r\n")
    }

    /// The fields written on bytes are those of the rule as it reads on characters: quoted for a
    /// separator, quote or line break anywhere (also where a combining mark follows it), or a
    /// space first or last; a formula start neutralized in the Excel dialect.
    @Test func fieldsOnBytesAreTheCharacterRule() async {
        let alphabet = ["a", "Å", "é", "e\u{0301}", ",", ";", "\"", " ", " \u{0301}", "\n", "\r", "\r\n", "=", "+", "-",
                        "@", "\t", "1", "2,5", "–"]
        await propertyCheck(count: 600, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...8)) { picks in
            let text = picks.map { alphabet[$0] }.joined()
            for dialect in [CSVDialect.standard, .excelSwedish] {
                #expect(dialect.field(.string(text)) == Self.characterRule(text, dialect), "\(text.debugDescription)")
            }
        }
    }

    /// The rule on characters, as the CSV writer first had it.
    private static func characterRule(_ printed: String, _ dialect: CSVDialect) -> String {
        var text = printed
        if dialect.neutralizesFormulas, let first = text.first, CSVDialect.formulaStarts.contains(first), Double(text) == nil,
           SwedishNumber.parse(text) == nil {
            text = "'" + text
        }
        let separator = dialect.separator.asciiValue
        let needsQuotes = text.utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
