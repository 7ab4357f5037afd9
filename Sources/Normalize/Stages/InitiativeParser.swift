import Foundation
import Ingest

/// Reads one initiative of a handlingsplan from the lines of its list item:
/// "Name: description … Drivs av X och Y." (`InitiativeBlockReader` finds the items).
///
/// - Only "Name: text" (or "Name; text") items are initiatives: the name ends at the separator on
///   the item's first line, within a name's length.
/// - "Drivs av" is found in the joined text, so every way a line breaks it ("Drivs" / "av",
///   the owner on the next line) reads the same. Owners split at ", " and " och "; a trailing
///   "som …" or "tillsammans med …" clause is not an owner; "med hjälp av X" adds X.
/// - Linked goals printed several on one line split at ". ", never at commas (`splitGoals`).
struct InitiativeParser {
    var text: ParagraphText
    var casing: NormalCase

    struct Result {
        var goals: [Goal] = []
        var initiatives: [Initiative] = []
    }

    /// The initiative of one list item, with no area yet (its reader knows the headings above it).
    func initiative(_ lines: [SourceLine]) -> Initiative? {
        let joined = text.join(lines: Array(lines))
        // The name ends at a ":" (or ";") on the bullet's first line, within a name's length.
        let firstLine = lines.first?.collapsed ?? ""
        guard let separator = joined.firstIndex(where: { $0 == ":" || $0 == ";" }),
              joined.distance(from: joined.startIndex, to: separator) < min(firstLine.count, 100),
              joined.index(after: separator) < joined.endIndex, joined[joined.index(after: separator)] == " ",
              let provenance = Provenance(lines: lines) else { return nil }
        let name = joined[..<separator].trimmingCharacters(" ")
        var description = String(joined[joined.index(after: separator)...]).trimmingCharacters(" ")
        var owners: [String] = []
        if let drivs = description.range(of: #"\bDrivs\s+av\b"#, options: [.regularExpression, .backwards]) {
            owners = Self.owners(String(description[drivs.upperBound...]))
            description = String(description[..<drivs.lowerBound]).trimmingCharacters(" ")
        }
        return Initiative(area: nil, subarea: nil, name: name, description: description, drivenBy: owners,
                          themes: [], provenance: provenance)
    }

    /// "SKR, Adda och Inera som har lett arbetet tillsammans." → ["SKR", "Adda", "Inera"].
    static func owners(_ text: String) -> [String] {
        var text = text.trimmingCharacters(" ")
        if text.hasSuffix(".") { text.removeLast() }
        for clause in [" som ", " tillsammans med "] {
            if let range = text.range(of: clause) { text = String(text[..<range.lowerBound]) }
        }
        text = text.replacingOccurrences(of: " med hjälp av ", with: ", ")
        return text.replacingOccurrences(of: " och ", with: ", ")
            .components(separatedBy: ", ")
            .map { $0.trimmingCharacters(" ") }
            .filter { !$0.isEmpty }
    }

    /// "Stark samverkan. Forskning, kunskapsutveckling och kvalitet." → two goals.
    static func splitGoals(_ line: String) -> [String] {
        line.collapsingWhitespace.components(separatedBy: ". ")
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            .map { $0.trimmingCharacters(" ") }
            .filter { !$0.isEmpty }
    }
}
