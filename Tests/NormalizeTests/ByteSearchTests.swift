import Foundation
import PropertyBased
import Testing
@testable import Normalize

/// Searching many needles in one pass finds exactly the needles one search each finds.
struct ByteSearchTests {
    @Test func oneSearchForManyNeedlesAgreesWithOneEach() {
        let text = Array("Bengtsfors, Dals-Ed, Färgelanda och Åmål.\nTroll\nhättan Ö".utf8)
        let needles = ["Bengtsfors", "Dals-Ed", "Dals Ed", "Åmål", "Trollhättan", "Troll", "Ö", "och", ".", "x",
                       "Åmål.\nTroll", "Ed, F", "", "Bengtsfors, Dals-Ed, Färgelanda och Åmål.\nTroll\nhättan Ö!"]
            .map { Array($0.utf8) }
        let oneEach = Set(needles.indices.filter { ByteSearch.contains(needles[$0], in: text) })
        #expect(ByteSearch.occurring(needles, in: text) == oneEach)
        #expect(oneEach.count == 9)
    }

    /// The first run of spaces found on bytes is where Foundation's `range(of:)` finds it, in
    /// text with Swedish letters, no-break spaces and tabs around the spaces.
    @Test func theFirstRunOfSpacesIsWhereRangeOfFindsIt() async {
        let pieces = ["a", "å", "Ö", " ", "  ", "   ", "\u{00A0}", "\t", "1 250", "é"]
        await propertyCheck(count: 400, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            for count in 1...3 {
                #expect(text.firstSpaces(count) == text.range(of: String(repeating: " ", count: count)),
                        "\(text.debugDescription) \(count)")
            }
        }
    }
}
