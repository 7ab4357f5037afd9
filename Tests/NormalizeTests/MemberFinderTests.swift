import Foundation
import Ingest
import Testing
@testable import Normalize

struct MemberFinderTests {
    /// A list wrapped between the two words of "Dals Ed" keeps both: the words are not glued
    /// into "DalsEd" (only a name printed as one word, "Troll" / "hättan", is rejoined).
    @Test func aNameOfTwoWordsWrappedAtALineEndIsFound() throws {
        let dump = """
        Verksamhetsplan 2025 Fyrbodals kommunalförbund

        Fyrbodals kommunalförbund är ett av de fyra regionala
        kommunalförbunden i Västra Götaland. Vi arbetar på
        uppdrag av våra 14 medlemskommuner: Bengtsfors, Dals
        Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust,
        Sotenäs, Strömstad, Tanum, Troll
        hättan, Uddevalla, Vänersborg och Åmål.

        """
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "m.txt", log: &log)
        let members = try Normalizer().normalize(source).members
        #expect(members.map(\.name) == ["Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal",
                                        "Orust", "Sotenäs", "Strömstad", "Tanum", "Trollhättan", "Uddevalla",
                                        "Vänersborg", "Åmål"])
        #expect(members.first { $0.name == "Dals-Ed" }?.municipalityCode == "1438")
    }

    /// Official forms and the bare name in one list: "Bollebygds kommun, Borås Stad, … Marks kommun".
    @Test func officialNameFormsAreMembers() throws {
        let dump = """
        Verksamhetsplan 2026 Boråsregionen Sjuhärads kommunalförbund

        Förbundets medlemmar är Bollebygds kommun, Borås Stad, Herrljunga kommun, Marks kommun,
        Svenljunga kommun, Tranemo kommun, Ulricehamns kommun och Vårgårda.

        """
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "m.txt", log: &log)
        let members = try Normalizer().normalize(source).members
        #expect(members.map(\.name) == ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo",
                                        "Ulricehamn", "Vårgårda"])
        #expect(members.map(\.municipalityCode) == ["1443", "1490", "1466", "1463", "1465", "1452", "1491", "1442"])
    }
}
