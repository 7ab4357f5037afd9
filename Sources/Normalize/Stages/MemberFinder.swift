import Ingest

/// Finds the member municipalities a document lists ("… våra 14 medlemskommuner: Bengtsfors,
/// Dals Ed, …, Vänersborg och Åmål") and gives each its SCB kommunkod from the domain data.
///
/// Only enumerations count: three or more known municipality names in a row, separated by
/// commas, "och", "samt" or "&", or set one per line (with or without a list marker). A name mentioned in passing is not a membership statement, and a word that
/// is not a municipality ("Varav") never matches: names must be whole, capitalized words.
/// Spelling variants ("Dals Ed") map to the canonical name ("Dals-Ed"); a name wrapped without a
/// hyphen at a line end ("Troll" / "hättan") is rejoined when the joined word is a member name.
struct MemberFinder {
    var domain: DomainData
    var minimumListLength = 3

    func members(in lines: [SourceLine], organization: String?) -> [Member] {
        let names = nameTable(organization: organization)
        // A list needs at least three of the names somewhere in the text.
        let text = Array(lines.map(\.text).joined(separator: "\n").utf8)
        let keys = Array(names.keys)
        let present = ByteSearch.occurring(keys.map { Array($0.utf8) }, in: text).map { keys[$0] }
        guard Set(present.compactMap { names[$0]?.municipalityCode }).count >= minimumListLength else { return [] }
        let words = Self.words(of: lines, joining: Set(names.keys))
        // A name opens with one of these words as printed (a one-word name may have a comma after it).
        let firstWords = Set(names.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        var found: [String: Member] = [:]
        var run: [(member: DomainData.Municipality, lines: [Int])] = []
        var index = 0
        func closeRun() {
            if run.count >= minimumListLength {
                for entry in run where found[entry.member.name] == nil {
                    found[entry.member.name] = Member(name: entry.member.name,
                                                      municipalityCode: entry.member.municipalityCode,
                                                      provenance: Provenance(lines: entry.lines.map { lines[$0] }))
                }
            }
            run = []
        }
        while index < words.count {
            // Longest name first: "Lilla Edet", "Dals Ed".
            var matched: (DomainData.Municipality, Int)?
            // Every name starts with a capital: a word that does not opens none.
            let opensName = words[index].text.first?.isUppercase == true
                && (firstWords.contains(words[index].text) || names[words[index].text.trimmingTrailingPunctuation] != nil)
            for length in stride(from: 3, through: 1, by: -1) where opensName && index + length <= words.count {
                let candidate = words[index..<(index + length)].map(\.text).joined(separator: " ")
                let bare = candidate.trimmingTrailingPunctuation
                if let member = names[bare], bare.first?.isUppercase == true {
                    matched = (member, length)
                    break
                }
            }
            if let (member, length) = matched {
                let last = words[index + length - 1]
                run.append((member, words[index..<(index + length)].flatMap(\.lines)))
                index += length
                // The list goes on after "," or before "och"/"samt"/"&", and at the next line
                // when it sets one name per line, with or without a marker ("• Dals-Ed",
                // `LayoutBlock.bullets`); anything else, or a full stop, ends it.
                if last.text.hasSuffix(",") { continue }
                if index < words.count, Self.listJoiners.contains(words[index].text) { index += 1; continue }
                if index < words.count, !last.text.hasSuffix("."), words[index].lines.first != last.lines.last {
                    while index < words.count, LayoutBlock.bullets.contains(words[index].text) { index += 1 }
                    continue
                }
                closeRun()
            } else {
                closeRun()
                index += 1
            }
        }
        closeRun()
        return found.values.sorted { ($0.provenance ?? Provenance(page: 0, lines: 0...0), $0.name)
            < ($1.provenance ?? Provenance(page: 0, lines: 0...0), $1.name) }
    }

    /// Words that join the last name of a list to the others: "Vänersborg och Åmål", "… samt Åmål".
    static let listJoiners: Set<String> = ["och", "samt", "&"]

    /// The words a municipality's official name adds to its name: "Bollebygds kommun", "Borås Stad".
    static let officialSuffixes = ["kommun", "Kommun", "stad", "Stad"]

    /// Every printed form of a member name → the municipality: canonical name, variants, genitive,
    /// and the official forms "<name>s kommun", "<name> kommun", "<name>s stad", "<name> Stad".
    private func nameTable(organization: String?) -> [String: DomainData.Municipality] {
        let forbund = domain.forbund.filter { organization == nil || $0.id == organization }
        var table: [String: DomainData.Municipality] = [:]
        for municipality in forbund.flatMap(\.members) {
            let name = municipality.name
            let genitive = "szx".contains(name.last ?? " ") ? name : name + "s"
            let official = Self.officialSuffixes.flatMap { ["\(genitive) \($0)", "\(name) \($0)"] }
            for form in [name] + (municipality.variants ?? []) + official where table[form] == nil {
                table[form] = municipality
            }
        }
        return table
    }

    private struct PlacedWord {
        var text: String
        /// Offsets of the word's lines in the lines read (two where a line end broke it).
        var lines: [Int]
    }

    /// The words of the lines in order; a line ending in a word part that, joined with the next
    /// line's first word, makes a member name as printed is rejoined ("Troll" / "hättan"), unless
    /// the two words are a name themselves ("Dals" / "Ed").
    private static func words(of lines: [SourceLine], joining names: Set<String>) -> [PlacedWord] {
        var words: [PlacedWord] = []
        for (lineOffset, line) in lines.enumerated() {
            let parts = line.collapsed.split(separator: " ").map(String.init)
            for (offset, part) in parts.enumerated() {
                if offset == 0, let previous = words.last, let previousLine = previous.lines.last,
                   lines[previousLine].number == line.number - 1,
                   names.contains((previous.text + part).trimmingTrailingPunctuation),
                   !names.contains((previous.text + " " + part).trimmingTrailingPunctuation) {
                    words[words.count - 1] = PlacedWord(text: previous.text + part, lines: previous.lines + [lineOffset])
                } else {
                    words.append(PlacedWord(text: part, lines: [lineOffset]))
                }
            }
        }
        return words
    }
}

extension String {
    /// The string without trailing `,.;:` (list punctuation).
    var trimmingTrailingPunctuation: String {
        // Most words end in none: as they are.
        guard let last = utf8.last, last == 0x2C || last == 0x2E || last == 0x3B || last == 0x3A else { return self }
        var result = Substring(self)
        while let last = result.last, ",.;:".contains(last) { result = result.dropLast() }
        return String(result)
    }
}
