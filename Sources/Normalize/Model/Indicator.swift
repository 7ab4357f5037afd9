import Ingest

/// An indicator that measures a goal, e.g. "Befolkningsutveckling - antal invånare totalt i Skaraborg".
///
/// An indicator read from a table ("Indikator | Utgångsläge | Mål 2026 | Mål 2027 | Källa") also
/// has its baseline, its targets by year and its source; columns with no role are kept in
/// `extra` under their header. An indicator read from running text has none of these.
public struct Indicator: Sendable, Equatable, Codable {
    /// The goal it measures; nil when the table names none and stands under no goal heading.
    public var goal: String?
    public var text: String
    public var baseline: IndicatorValue?
    public var targets: [IndicatorValue]
    public var source: String?
    public var extra: ExtraCells
    public var provenance: Provenance

    public init(goal: String?, text: String, baseline: IndicatorValue? = nil, targets: [IndicatorValue] = [],
                source: String? = nil, extra: ExtraCells = ExtraCells(), provenance: Provenance) {
        self.goal = goal
        self.text = text
        self.baseline = baseline
        self.targets = targets
        self.source = source
        self.extra = extra
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case goal, text, baseline, targets, source, extra, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(goal, forKey: .goal)
        try container.encode(text, forKey: .text)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(targets, forKey: .targets)
        try container.encode(source, forKey: .source)
        try container.encode(extra, forKey: .extra)
        try container.encode(provenance, forKey: .provenance)
    }

    /// Outputs written before indicators had values read back with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        goal = try container.decodeIfPresent(String.self, forKey: .goal)
        text = try container.decode(String.self, forKey: .text)
        baseline = try container.decodeIfPresent(IndicatorValue.self, forKey: .baseline)
        targets = try container.decodeIfPresent([IndicatorValue].self, forKey: .targets) ?? []
        source = try container.decodeIfPresent(String.self, forKey: .source)
        extra = try container.decodeIfPresent(ExtraCells.self, forKey: .extra) ?? ExtraCells()
        provenance = try container.decode(Provenance.self, forKey: .provenance)
    }
}

/// A value of an indicator as printed in its table's cell ("72 %", "4,1", "5 000 st", "Öka"),
/// with the year its column names ("Mål 2026" → 2026) and the number read from it: `value` 72
/// and `unit` "%" for "72 %"; nil when the cell is not one number with at most a unit after it.
public struct IndicatorValue: Sendable, Equatable, Codable {
    public var year: Int?
    public var text: String
    public var value: Double?
    public var unit: String?

    public init(year: Int?, text: String, value: Double?, unit: String?) {
        self.year = year
        self.text = text
        self.value = value
        self.unit = unit
    }

    private enum CodingKeys: String, CodingKey { case year, text, value, unit }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
    }
}
