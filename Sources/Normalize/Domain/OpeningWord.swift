extension String {
    /// What follows `word` when the text opens with it as a whole word, the next character no
    /// letter ("mål 2" and "mål:" open with "mål", "målen" does not); nil otherwise. The one test
    /// by which a line opens with a vocabulary word of `Resources/` (headings, labels, header roles).
    func afterOpeningWord(_ word: String) -> Substring? {
        guard utf8.starts(with: word.utf8) else { return nil }
        let rest = self[utf8.index(startIndex, offsetBy: word.utf8.count)...]
        return rest.first?.isLetter == true ? nil : rest
    }
}
