/// The word lists of text repair (`Resources/lexicon.json`), beside the dictionary itself.
public struct RepairWords: Sendable, Decodable {
    /// Proper nouns, acronyms and domain words hunspell-sv lacks, added to it at start.
    public var addedWords: [String]
    /// Words of which a glued token must hold one before it is split ("effektivitetochsamverkan").
    public var functionWords: Set<String>
    /// Function words that never begin a compound, so a split into two words may start or end with one
    /// ("ocheller"); "för" or "med" may be the first part of a compound hunspell lacks.
    public var freeFunctionWords: Set<String>
    /// Words under four letters that may be a piece of a glued token besides the function words.
    public var shortWords: Set<String>
    /// Endings a split never leaves as its last piece ("attraktivitet" + "en").
    public var endings: Set<String>
    /// Words that start a new word after a line break, never the rest of a broken one.
    public var lineStartWords: Set<String>
    /// Words after which a line-end hyphen is a suspended compound ("kommun- och").
    public var conjunctions: Set<String>

    private enum CodingKeys: String, CodingKey {
        case addedWords = "added_words", functionWords = "function_words", freeFunctionWords = "free_function_words"
        case shortWords = "short_words", endings, lineStartWords = "line_start_words", conjunctions
    }
}
