import Normalize

/// How an entry of the diff's simple lists is named to a person, the same in Markdown and HTML.
protocol DiffLabelled {
    var label: String { get }
}

extension GoalEntry: DiffLabelled {
    var label: String { goal + (area.map { " (\($0))" } ?? "") }
}

extension IndicatorEntry: DiffLabelled {
    /// "Andel elever med gymnasieexamen (Ökad konkurrenskraft): baseline 72 %; 2026: 75 %; source Skolverket".
    var label: String {
        func printed(_ value: IndicatorValue) -> String {
            value.year.map { "\($0): \(value.text)" } ?? value.text
        }
        var values: [String] = []
        if let baseline { values.append("baseline " + printed(baseline)) }
        values += targets.map(printed)
        if let source { values.append("source " + source) }
        let named = goal.map { "\(text) (\($0))" } ?? text
        return values.isEmpty ? named : named + ": " + values.joined(separator: "; ")
    }
}

extension NetworkEntry: DiffLabelled {
    var label: String { name + (group.map { " (\($0))" } ?? "") }
}

extension MemberEntry: DiffLabelled {
    var label: String { "\(name) (\(municipalityCode))" }
}

extension ProjectEntry: DiffLabelled {
    var label: String { "\(name) \(start ?? "?")–\(end ?? "?")" }
}

extension KeyFigureEntry: DiffLabelled {
    var label: String { "\(name) \(year.map(String.init) ?? ""): \(DiffNumbers.decimal(value)) \(unit)" }
}
