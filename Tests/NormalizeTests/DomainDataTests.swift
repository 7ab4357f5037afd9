import Testing
@testable import Normalize

struct DomainDataTests {
    @Test func theFourForbundAndTheirMembersLoad() throws {
        let domain = try DomainData.bundled()
        let members = Dictionary(uniqueKeysWithValues: domain.forbund.map { ($0.id, $0.members) })
        #expect(domain.forbund.map(\.id) == ["fyrbodal", "skaraborg", "sjuharad", "goteborgsregionen"])
        #expect(members.mapValues(\.count) == ["fyrbodal": 14, "skaraborg": 15, "sjuharad": 8, "goteborgsregionen": 13])
        let all = domain.forbund.flatMap(\.members)
        #expect(all.allSatisfy { $0.municipalityCode.count == 4 && $0.municipalityCode.allSatisfy(\.isNumber) })
        #expect(Set(all.map(\.municipalityCode)).count == all.count)
        #expect(all.first { $0.name == "Bengtsfors" }?.municipalityCode == "1460")
        #expect(all.first { $0.name == "Essunga" }?.municipalityCode == "1445")
        #expect(all.first { $0.name == "Dals-Ed" }?.variants?.contains("Dals Ed") == true)
    }

    @Test func everyDocumentKindButOtherHasAnEntry() throws {
        let kinds = try DomainData.bundled().kinds.map(\.kind)
        #expect(Set(kinds) == Set(DocumentKind.allCases).subtracting([.other]))
    }
}
