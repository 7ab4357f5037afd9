import Testing
@testable import Normalize

/// Many needles in one pass: the same answers as searching for each on its own.
struct ByteNeedlesTests {
    @Test func findsEachNeedleAnywhereOrOnlyWhereAWordStarts() {
        let needles = ["omsorg", "ai", "vård", "ö", "miljö"].map { Array($0.utf8) }
        let search = ByteNeedles(needles, atWordStart: [false, true, true, false, true])
        let text = Array("äldreomsorg och arbetsmiljö, sjukvård".utf8)
        // "ai" and "vård" occur only inside words; "miljö" only inside "arbetsmiljö".
        #expect(search.occurring(in: text) == [0, 3])
        #expect(search.occurring(in: Array("ai i vården".utf8)) == [1, 2])
        for (index, needle) in needles.enumerated() {
            let alone = ByteSearch.contains(needle, in: text, atWordStart: [false, true, true, false, true][index])
            #expect(search.occurring(in: text).contains(index) == alone)
        }
    }
}
