import Ingest

/// Reads what a strategy's slides state (seed 002), without inventing structure:
/// - "Strategin har fem fokusområden" and the names after it (a name runs on while the next
///   line starts in lowercase) → goals;
/// - "Samverkan via nätverk": items separated by blank lines, then the column headings, which the
///   dump prints after the items ("Miljö och / samhällsbyggnad / … Välfärd Kultur Övriga") →
///   networks, each in the heading whose theme fits, keeping the printed order (columns are read
///   top to bottom, so each heading takes a run of consecutive items);
/// - "Aktiviteter kopplade till …" and its bullets → activities.
struct SlideParser {
    var text: ParagraphText
    var themes: ThemeTagger

    /// The heading of the slide that lists the networks.
    static let networkHeading = "samverkan via nätverk"

    static let countWords = ["två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8]

    /// The goals, networks and activities of the slides, and the networks slide as a table (one
    /// column per heading, its networks top to bottom, as the slide prints them) for `tables`.
    func parse(_ lines: [SourceLine])
        -> (goals: [Goal], networks: [Network], activities: [Activity], tables: [DocumentTable]) {
        var goals: [Goal] = []
        var networks: [Network] = []
        var activities: [Activity] = []
        var tables: [DocumentTable] = []
        for (index, line) in lines.enumerated() {
            let lowered = line.folded
            let words = lowered.split(separator: " ").map(String.init)
            if lowered.hasPrefix("strategin har "), lowered.hasSuffix("fokusområden"), words.count > 3,
               let count = Self.countWords[words[2]] {
                goals += focusAreas(lines, after: index, count: count)
            } else if lowered == Self.networkHeading {
                let found = self.networks(lines, after: index)
                networks += found
                if let table = Self.table(of: found, title: line.collapsed, heading: line) { tables.append(table) }
            } else if lowered.hasPrefix("aktiviteter kopplade till") {
                activities += bulletActivities(lines, after: index)
            }
        }
        return (goals, networks, activities, tables)
    }

    /// The networks under their headings as the slide's grid: a column per heading in order,
    /// nil when they have no headings.
    static func table(of networks: [Network], title: String, heading: SourceLine) -> DocumentTable? {
        var columns: [(heading: String, names: [String])] = []
        for network in networks {
            guard let group = network.group else { return nil }
            if columns.last?.heading != group { columns.append((group, [])) }
            columns[columns.count - 1].names.append(network.name)
        }
        guard let depth = columns.map(\.names.count).max(), let last = networks.last?.provenance else { return nil }
        let rows = (0..<depth).map { row in columns.map { row < $0.names.count ? $0.names[row] : "" } }
        return DocumentTable(title: title, header: columns.map(\.heading), rows: rows, readAs: .networks,
                             provenance: Provenance(page: heading.page, lines: heading.number...max(heading.number, last.lines.upperBound)))
    }

    // MARK: - Items

    /// Runs of non-blank lines (a slide separates items by blank lines), up to three blank lines.
    private func runs(_ lines: [SourceLine], after index: Int) -> [[SourceLine]] {
        var runs: [[SourceLine]] = []
        var current: [SourceLine] = []
        var blanks = 0
        for line in lines[(index + 1)...] {
            if line.isBlank {
                blanks += 1
                if !current.isEmpty { runs.append(current); current = [] }
                if blanks >= 3 { break }
                continue
            }
            blanks = 0
            current.append(line)
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// A name starts at a line in capitals and runs on over lines that start in lowercase.
    private func focusAreas(_ lines: [SourceLine], after index: Int, count: Int) -> [Goal] {
        var names: [[SourceLine]] = []
        for line in runs(lines, after: index).joined() {
            guard let first = line.text.trimmingCharacters(" ").first else { continue }
            if first.isLowercase, !names.isEmpty {
                names[names.count - 1].append(line)
            } else if names.count < count {
                names.append([line])
            } else {
                break
            }
        }
        return names.compactMap { run in
            Provenance(lines: run).map { Goal(area: nil, goal: text.join(lines: run), description: nil, provenance: $0) }
        }
    }

    private func networks(_ lines: [SourceLine], after index: Int) -> [Network] {
        let items = runs(lines, after: index)
        // The headings start at the first item that ends in a dangling "och".
        guard let headingStart = items.firstIndex(where: { $0.last?.collapsed.hasSuffix(" och") == true })
        else {
            return items.compactMap { run in Provenance(lines: run).map { Network(name: text.join(lines: run), group: nil,
                                                                                 provenance: $0) } }
        }
        let headings = Self.headings(items[headingStart...].flatMap { $0 }.map(\.text).joined(separator: " "))
        let names = items[..<headingStart].map { text.join(lines: $0) }
        let groups = assign(names, to: headings)
        return zip(items[..<headingStart], zip(names, groups)).compactMap { run, entry in
            Provenance(lines: run).map { Network(name: entry.0, group: entry.1, provenance: $0) }
        }
    }

    /// "Miljö och samhällsbyggnad Utbildning och kompetens Välfärd Kultur Övriga" → five headings.
    static func headings(_ text: String) -> [String] {
        let words = text.collapsingWhitespace.split(separator: " ").map(String.init)
        var headings: [String] = []
        var index = 0
        while index < words.count {
            if index + 2 < words.count, words[index + 1] == "och" {
                headings.append(words[index...(index + 2)].joined(separator: " "))
                index += 3
            } else {
                headings.append(words[index])
                index += 1
            }
        }
        return headings
    }

    /// Splits the items, in order, into one run per heading so that as many items as possible
    /// share a theme with their heading; a heading without a theme ("Övriga") fits items with a
    /// theme no other heading has. Ties keep an item with the heading before.
    private func assign(_ names: [String], to headings: [String]) -> [String?] {
        guard !headings.isEmpty, names.count >= headings.count else { return names.map { _ in nil } }
        let headingThemes = headings.map { Set(themes.themes(of: [$0])) }
        let named = headingThemes.reduce(Set<Theme>()) { $0.union($1) }
        let itemThemes = names.map { Set(themes.themes(of: [$0])) }
        // +1 for an item that shares a theme with its heading (or, under a heading without a
        // theme, has a theme no heading names); -1 for one whose themes only another heading has.
        func score(_ item: Int, _ heading: Int) -> Int {
            let fits = headingThemes[heading].isEmpty
                ? !itemThemes[item].subtracting(named).isEmpty
                : !itemThemes[item].isDisjoint(with: headingThemes[heading])
            if fits { return 1 }
            return !itemThemes[item].isEmpty && itemThemes[item].isSubset(of: named) ? -1 : 0
        }
        let n = names.count, k = headings.count
        // scoreBefore[g][i]: the summed score of the first i items under heading g, so a run's score is a difference.
        let scoreBefore = (0..<k).map { heading in
            (0..<n).reduce(into: [0]) { sums, item in sums.append(sums[sums.count - 1] + score(item, heading)) }
        }
        // best[g][i]: best score placing the first i items in the first g headings.
        var best = [[Int]](repeating: [Int](repeating: Int.min, count: n + 1), count: k + 1)
        var cut = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: k + 1)
        best[0][0] = 0
        for g in 1...k {
            for i in g...n {
                for start in (g - 1)..<i where best[g - 1][start] != Int.min {
                    let value = best[g - 1][start] + scoreBefore[g - 1][i] - scoreBefore[g - 1][start]
                    if value > best[g][i] || (value == best[g][i] && start > cut[g][i]) {
                        best[g][i] = value
                        cut[g][i] = start
                    }
                }
            }
        }
        var groups = [String?](repeating: nil, count: n)
        var end = n
        for g in stride(from: k, through: 1, by: -1) {
            let start = cut[g][end]
            for item in start..<end { groups[item] = headings[g - 1] }
            end = start
        }
        return groups
    }

    private func bulletActivities(_ lines: [SourceLine], after index: Int) -> [Activity] {
        var bullets: [[SourceLine]] = []
        for run in runs(lines, after: index) {
            guard let first = run.first?.text.trimmingCharacters(" ") else { continue }
            if first.hasPrefix("•") {
                bullets.append(run)
            } else if !bullets.isEmpty, first.first?.isLowercase == true {
                bullets[bullets.count - 1] += run
            } else {
                break
            }
        }
        return bullets.compactMap { run in
            guard let provenance = Provenance(lines: run) else { return nil }
            var joined = text.join(lines: run)
            if joined.hasPrefix("•") { joined = String(joined.dropFirst()).trimmingCharacters(" ") }
            return Activity(area: nil, goal: nil, activity: joined, resources: "", effects: [], themes: [],
                            provenance: provenance)
        }
    }
}
