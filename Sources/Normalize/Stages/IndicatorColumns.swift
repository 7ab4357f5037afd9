import Ingest

/// The columns of an indicator table, from its header cells and the `indicators` roles of
/// `columns.json`.
///
/// The first `indicator` column is the indicator. A `target` column ("Mål 2026", "Målvärde") is a
/// target for the year its header names, if one; a `target` column without a year before the
/// indicator ("Mål | Indikator | Målvärde") names the goal, as a `goal` column does. The last
/// `baseline` column ("Utgångsläge", "Utfall 2024") is the baseline and the first `source` column
/// the source. Every other column, an earlier baseline among them, is kept in `extra` under its
/// header. A header is an indicator table's when it has an indicator and a baseline, a target or
/// a source.
struct IndicatorColumns: Sendable, Equatable {
    enum Role: Sendable, Equatable { case indicator, goal, baseline(year: Int?), target(year: Int?), source, extra }

    var headers: [String]
    var roles: [Role]

    init?(headers: [String], roles columnRoles: ColumnRoles) {
        let named = headers.map { columnRoles.role(of: $0, in: "indicators") }
        guard let key = named.firstIndex(of: "indicator") else { return nil }
        let lastBaseline = named.lastIndex(of: "baseline")
        var roles: [Role] = []
        for (index, (header, role)) in zip(headers, named).enumerated() {
            let year = Self.year(in: header)
            let own: Role? = switch role {
            case "indicator" where index == key: .indicator
            case "goal": .goal
            case "target" where year == nil && index < key: .goal
            case "target": .target(year: year)
            case "baseline" where index == lastBaseline: .baseline(year: year)
            case "source": .source
            default: nil
            }
            // A second goal or source column is kept as an extra column.
            let taken = own.map { $0 == .goal || $0 == .source ? roles.contains($0) : false } ?? false
            roles.append(taken ? .extra : own ?? .extra)
        }
        guard roles.contains(where: { role in
            switch role {
            case .baseline, .target, .source: true
            case .indicator, .goal, .extra: false
            }
        }) else { return nil }
        self.headers = headers
        self.roles = roles
    }

    /// The indicators of a row whose cells hold `paragraphs` (one list per column): one, or one
    /// per paragraph of the indicator cell when every other column but the goal holds as many
    /// paragraphs or none, and one of them does. That is a goal printed once for the rows under
    /// it, whose rows the layout keys on the first column and so reads as one ("Hållbar tillväxt"
    /// over "Andel förnybar energi" and "Andel resor med cykel", each with its values).
    func indicators(_ paragraphs: [[String]], goal: String?, provenance: Provenance) -> [Indicator] {
        let joined = paragraphs.map { $0.joined(separator: " ") }
        guard let key = roles.firstIndex(of: .indicator), key < paragraphs.count else { return [] }
        let count = paragraphs[key].count
        let columns = paragraphs.indices.filter { $0 != key && roles.indices.contains($0) }
        let goals = columns.filter { roles[$0] == .goal }
        let others = columns.filter { roles[$0] != .goal }
        guard count > 1, others.allSatisfy({ paragraphs[$0].isEmpty || paragraphs[$0].count == count }),
              others.contains(where: { paragraphs[$0].count == count }),
              goals.allSatisfy({ [0, 1, count].contains(paragraphs[$0].count) })
        else { return indicator(joined, goal: goal, provenance: provenance).map { [$0] } ?? [] }
        return (0..<count).compactMap { place in
            let texts = paragraphs.indices.map { column in
                paragraphs[column].count == count ? paragraphs[column][place] : joined[column]
            }
            return indicator(texts, goal: goal, provenance: provenance)
        }
    }

    /// The indicator of a row whose cells are `texts` (one per column), or nil when its indicator
    /// cell is empty. `goal` is the table's goal, for a table without a goal column.
    private func indicator(_ texts: [String], goal: String?, provenance: Provenance) -> Indicator? {
        let cell = { (index: Int) in index < texts.count ? texts[index] : "" }
        guard let key = roles.firstIndex(of: .indicator), !cell(key).isEmpty else { return nil }
        var indicator = Indicator(goal: goal, text: cell(key), provenance: provenance)
        var extra: [ExtraCells.Cell] = []
        for (index, role) in roles.enumerated() where !cell(index).isEmpty {
            switch role {
            case .indicator: break
            case .goal: indicator.goal = cell(index)
            case .baseline(let year): indicator.baseline = Self.value(cell(index), year: year)
            case .target(let year): indicator.targets.append(Self.value(cell(index), year: year))
            case .source: indicator.source = cell(index)
            case .extra: extra.append(ExtraCells.Cell(header: headers[index], text: cell(index)))
            }
        }
        indicator.extra = ExtraCells(extra)
        return indicator
    }

    /// The one year a header names ("Mål 2026" → 2026); nil for none or several ("2026–2027").
    static func year(in header: String) -> Int? {
        let years = header.split { !$0.isASCIIDigit }.filter(BudgetHeader.isYear)
        return years.count == 1 ? years.first.flatMap { Int($0) } : nil
    }

    /// A cell as a value: one Swedish number ("72 %", "4,1", "−3") or one followed by a word of
    /// unit ("5 000 st", "12 dagar"); the text alone otherwise ("Öka", "ca 30 %").
    static func value(_ text: String, year: Int?) -> IndicatorValue {
        if let number = SwedishNumber.parse(text) {
            return IndicatorValue(year: year, text: text, value: number.doubleValue, unit: number.isPercent ? "%" : nil)
        }
        if let space = text.lastIndex(of: " ") {
            let unit = text[text.index(after: space)...]
            if !unit.isEmpty, unit.allSatisfy({ $0.isLetter || $0 == "/" }), unit.count <= maximumUnitLength,
               let number = SwedishNumber.parse(String(text[..<space])), !number.isPercent {
                return IndicatorValue(year: year, text: text, value: number.doubleValue, unit: String(unit))
            }
        }
        return IndicatorValue(year: year, text: text, value: nil, unit: nil)
    }

    /// The longest word read as a value's unit ("kr/invånare"); a longer one is text.
    static let maximumUnitLength = 16
}
