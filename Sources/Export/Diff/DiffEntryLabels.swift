/// How an entry of the diff's simple lists is named to a person, the same in Markdown and HTML.
protocol DiffLabelled {
    var label: String { get }
}

extension GoalEntry: DiffLabelled {
    var label: String { goal + (area.map { " (\($0))" } ?? "") }
}

extension IndicatorEntry: DiffLabelled {
    var label: String { "\(text) (\(goal))" }
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
