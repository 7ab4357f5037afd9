import Foundation
import FuzzSupport
import Ingest
import Normalize

/// libFuzzer target: bytes as a text dump, through Ingest and Normalize. Besides not crashing,
/// the output keeps the schema's patterns (document id, key-figure names, goal numbers, years,
/// dates) and the same bytes give the same document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextDump(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzText.check(FuzzMain.data(bytes, count))
    return 0
}

@main
enum FuzzText {
    static let normalizer: Normalizer? = try? Normalizer()

    static func main() {
        guard normalizer != nil else { fatalError("planpipe's data or the Swedish dictionary is missing") }
        FuzzMain.run(fuzzTextDump)
    }

    static func check(_ data: Data) {
        guard let normalizer else { return }
        var log = DiagnosticLog()
        guard let source = try? TextDumpSource().parse(data, path: "fuzz.txt", log: &log) else { return }
        let document = normalizer.normalize(source, log: log)
        let info = document.document
        FuzzMain.require(FuzzMain.matches(info.id, "[a-z_]+-[a-z_]+(-[0-9]{4}){0,2}"), "document id \(info.id)")
        if let period = info.period {
            FuzzMain.require((1000...9999).contains(period.from) && (1000...9999).contains(period.to), "period \(period)")
        }
        for figure in document.keyFigures {
            FuzzMain.require(FuzzMain.matches(figure.name, "[a-z0-9_]+"), "key-figure name \(figure.name)")
        }
        for goal in document.goals {
            if let number = goal.number {
                FuzzMain.require(FuzzMain.matches(number, #"[0-9]{1,2}(\.[0-9]{1,2})*"#), "goal number \(number)")
            }
        }
        for project in document.projects {
            for date in [project.start, project.end].compactMap({ $0 }) {
                FuzzMain.require(FuzzMain.matches(date, "[0-9]{4}-[0-9]{2}-[0-9]{2}"), "project date \(date)")
            }
        }
        for member in document.members {
            FuzzMain.require(FuzzMain.matches(member.municipalityCode, "[0-9]{4}"), "municipality code \(member.municipalityCode)")
        }
        FuzzMain.require(normalizer.normalize(source, log: log) == document, "two runs gave different documents")
    }
}
