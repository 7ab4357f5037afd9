import Foundation
import Ingest
import Testing
@testable import Normalize

/// Seed 002, a strategy's slides: what they state, and no structure the text does not give.
struct SlideTests {
    static let seed002 = Result { try TestFiles.extract(TestFiles.seed("002_583bd4024cf3832c.txt")) }

    /// "Strategin har fem fokusområden" and exactly five names after it (lines 89-106); the
    /// RUS labels that follow ("Fullföljda studier", line 108) are not goals.
    @Test func theFiveFocusAreas() throws {
        let goals = try Self.seed002.get().goals
        #expect(goals.map(\.goal) == ["En innovativ och konkurrenskraftig delregion", "Strategisk kompetensförsörjning",
                                      "En socialt hållbar delregion", "En cirkulär och hållbar framtid",
                                      "Hållbar samhällsplanering"])
        #expect(goals.map(\.provenance.lines) == [89...91, 92...94, 96...98, 100...102, 104...106])
    }

    /// 26 networks under the five column headings printed after them (lines 186-192).
    @Test func networksByColumnHeading() throws {
        let networks = try Self.seed002.get().networks
        #expect(networks.count == 26)
        let groups = Dictionary(grouping: networks, by: { $0.group ?? "-" }).mapValues { $0.map(\.name) }
        #expect(groups["Miljö och samhällsbyggnad"] == ["Samhällsbyggnadschefer", "Samhällsplanerare",
                                                       "Delregionalt kollektivtrafikråd", "Miljöstrategisk samverkan",
                                                       "Gemensam Avfallsplan"])
        #expect(groups["Utbildning och kompetens"] == ["Utbildningschefer", "Kompetensrådet", "Vård- och omsorgscollege",
                                                      "Studie- och yrkesvägledning", "Kommunala aktivitetsansvaret"])
        // "Elevhälsochefer" sits between the two columns; its theme (elevhälsa) puts it under Välfärd.
        #expect(groups["Välfärd"] == ["Elevhälsochefer", "Socialchefer", "Äldreomsorg", "IFO och socialpsykiatri",
                                     "Funktionshinder", "Millenium"])
        #expect(groups["Kultur"] == ["Kulturchefer", "Kultursamordnare", "Bibliotekschefer", "Kulturskolechefer",
                                    "Kulturarv"])
        #expect(groups["Övriga"] == ["Digitalisering Välfärd", "E-arkiv", "Näringslivschefer",
                                    "Besöksnäringsansvariga", "Kommunchefer"])
    }

    @Test func theListedActivities() throws {
        let activities = try Self.seed002.get().activities
        #expect(activities.map(\.activity) == [
            "Regelbundna webbinarium om regionala utvecklingsfrågor", "Årlig regional konferens",
            "Delregionala utvecklingsmedel (DRUM) utlysning utifrån de fem fokusområdena",
        ])
        #expect(activities.allSatisfy { $0.resources.isEmpty && $0.effects.isEmpty && $0.goal == nil })
    }
}
