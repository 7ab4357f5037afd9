import Foundation
import Ingest

/// Reads a handlingsplan's initiatives (seed 004): fokusområde → delområde (a heading in
/// capitals over a wide description) → description, linked goals, and bullets
/// "Name: description … Drivs av X och Y."
///
/// - A bullet is a line that starts with one space; its lines run to the next bullet, heading or
///   section break (two blank lines; the dump is double-spaced, so one blank line never ends
///   anything). A heading in capitals is checked first: page starts glue them to a bullet.
/// - Only "Name: text" (or "Name; text") bullets inside a delområde of a fokusområde are
///   initiatives; the fokusområde introductions' "Viktiga aspekter" lists and the remiss
///   questions after the plan's last section break are not.
/// - "Drivs av" is found in the joined text, so every way the dump breaks it ("Drivs" / "av",
///   the owner on the next line) reads the same. Owners split at ", " and " och "; a trailing
///   "som …" or "tillsammans med …" clause is not an owner; "med hjälp av X" adds X.
/// - The linked goals are the short lines between the description and the first bullet, from the
///   first one that follows a sentence's end; several on one line split at ". ", never at commas.
struct InitiativeParser {
    var text: ParagraphText
    var casing: NormalCase

    struct Result {
        var goals: [Goal] = []
        var initiatives: [Initiative] = []
    }

    func parse(_ lines: [SourceLine]) -> Result {
        var result = Result()
        var area: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard Self.isCapitalsHeading(line.text) else { index += 1; continue }
            let next = nextNonBlank(lines, after: index)
            if let next, lines[next].text.count >= 120, area != nil {
                let (end, closesArea) = sectionEnd(lines, from: index + 1)
                read(subarea: Array(lines[index..<end]), area: area, into: &result)
                // A section break after a delområde closes its fokusområde too: what follows
                // (the remiss letter, the organisation pages) is outside the plan's areas.
                if closesArea { area = nil }
                index = end
            } else {
                // A fokusområde: a heading after a section break, over a paragraph of prose.
                if blankRun(lines, before: index) >= 2, let next,
                   lines[next].text.count >= 60, lines[next].text.contains(where: \.isLowercase) {
                    area = casing.normal(line.text)
                }
                index += 1
            }
        }
        return result
    }

    // MARK: - Sections

    private func read(subarea section: [SourceLine], area: String?, into result: inout Result) {
        guard let heading = section.first else { return }
        let subarea = casing.normal(heading.text)
        let body = section.dropFirst().filter { !$0.isBlank }
        let firstBullet = body.firstIndex { Self.isBullet($0.text) } ?? body.endIndex
        let intro = Array(body[..<firstBullet])
        // Goals start at the first short line after a line ending a sentence.
        var goalStart = intro.endIndex
        for offset in intro.indices.dropFirst() where intro[offset].text.trimmingCharacters(" ").count < 80
            && intro[offset - 1].text.trimmingCharacters(" ").hasSuffix(".") {
            goalStart = offset
            break
        }
        let description = text.join(lines: Array(intro[..<goalStart]))
        let goals = intro[goalStart...].flatMap { Self.splitGoals($0.text) }
        if let provenance = Provenance(lines: [heading] + intro) {
            result.goals.append(Goal(area: area, goal: subarea, description: description.isEmpty ? nil : description,
                                     linkedGoals: goals, provenance: provenance))
        }
        var bullet: [SourceLine] = []
        func close() {
            defer { bullet = [] }
            guard !bullet.isEmpty, let initiative = initiative(bullet, area: area, subarea: subarea) else { return }
            result.initiatives.append(initiative)
        }
        for line in body[firstBullet...] {
            if Self.isBullet(line.text) { close() }
            bullet.append(line)
        }
        close()
    }

    func initiative(_ lines: [SourceLine], area: String?, subarea: String) -> Initiative? {
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
        return Initiative(area: area, subarea: subarea, name: name, description: description, drivenBy: owners,
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

    // MARK: - Lines

    static func isCapitalsHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(" ")
        return trimmed.count >= 3 && trimmed.contains(where: \.isLetter)
            && trimmed.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == " " || $0 == "-" }
    }

    /// A line starting with exactly one space.
    static func isBullet(_ text: String) -> Bool {
        text.hasPrefix(" ") && !text.hasPrefix("  ") && !isCapitalsHeading(text)
    }

    private func nextNonBlank(_ lines: [SourceLine], after index: Int) -> Int? {
        lines.indices.dropFirst(index + 1).first { !lines[$0].isBlank }
    }

    private func blankRun(_ lines: [SourceLine], before index: Int) -> Int {
        var count = 0
        var cursor = index - 1
        while cursor >= 0, lines[cursor].isBlank { count += 1; cursor -= 1 }
        return count
    }

    /// A delområde ends at the next heading in capitals, or at two blank lines in a row (a
    /// section break, reported as `closesArea`).
    private func sectionEnd(_ lines: [SourceLine], from start: Int) -> (end: Int, closesArea: Bool) {
        var index = start
        var blanks = 0
        while index < lines.count {
            if lines[index].isBlank {
                blanks += 1
                if blanks >= 2 { return (index - 1, true) }
            } else {
                blanks = 0
                if Self.isCapitalsHeading(lines[index].text) { return (index, false) }
            }
            index += 1
        }
        return (index, true)
    }
}
