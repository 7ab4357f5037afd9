/// What the first words of an activity table's cells look like (`cell-words.json`), for the text
/// dumps whose column gaps collapsed into one space: `CellBoundary` splits a line where the next
/// cell's opening words begin. Kept as data so another förbund's roles and phrasing are an entry.
public struct CellWords: Sendable, Decodable {
    public struct Resources: Sendable, Decodable {
        /// Endings of a role that opens a resources cell ("…strateg", "…ledare", "Representant").
        public var roleSuffixes: [String]
        /// Words of money that open one ("DRUM", "medel", "ESF-medel").
        public var moneyWords: Set<String>

        private enum CodingKeys: String, CodingKey { case roleSuffixes = "role_suffixes", moneyWords = "money_words" }
    }

    public struct Effects: Sendable, Decodable {
        /// States that open an effect ("Ökad", "Förbättrad", "Fler").
        public var stateWords: Set<String>
        /// Verbs that, second in a clause, make it an effect ("Fyrbodal är", "Det finns").
        public var secondPositionVerbs: Set<String>

        private enum CodingKeys: String, CodingKey {
            case stateWords = "state_words", secondPositionVerbs = "second_position_verbs"
        }
    }

    public var resources: Resources
    public var effects: Effects
}
