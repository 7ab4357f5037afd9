import Foundation
import Ingest
import Normalize
import Testing
@testable import Export

struct OrderedJSONEncoderTests {
    struct Sample: Encodable {
        var zeta = "z"
        var alpha: Int? = nil
        var list: [Double] = [50.55, 2, -1670]
        var empty: [String] = []
        var text = "Säg \"hej\"\n\t/ \u{1}"

        private enum CodingKeys: String, CodingKey { case zeta, alpha, list, empty, text }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zeta, forKey: .zeta)
            try container.encode(alpha, forKey: .alpha)
            try container.encode(list, forKey: .list)
            try container.encode(empty, forKey: .empty)
            try container.encode(text, forKey: .text)
        }
    }

    @Test func keysKeepDeclarationOrderAndValuesAreExact() throws {
        let json = String(decoding: try OrderedJSONEncoder().encode(Sample()), as: UTF8.self)
        #expect(json == """
            {
              "zeta": "z",
              "alpha": null,
              "list": [
                50.55,
                2,
                -1670
              ],
              "empty": [],
              "text": "Säg \\"hej\\"\\n\\t/ \\u0001"
            }

            """)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try OrderedJSONEncoder().encode([Double.nan]) }
    }

    @Test func aPlanDocumentRoundTripsThroughJSONDecoder() throws {
        var document = PlanDocument(document: DocumentInfo(
            id: "fyrbodal-aktivitetsplan-2023", title: "Aktivitetsplan 2023",
            organization: Organization(id: "fyrbodal", name: "Fyrbodals kommunalförbund"),
            kind: .aktivitetsplan, period: Period(from: 2023, to: 2023),
            source: SourceInfo(path: "seeds/a.txt", format: .text, sha256: String(repeating: "0", count: 64), pages: 9)))
        let provenance = Provenance(page: 14, lines: 970...988, bbox: BoundingBox(x0: 1, y0: 2, x1: 3.25, y1: 4))
        document.budgetTables = [BudgetTable(
            title: "Budget 2025-2027, medlemsfinansiering", scope: "totalt", unit: "tkr",
            columns: [BudgetColumn(label: "2025", year: 2025)],
            rows: [BudgetRow(label: "Hyra", kind: .cost, cells: [BudgetCell(text: "1 670", amountSEK: 1_670_000),
                                                              BudgetCell(text: "", amountSEK: nil)],
                             provenance: provenance)],
            provenance: provenance)]
        document.warnings = [Diagnostic(code: .signSuspect, message: "Hyra is positive", provenance: provenance)]
        let data = try PlanJSONExporter().render(document)
        #expect(try JSONDecoder().decode(PlanDocument.self, from: data) == document)
        #expect(try PlanJSONExporter().render(document) == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"amount_sek\": null"))
        let compact = text.filter { !$0.isWhitespace }
        #expect(compact.contains("\"provenance\":{\"page\":14,\"lines\":[970,988],\"bbox\":[1,2,3.25,4]}"))
    }

    /// An activity's `extra` cells are written as an object in column order, not hash order.
    @Test func extraCellsKeepTheirColumnOrder() throws {
        let extra = ExtraCells([ExtraCells.Cell(header: "Tidplan", text: "Q2 2026"),
                                ExtraCells.Cell(header: "Budget", text: "50 tkr")])
        let json = String(decoding: try OrderedJSONEncoder().encode(extra), as: UTF8.self)
        #expect(json == "{\n  \"Tidplan\": \"Q2 2026\",\n  \"Budget\": \"50 tkr\"\n}\n")
    }
}
