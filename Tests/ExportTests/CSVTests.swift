import Foundation
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
}
