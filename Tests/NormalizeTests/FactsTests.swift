import Foundation
import Ingest
import Testing
@testable import Normalize

/// Members, projects and key figures of the seeds, asserted in full.
struct FactsTests {
    @Test func seed001MembersIncludeTheWrappedAndVariantNames() throws {
        let document = try TestFiles.extract(TestFiles.seed("001_c3d3db462980bb96.txt"))
        #expect(document.members.map { "\($0.name) \($0.municipalityCode)" } == [
            "Bengtsfors 1460", "Dals-Ed 1438", "Färgelanda 1439", "Lysekil 1484", "Mellerud 1461", "Munkedal 1430",
            "Orust 1421", "Sotenäs 1427", "Strömstad 1486", "Tanum 1435", "Trollhättan 1488", "Uddevalla 1485",
            "Vänersborg 1487", "Åmål 1492",
        ])
        // "Dals Ed" (line 60) and "Troll" / "hättan" (lines 61-62).
        #expect(document.members[1].provenance?.lines == 60...60)
        #expect(document.members[10].provenance?.lines == 61...62)
    }

    @Test func seed003Members() throws {
        let document = try TestFiles.extract(TestFiles.seed("003_7ca1042aa7ecc69e.txt"))
        #expect(document.members.map { "\($0.name) \($0.municipalityCode)" } == [
            "Essunga 1445", "Falköping 1499", "Grästorp 1444", "Gullspång 1447", "Götene 1471", "Hjo 1497",
            "Karlsborg 1446", "Lidköping 1494", "Mariestad 1493", "Skara 1495", "Skövde 1496", "Tibro 1472",
            "Tidaholm 1498", "Töreboda 1473", "Vara 1470",
        ])
    }

    /// Seeds 000, 002 and 004 name no member list ("Borås" in passing is not one; "Varav" is not Vara).
    @Test(arguments: ["000_95ad663e025e0bbc.txt", "002_583bd4024cf3832c.txt", "004_0cdacc11dfb66760.txt"])
    func seedsWithoutMemberLists(seed: String) throws {
        #expect(try TestFiles.extract(TestFiles.seed(seed)).members.isEmpty)
    }

    @Test func seed003Projects() throws {
        let document = try TestFiles.extract(TestFiles.seed("003_7ca1042aa7ecc69e.txt"))
        #expect(document.projects.map { "\($0.name) \($0.start ?? "-") \($0.end ?? "-")" } == [
            "Attraktion till batteri- och fordonsbranschen 2024-03-01 2027-03-01",
            "Framtidens vård: Attraktion, kvalitet och smarta lösningar 2024-04-01 2027-03-31",
            "Kompetensnavet 2022-04-01 2027-03-31",
            "Kompetenstrappa: förskola och fritidshem 2024-04-01 2026-03-31",
            "Krafttag i Väst – Elsa 2024-09-01 2026-12-31",
            "Strategi Nätverksstaden Skaraborg: koordinering & finansiering 2025-01-01 2026-12-31",
            "Val för livet 2023-09-01 2026-08-31",
            "Kraftsamling Framtidsrusta barn och unga 2026-01-01 2028-12-31",
        ])
        // The wrapped name spans lines 437-439 with a blank line between.
        #expect(document.projects[5].provenance.lines == 437...439)
    }

    @Test func projectDatesAreCheckedNotGuessed() {
        #expect(ProjectParser.isoDate("240229") == "2024-02-29")
        #expect(ProjectParser.isoDate("250229") == nil)
        #expect(ProjectParser.isoDate("241301") == nil)
        #expect(ProjectParser.period(at: "Kompetensnavet 2022-04-01–2027-03-31")?.start == "2022-04-01")
        #expect(ProjectParser.period(at: "Val för livet 2023-09-01 – 2026-08-31")?.end == "2026-08-31")
        // A date that does not exist is kept as printed, with no ISO date (the parser warns).
        let invalid = ProjectParser.period(at: "Val för livet 2023-02-30 – 2026-08-31")
        #expect(invalid?.printed == "2023-02-30 – 2026-08-31")
        #expect(invalid?.start == nil)
        #expect(invalid?.end == "2026-08-31")
        #expect(ProjectParser.period(at: "Budget 2024–2026") == nil)
        #expect(ProjectParser.period(at: "Telefon 0500-49 70 00") == nil)
    }

    /// Seed 003's project list with its periods printed in the other shapes an office uses
    /// ("YYMMDD" marks the start date's digits, "yymmdd" the end's) gives the seed's eight
    /// projects with the same dates.
    @Test(arguments: ["YYYYMMDD-yyyymmdd", "YYYY.MM.DD–yyyy.mm.dd", "YYMMDD - yymmdd",
                      "YYYY/MM/DD – yyyy/mm/dd", "YYYY-MM-DD-yyyy-mm-dd"])
    func seed003PeriodShapes(shape: String) throws {
        let url = TestFiles.seed("003_7ca1042aa7ecc69e.txt")
        let seed = try TestFiles.extract(url)
        let text = try String(contentsOf: url, encoding: .utf8)
        let period = /(\d{2})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?= *$)/.anchorsMatchLineEndings()
        let rewritten = text.replacing(period) { match in
            let (_, y1, m1, d1, y2, m2, d2) = match.output
            return [("YYYY", "20\(y1)"), ("YY", "\(y1)"), ("MM", "\(m1)"), ("DD", "\(d1)"),
                    ("yyyy", "20\(y2)"), ("yy", "\(y2)"), ("mm", "\(m2)"), ("dd", "\(d2)")]
                .reduce(shape) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        #expect(rewritten != text)
        let document = try InitiativeTests.normalize(rewritten)
        #expect(document.projects.count == 8)
        #expect(document.projects.map { "\($0.name) \($0.start ?? "-") \($0.end ?? "-")" }
            == seed.projects.map { "\($0.name) \($0.start ?? "-") \($0.end ?? "-")" })
        #expect(document.warnings.count == seed.warnings.count)
    }

    /// Projects dated in ISO form, and an item without a period that is not glued to the next.
    @Test func projectListsInOtherForms() throws {
        let document = try InitiativeTests.normalize("""
            Skaraborgs kommunalförbund

            Pågående projekt

            • Kompetensnavet 2022-04-01–2027-03-31
            • Krafttag i Väst 2024-09-01 - 2026-12-31
            • Ett projekt utan period
            • Digital plattform 220401-270331
            """)
        #expect(document.projects.map { "\($0.name) \($0.start ?? "-") \($0.end ?? "-")" } == [
            "Kompetensnavet 2022-04-01 2027-03-31",
            "Krafttag i Väst 2024-09-01 2026-12-31",
            "Digital plattform 2022-04-01 2027-03-31",
        ])
    }

    @Test func seed003KeyFigures() throws {
        let document = try TestFiles.extract(TestFiles.seed("003_7ca1042aa7ecc69e.txt"))
        #expect(document.keyFigures.map { "\($0.name) \($0.value) \($0.unit) \($0.year ?? 0) @\($0.provenance.lines.lowerBound)" } == [
            "medlemsavgift_total 13631000.0 kr 2026 @271",
            "po_palagg 42.65 % 2026 @294",
            "po_palagg 41.4 % 2025 @294",
            "oh_fordelningsnyckel 16.0 % 2026 @295",
            "oh_fordelningsnyckel 19.0 % 2025 @295",
            "index_upprakning 2.7 % 2026 @298",
            "medlemsavgift_per_invanare 50.55 kr/invånare 2026 @299",
        ])
    }

    @Test func seed001KeyFiguresIncludeTheFinancingShares() throws {
        let document = try TestFiles.extract(TestFiles.seed("001_c3d3db462980bb96.txt"))
        #expect(document.keyFigures.map { "\($0.name) \($0.value) \($0.unit) \($0.year ?? 0)" } == [
            "finansieringsandel_medlemsfinansiering 20.0 % 2025",
            "finansieringsandel_sarskild_finansierad_verksamhet 41.0 % 2025",
            "finansieringsandel_projektverksamhet 39.0 % 2025",
            "omsattning 53000000.0 kr 2025",
            "kommunernas_finansiering_per_invanare 37.0 kr/invånare 2025",
        ])
    }
}
