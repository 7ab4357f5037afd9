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

/// A member list set otherwise than the seeds set theirs: the last name joined with "samt" or
/// "&", or one name per line, with or without a list marker.
struct MemberListShapeTests {
    static let skaraborg = ["Essunga", "Falköping", "Grästorp", "Gullspång", "Götene", "Hjo", "Karlsborg", "Lidköping",
                            "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara"]

    static func members(_ list: String) throws -> [String] {
        let dump = """
        Verksamhetsplan 2026 Skaraborgs Kommunalförbund

        Skaraborgs Kommunalförbund ägs av kommunerna:
        \(list)

        Förbundet arbetar på uppdrag av kommunerna.

        """
        var log = DiagnosticLog()
        let source = try TextDumpSource().parse(Data(dump.utf8), path: "m.txt", log: &log)
        return try Normalizer().normalize(source).members.map(\.name)
    }

    @Test(arguments: ["samt", "&"])
    func theLastNameJoinedOtherwise(joiner: String) throws {
        let list = Self.skaraborg.dropLast().joined(separator: ", ") + " \(joiner) Vara."
        #expect(try Self.members(list) == Self.skaraborg)
    }

    @Test(arguments: ["", "• ", "- ", "– ", "◦ ", "‣ "])
    func oneNamePerLine(marker: String) throws {
        let list = Self.skaraborg.map { marker + $0 }.joined(separator: "\n")
        #expect(try Self.members(list) == Self.skaraborg)
    }

    /// A name that ends a sentence ends the list: the next line's name is no member of it.
    @Test func aFullStopEndsTheList() throws {
        let list = "Essunga, Falköping och Grästorp.\nHjo arrangerar årets konferens."
        #expect(try Self.members(list) == ["Essunga", "Falköping", "Grästorp"])
    }
}
