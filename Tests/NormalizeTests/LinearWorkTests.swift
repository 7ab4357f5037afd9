import Foundation
import Ingest
import PropertyBased
import Testing
@testable import Normalize

/// Issue 15: a document of N repeated sections takes work linear in N. The work is what
/// `WorkMeter` counts (bytes scanned and copied by the paragraph joiner and the key-figure
/// reader, whose cost once grew with the square or cube of the input), never time.
struct LinearWorkTests {
    /// The reproducers of issue 15, as sections to repeat.
    enum Shape: Int, CaseIterable, Sendable {
        /// "Strategiskt mål: Hållbar tillväxt" 8 000 times: 35 s.
        case repeatedHeading
        /// One heading over a paragraph of 8 000 lines: 72 s.
        case longParagraph
        /// A budget page repeated in one document (key-figure anchors with no figure): n^2.8.
        case budgetPage
        /// Line after line ending in a hyphen, each glued to the one before.
        case hyphenatedFragments

        var section: String {
            switch self {
            case .repeatedHeading: "Strategiskt mål: Hållbar tillväxt\n"
            case .longParagraph: "kommunerna samverkar kring kompetensförsörjning och hållbar tillväxt i regionen\n"
            case .budgetPage: """
                Medlemsavgifter 5 000 000 4 000 000
                Omsättning 100 000 200 000
                Fördelningsnyckel 12 13
                Övriga intäkter 2 806 000 9 300 000

                """
            case .hyphenatedFragments: "sam-\n"
            }
        }

        func document(repeats: Int) -> String {
            let head = "Verksamhetsplan 2026 Skaraborgs kommunalförbund\n\n"
                + (self == .longParagraph || self == .hyphenatedFragments ? "Strategiskt mål: Hållbar tillväxt\n" : "")
            return head + String(repeating: section, count: repeats)
        }
    }

    private static let normalizer = Result { try Normalizer() }

    /// What normalizing `text` as a text dump costs.
    static func work(_ text: String) throws -> Int {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "linear.txt", log: &log)
        let normalizer = try normalizer.get()
        let counter = WorkMeter.Counter()
        WorkMeter.$current.withValue(counter) { _ = normalizer.normalize(source, log: log) }
        return counter.value
    }

    /// Eight times the sections cost at most ten times the work: linear work gives eight times, up
    /// to the period of a word glued from fragments (it grows to the longest join, 100 bytes, and
    /// starts again, so a partial period costs less a fragment than a whole one); quadratic, 64 times.
    @Test(arguments: Shape.allCases)
    func eachReproducerIsLinear(shape: Shape) throws {
        let small = try Self.work(shape.document(repeats: 150))
        let large = try Self.work(shape.document(repeats: 1_200))
        #expect(small > 0)
        #expect(large <= small * 10, "\(shape): \(small) → \(large)")
    }

    /// Any mix of the sections, repeated n or 8n times, costs linear work (n from 60 up, a few
    /// periods of a glued word).
    @Test func mixedSectionsAreLinear() async {
        await propertyCheck(count: 6, input: Gen.int(in: 0...(Shape.allCases.count - 1)).array(of: 1...4),
                            Gen.int(in: 60...90)) { kinds, repeats in
            let section = kinds.compactMap { Shape(rawValue: $0)?.section }.joined()
            let head = "Verksamhetsplan 2026 Fyrbodals kommunalförbund\n\nStrategiskt mål: Hållbar tillväxt\n"
            let small = (try? Self.work(head + String(repeating: section, count: repeats))) ?? 0
            let large = (try? Self.work(head + String(repeating: section, count: repeats * 8))) ?? 0
            #expect(small > 0)
            #expect(large <= small * 10, "\(kinds) × \(repeats): \(small) → \(large)")
        }
    }

    /// A paragraph of 2 000 lines is joined whole; 400 fragments "sam-" join into words of at
    /// most 100 bytes.
    @Test func theReproducersAreRead() throws {
        let paragraph = try Self.extract(Shape.longParagraph.document(repeats: 1_000))
        #expect(paragraph.document.organization.id == "skaraborg")
        let lines = (0..<2_000).map { _ in "kommunerna samverkar kring kompetensförsörjning" }
        let text = ParagraphText(lexicon: Lexicon(dictionary: try Self.normalizer.get().domain.dictionary,
                                                  words: try Self.normalizer.get().domain.repairWords))
        #expect(text.join(lines).split(separator: " ").count == 8_000)
        let fragments = text.join([String](repeating: "sam-", count: 400))
        #expect(fragments.split(separator: " ").allSatisfy { $0.utf8.count <= 100 })
        #expect(fragments.filter { $0 != " " && $0 != "-" }.count == 1_200)
    }

    private static func extract(_ text: String) throws -> PlanDocument {
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(text.utf8), path: "linear.txt", log: &log)
        return try normalizer.get().normalize(source, log: log)
    }
}
