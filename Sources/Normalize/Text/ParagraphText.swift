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
    /// A join longer than this (UTF-8 bytes; hunspell's longest word) is no word a line end broke:
    /// the lines keep a space, and a run of hyphenated fragments cannot grow one word without end.
    private static let longestJoinedWord = 100

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
    ///
    /// The text is built as a list of words, and each join looks only at the last word so far and
    /// the next part's first word, so joining is linear in the length of the parts (a paragraph of
    /// 8 000 lines took a minute when each join split the whole text joined so far).
    func join(_ parts: [String]) -> String {
        var words: [String] = []
        var previousRaw = ""
        var previousText = ""
        for part in parts {
            let text = part.collapsingWhitespace
            guard !text.isEmpty else { continue }
            var next = text.split(separator: " ").map(String.init)
            WorkMeter.count(text.utf8.count)
            if let last = words.last, let first = next.first {
                WorkMeter.count(last.utf8.count)  // what deciding the joint reads of the last word
                switch joint(last, first, previousLine: previousText, brokenWithoutSpace: !previousRaw.hasSuffix(" ")) {
                case .space:
                    break
                case .glued:
                    words[words.count - 1] += first
                    next.removeFirst()
                case .gluedDroppingHyphen:
                    words[words.count - 1].removeLast()
                    words[words.count - 1] += first
                    next.removeFirst()
                case .gluedDroppingLeadingHyphen:
                    words[words.count - 1] += first.dropFirst()
                    next.removeFirst()
                }
            }
            words += next
            previousRaw = part
            previousText = text
        }
        // "privatliv ." → "privatliv.": a space the layout put before a period or comma goes.
        var spaced = ""
        spaced.reserveCapacity(words.reduce(words.count) { $0 + $1.utf8.count })
        for (index, word) in words.enumerated() {
            if index > 0, word.utf8.first != UInt8(ascii: "."), word.utf8.first != UInt8(ascii: ",") {
                spaced.append(" ")
            }
            spaced.append(word)
        }
        return repairsGluedWords ? GluedWords(lexicon: lexicon).repair(spaced) : spaced
    }

    /// How a line's last word and the next line's first word are joined.
    private enum Joint {
        /// By a space: two words.
        case space
        /// Without a space: one word broken at the line end.
        case glued
        /// Without the line-end hyphen: "för-" + "bundet".
        case gluedDroppingHyphen
        /// Without the hyphen that starts the next line: "Samhällsbyggnads" + "-chefer".
        case gluedDroppingLeadingHyphen
    }

    private func joint(_ lastWord: String, _ firstWord: String, previousLine: String, brokenWithoutSpace: Bool) -> Joint {
        guard lastWord.utf8.count + firstWord.utf8.count <= Self.longestJoinedWord else { return .space }
        // "Samhällsbyggnads" + "-chefer": the hyphenation hyphen moved to the next line.
        if firstWord.hasPrefix("-"), firstWord.dropFirst().first?.isLowercase == true, lastWord.last?.isLetter == true {
            return .gluedDroppingLeadingHyphen
        }
        guard let first = firstWord.first, first.isLetter else { return .space }
        if let hyphen = lastWord.last, Self.lineEndHyphens.contains(hyphen), lastWord.count > 1 {
            return hyphenatedJoint(stem: String(lastWord.dropLast()), next: firstWord, soft: hyphen == "\u{00AD}")
        }
        guard first.isLowercase, let last = lastWord.last, last.isLetter else { return .space }
        let nextBare = firstWord.trimmingTrailingPunctuation
        // A long line that lost all its spaces ("…samverkan.Detledertill") lost its trailing one too.
        let lineLostSpaces = !previousLine.contains(" ") && previousLine.count >= Self.gluedLineLength
        if wrapsEndInSpace, brokenWithoutSpace, !lineLostSpaces,
           !lexicon.words.lineStartWords.contains(nextBare.fastLowercased()) {
            return .glued
        }
        let joined = lastWord + nextBare
        if lexicon.knows(joined), !lexicon.knows(lastWord) || !lexicon.knows(nextBare) {
            return .glued
        }
        if lexicon.isPrinted(joined), !lexicon.isPrinted(lastWord) {
            return .glued
        }
        return .space
    }

    /// The last word is `stem` and a hyphen, the next starts with `next`.
    private func hyphenatedJoint(stem: String, next: String, soft: Bool) -> Joint {
        if soft { return .gluedDroppingHyphen }
        let nextBare = next.trimmingTrailingPunctuation
        if next.first?.isUppercase == true {
            // "AV-" + "VECKLING" in a heading of capitals is one word; "FoU-" + "Socialtjänst" a compound.
            let capitals = stem.isUppercased && nextBare.isUppercased
            return capitals && lexicon.knows(stem + nextBare) ? .gluedDroppingHyphen : .glued
        }
        if lexicon.words.conjunctions.contains(nextBare.fastLowercased()) { return .space }
        guard stem.last?.isLetter == true else { return .space }
        let bareStem = stem.split(whereSeparator: { !$0.isLetter && $0 != "-" }).last.map(String.init) ?? stem
        if lexicon.knows(bareStem + nextBare) { return .gluedDroppingHyphen }
        let isAbbreviation = bareStem.count <= 4 && bareStem.isUppercased
        if isAbbreviation || bareStem.count == 1 || lexicon.isPrinted(bareStem + "-" + nextBare) { return .glued }
        return .gluedDroppingHyphen
    }
}
