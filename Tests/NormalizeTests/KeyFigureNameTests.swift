import Foundation
import Ingest
import Testing
@testable import Normalize

struct KeyFigureNameTests {
    /// A label with letters outside Swedish and a fraction still gives a name of `a-z`, `0-9` and
    /// `_`, as the schema requires (issue 15's reproducer).
    @Test func keyFigureNamesKeepToTheSchemasPattern() throws {
        let dump = "Verksamhetsplan 2025 Fyrbodals kommunalförbund\n\nFinansiering\n\nSærskild finansiering ½\n41 %\n"
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "k.txt", log: &log)
        let figures = try Normalizer().normalize(source).keyFigures
        #expect(figures.map(\.name) == ["finansieringsandel_saerskild_finansiering"])
        #expect(figures.map(\.value) == [41])
        #expect(KeyFigureParser.slug("Särskild finansierad verksamhet") == "sarskild_finansierad_verksamhet")
    }
}
