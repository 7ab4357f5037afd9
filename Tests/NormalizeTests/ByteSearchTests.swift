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
}
