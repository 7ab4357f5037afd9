import Foundation
import Testing
@testable import Normalize

/// Where a dump glued two cells into one line, the split is found by the next cell's opening
/// words, which are data (`cell-words.json`): a role the file lacks is no boundary until added.
struct CellBoundaryTests {
    @Test func theOpeningWordsOfACellAreData() throws {
        var vocabulary = try DomainData.bundled().cellWords
        func rest(_ text: String, _ boundary: CellBoundary) -> String? {
            boundary.resourcesStart(in: text).map { String(text[$0...]) }
        }
        let glued = "Stärka och utveckla det hållbara resandet Infrastrukturstrateg, kansliet"
        #expect(rest(glued, CellBoundary(vocabulary: vocabulary)) == "Infrastrukturstrateg, kansliet")
        let other = "Ta fram en gemensam plan för uppföljning Controller och kansliet"
        #expect(rest(other, CellBoundary(vocabulary: vocabulary)) == nil)
        vocabulary.resources.roleSuffixes.append("controller")
        #expect(rest(other, CellBoundary(vocabulary: vocabulary)) == "Controller och kansliet")

        let effects = CellBoundary(vocabulary: vocabulary)
        #expect(effects.looksLikeEffect("Ökad samverkan mellan kommunerna"))
        #expect(effects.looksLikeEffect("Fyrbodal är en attraktiv region"))
        #expect(!effects.looksLikeEffect("Kansliet och nätverken"))
    }
}
