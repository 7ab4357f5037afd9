import Foundation
import Ingest
import Testing
@testable import Normalize

/// A seed with its measures' header or plan label worded as another office words it gives the
/// same measures and goals: the words are vocabulary (`columns.json`, `headings.json`), not the
/// seed's phrase.
struct HeadingWordVariantTests {
    /// The measures and goals of `seed`, provenance aside, with every `phrase` replaced by `replacement`.
    static func lists(_ seed: String, replacing phrase: String, with replacement: String) throws
        -> (seed: [[String]], variant: [[String]]) {
        let text = try String(contentsOf: TestFiles.seed(seed), encoding: .utf8)
        #expect(text.contains(phrase))
        func read(_ text: String) throws -> [[String]] {
            let document = try BudgetEdgeCaseTests.normalize(text)
            return document.measures.map { [$0.objective ?? "", $0.measure, $0.effect ?? ""] }
                + document.goals.map { [$0.goal, $0.description ?? ""] }
        }
        return (try read(text), try read(text.replacingOccurrences(of: phrase, with: replacement)))
    }

    @Test(arguments: ["Prioriterade aktiviteter", "Prioriterade åtgärder", "Planerade insatser"])
    func theMeasuresHeaderReworded(header: String) throws {
        let (seed, variant) = try Self.lists("001_c3d3db462980bb96.txt", replacing: "Prioriterade insatser", with: header)
        #expect(seed.count == 34)
        #expect(variant == seed)
    }

    @Test(arguments: ["Aktiviteter 2026:", "Insatser under 2026:", "Prioriterade aktiviteter 2026:", "Aktiviteter:"])
    func thePlanLabelReworded(label: String) throws {
        let (seed, variant) = try Self.lists("003_7ca1042aa7ecc69e.txt", replacing: "Plan för genomförande 2026:", with: label)
        #expect(seed.count == 23)
        #expect(variant == seed)
    }

    @Test func aLabelWithAYearIsStillALabel() {
        let labels = SectionLabels(labels: [.init(part: .plan, words: ["aktiviteter"], whole: true)])
        func part(_ text: String) -> SectionLabels.Part? {
            labels.part(of: SourceLine(number: 1, page: 1, text: text))
        }
        #expect(part("Aktiviteter 2026:") == .plan)
        #expect(part("Aktiviteter:") == .plan)
        #expect(part("Aktiviteter för 2026:") == nil)
        #expect(part("Aktiviteter 2026 2027") == nil)
    }

    /// Goal headings numbered before their word ("1.1 Strategiskt mål: …") are the seed's goals,
    /// with the number kept.
    @Test func aNumberBeforeTheHeadingWord() throws {
        let text = try String(contentsOf: TestFiles.seed("000_95ad663e025e0bbc.txt"), encoding: .utf8)
        var count = 0
        let numbered = text.components(separatedBy: "\n").map { line -> String in
            guard line.trimmingCharacters(" ").hasPrefix("Strategiskt mål") else { return line }
            count += 1
            return "\(count / 10 + 1).\(count % 10) " + line.trimmingCharacters(" ")
        }.joined(separator: "\n")
        let seed = try BudgetEdgeCaseTests.normalize(text)
        let variant = try BudgetEdgeCaseTests.normalize(numbered)
        #expect(seed.goals.count == 15)
        #expect(variant.goals.map(\.goal) == seed.goals.map(\.goal))
        #expect(variant.goals.map(\.number) == (1...15).map { "\($0 / 10 + 1).\($0 % 10)" })
        #expect(variant.activities.map { [$0.area, $0.goal, $0.activity] } == seed.activities.map { [$0.area, $0.goal, $0.activity] })
    }

    @Test func headingNumbers() throws {
        let headings = try DomainData.bundled().headings
        #expect(headings.heading("1.2 Strategiskt mål: Barn och unga")
            == .init(kind: .goal, number: "1.2", name: "Barn och unga"))
        #expect(headings.heading("3. Strategiskt utvecklingsområde Digitalisering")
            == .init(kind: .area, number: "3", name: "Digitalisering"))
        #expect(headings.heading("2030 Strategiskt mål: Barn och unga") == nil)
    }
}
