import Testing
@testable import Export

/// Cells a spreadsheet would run as formulas (issue 15's reproducer: an activity text `=1+2`).
struct CSVInjectionTests {
    @Test(arguments: ["=1+2", "+46 70 123", "-sum", "@SUM(A1)", "\tx", "\rx"])
    func theExcelDialectNeutralizesFormulas(text: String) {
        #expect(CSVDialect.excelSwedish.field(.string(text)).hasPrefix("'") || CSVDialect.excelSwedish.field(.string(text)).hasPrefix("\"'"))
        #expect(CSVDialect.standard.field(.string(text)).contains(text))
    }

    /// Printed numbers stay as they are: "-8 374", "-40", "+5".
    @Test(arguments: ["-8 374", "-40", "+5", "−1 187"])
    func numbersStayExact(text: String) {
        #expect(CSVDialect.excelSwedish.field(.string(text)) == text)
    }

    @Test func thePlainDialectStaysExact() {
        #expect(CSVDialect.standard.field(.string("=1+2")) == "=1+2")
        #expect(CSVDialect.excelSwedish.field(.string("=1+2")) == "'=1+2")
    }
}
