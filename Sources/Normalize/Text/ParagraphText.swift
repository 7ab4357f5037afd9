import Foundation
import Ingest

/// Joins the lines of one paragraph or cell into clean text: single spaces, and a word broken
/// at a line end rejoined where it was broken, asking the lexicon (hunspell-sv) what is a word.
///
/// - A line-end hyphen (or soft hyphen) before a lowercase word is hyphenation and goes
///   ("för-" + "bundet" → "förbundet"), except before a conjunction, where it is a suspended
///   compound ("kommun- och regiongemensamma"), and, when the word without it is unknown, after
///   an abbreviation or a single letter ("PO-" + "pålägget", "e-" + "tjänster") or where the
///   document prints the hyphenated word inside a line. Before a capital it joins a compound
///   ("FoU-" + "Socialtjänst"), or a word of a heading in capitals ("AV-" + "VECKLING").
/// - A word broken without a hyphen ("Kompetenspla" + "ttformsuppdraget"): in a dump whose
///   wrapped lines end in a space, a line that ends without one (unless it lost all its spaces),
///   followed by a lowercase word that is not a function word, is a broken word; in any text, a join the dictionary knows while a
///   part alone is no word, or one the document prints whole while the first part it never does.
struct ParagraphText: Sendable {
    var lexicon: Lexicon
    /// The dump ends wrapped lines with a space, so a line ending without one broke a word.
    var wrapsEndInSpace: Bool
    /// Split glued words (text dumps lose spaces of justified lines; PDF words come with boxes).
    var repairsGluedWords: Bool

    /// A line of one token at least this long lost its spaces, not just a word's end.
    private static let gluedLineLength = 24
    /// Characters that end a line broken by hyphenation: hyphen-minus, U+2010 and the soft hyphen.
    private static let lineEndHyphens: Set<Character> = ["-", "\u{2010}", "\u{00AD}"]

    init(lexicon: Lexicon, wrapsEndInSpace: Bool = false, repairsGluedWords: Bool = true) {
        self.lexicon = lexicon
        self.wrapsEndInSpace = wrapsEndInSpace
        self.repairsGluedWords = repairsGluedWords
    }

    /// Whether most non-blank lines of `lines` end in a space (the dumps' sign of a soft wrap).
    static func wrapsEndInSpace(_ lines: [SourceLine]) -> Bool {
        let printed = lines.filter { !$0.isBlank }
        guard !printed.isEmpty else { return false }
        return Double(printed.filter { $0.trailingSpaces > 0 }.count) / Double(printed.count) >= 0.5
    }

    /// Joins whole source lines, reading their trailing spaces.
    func join(lines: [SourceLine]) -> String {
        join(lines.map(\.printedText))
    }

    /// Joins printed parts (trailing spaces kept where known).
    func join(_ parts: [String]) -> String {
        var result = ""
        var previousRaw = ""
        var previousText = ""
        for part in parts {
            let text = part.collapsingWhitespace
            guard !text.isEmpty else { continue }
            result = result.isEmpty ? text
                : joinPair(result, text, previousLine: previousText, brokenWithoutSpace: !previousRaw.hasSuffix(" "))
            previousRaw = part
            previousText = text
        }
        // "privatliv ." → "privatliv.": a space the layout put before a period or comma.
        let spaced = result.replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " ,", with: ",")
        return repairsGluedWords ? GluedWords(lexicon: lexicon).repair(spaced) : spaced
    }

    private func joinPair(_ left: String, _ right: String, previousLine: String, brokenWithoutSpace: Bool) -> String {
        let lastWord = left.split(separator: " ").last.map(String.init) ?? ""
        let firstWord = right.split(separator: " ").first.map(String.init) ?? ""
        // "Samhällsbyggnads" + "-chefer": the hyphenation hyphen moved to the next line.
        if firstWord.hasPrefix("-"), firstWord.dropFirst().first?.isLowercase == true, left.last?.isLetter == true {
            return left + right.dropFirst()
        }
        guard let first = firstWord.first, first.isLetter else { return left + " " + right }
        if let hyphen = lastWord.last, Self.lineEndHyphens.contains(hyphen), lastWord.count > 1 {
            return joinHyphenated(left, right, stem: String(lastWord.dropLast()), next: firstWord, soft: hyphen == "\u{00AD}")
        }
        guard first.isLowercase, let last = lastWord.last, last.isLetter else { return left + " " + right }
        let nextBare = firstWord.trimmingTrailingPunctuation
        // A long line that lost all its spaces ("…samverkan.Detledertill") lost its trailing one too.
        let lineLostSpaces = !previousLine.contains(" ") && previousLine.count >= Self.gluedLineLength
        if wrapsEndInSpace, brokenWithoutSpace, !lineLostSpaces,
           !lexicon.words.lineStartWords.contains(nextBare.lowercased()) {
            return left + right
        }
        let joined = lastWord + nextBare
        if lexicon.knows(joined), !lexicon.knows(lastWord) || !lexicon.knows(nextBare) {
            return left + right
        }
        if lexicon.isPrinted(joined), !lexicon.isPrinted(lastWord) {
            return left + right
        }
        return left + " " + right
    }

    /// `left` ends in `stem` and a hyphen, `right` starts with `next`.
    private func joinHyphenated(_ left: String, _ right: String, stem: String, next: String, soft: Bool) -> String {
        let withoutHyphen = String(left.dropLast())
        if soft { return withoutHyphen + right }
        let nextBare = next.trimmingTrailingPunctuation
        if next.first?.isUppercase == true {
            // "AV-" + "VECKLING" in a heading of capitals is one word; "FoU-" + "Socialtjänst" a compound.
            let capitals = stem == stem.uppercased() && nextBare == nextBare.uppercased()
            return capitals && lexicon.knows(stem + nextBare) ? withoutHyphen + right : left + right
        }
        if lexicon.words.conjunctions.contains(nextBare.lowercased()) { return left + " " + right }
        guard stem.last?.isLetter == true else { return left + " " + right }
        let bareStem = stem.split(whereSeparator: { !$0.isLetter && $0 != "-" }).last.map(String.init) ?? stem
        if lexicon.knows(bareStem + nextBare) { return withoutHyphen + right }
        let isAbbreviation = bareStem.count <= 4 && bareStem == bareStem.uppercased()
        if isAbbreviation || bareStem.count == 1 || lexicon.isPrinted(bareStem + "-" + nextBare) { return left + right }
        return withoutHyphen + right
    }
}
