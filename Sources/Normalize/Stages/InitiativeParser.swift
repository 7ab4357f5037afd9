import Foundation
import Ingest

/// Reads one initiative of a handlingsplan from the lines of its list item:
/// "Name: description … Drivs av X och Y." (`InitiativeBlockReader` finds the items).
///
/// - Only "Name: text" (or "Name; text", "Name – text") items are initiatives: the name ends at the
///   separator on the item's first line, within a name's length.
/// - The owners follow the last sentence that opens with an owner phrase ("Drivs av", "Ansvarig:";
///   `OwnerPhrases`), found in the joined text, so every way a line breaks it ("Drivs" / "av",
///   the owner on the next line) reads the same. Owners split at ", " and " och "; a trailing
///   "som …" or "tillsammans med …" clause is not an owner; "med hjälp av X" adds X.
/// - Linked goals printed several on one line split at ". ", never at commas (`splitGoals`).
struct InitiativeParser {
    var text: ParagraphText
    var casing: NormalCase
    var ownerPhrases: OwnerPhrases

    struct Result {
        var goals: [Goal] = []
        var initiatives: [Initiative] = []
    }

    /// The initiative of one list item, with no area yet (its reader knows the headings above it).
    func initiative(_ lines: [SourceLine]) -> Initiative? {
        let joined = text.join(lines: Array(lines))
        // The name ends at a ":" (or ";") on the bullet's first line, within a name's length.
        let firstLine = lines.first?.collapsed ?? ""
        guard let separator = Self.nameSeparator(in: joined),
              joined.distance(from: joined.startIndex, to: separator.lowerBound) < min(firstLine.count, 100),
              separator.upperBound < joined.endIndex, joined[separator.upperBound] == " ",
              let provenance = Provenance(lines: lines) else { return nil }
        let name = joined[..<separator.lowerBound].trimmingCharacters(" ")
        var description = String(joined[separator.upperBound...]).trimmingCharacters(" ")
        var owners: [String] = []
        if let drivs = ownerPhrases.lastOwnerPhrase(in: description) {
            owners = Self.owners(String(description[drivs.upperBound...]))
            description = String(description[..<drivs.lowerBound]).trimmingCharacters(" ")
        }
        return Initiative(area: nil, subarea: nil, name: name, description: description, drivenBy: owners,
                          themes: [], provenance: provenance)
    }

    /// What ends an item's name: ":" or ";" ("Lokalindex: …"), or a dash set apart by spaces
    /// ("Lokalindex – …"); the first of them.
    static let nameSeparators = [":", ";", " – ", " - "]

    /// The first name separator in `text`, without the space after it.
    private static func nameSeparator(in text: String) -> Range<String.Index>? {
        nameSeparators.compactMap { separator in
            text.range(of: separator).map { range in
                // A dash's range ends before its space, as a colon's does.
                separator.hasSuffix(" ") ? range.lowerBound..<text.index(before: range.upperBound) : range
            }
        }.min { $0.lowerBound < $1.lowerBound }
    }

    /// "SKR, Adda och Inera som har lett arbetet tillsammans." → ["SKR", "Adda", "Inera"].
    static func owners(_ text: String) -> [String] {
        var text = text.trimmingCharacters(" ")
        if text.hasPrefix(":") { text = String(text.dropFirst()).trimmingCharacters(" ") }  // "Drivs av: SKR"
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
