import CHunspell
import Dispatch
import Foundation
import Synchronization

/// The Swedish words hunspell-sv knows (Debian's `hunspell-sv`, read through libhunspell), with
/// its compounding rules, so "kompetensförsörjningsarbetet" is a word and "ocheller" is not.
///
/// A hunspell handle is not thread-safe: every look-up holds the lock. Answers are kept (up to
/// `rememberedAnswers` of them) for the documents of a batch, which share most of their words,
/// behind a lock of their own. Loading the dictionary takes about 0.1 s, so it starts on a
/// background thread when the dictionary is made (while pdftotext runs) and the first look-up
/// waits for it. All libhunspell calls stay in this file.
public final class SwedishDictionary: Sendable {
    /// Where the dictionary is looked for when `DICPATH` (hunspell's own variable) is not set.
    public static let standardDirectories = [
        "/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell",
    ]

    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer?
    }

    private enum State: Sendable {
        case pending(affix: String, words: String, added: [String])
        case ready(Handle)
    }

    private let state: Mutex<State>
    private let answers = Mutex<[String: Bool]>([:])
    /// How many answers are kept across documents, so a long batch does not grow without bound.
    static let rememberedAnswers = 200_000

    /// Finds `sv_SE.aff` and `sv_SE.dic` in `directories` and starts loading them, with `added`
    /// (proper nouns and acronyms hunspell lacks) added as words.
    /// - Throws: `NormalizeError.dictionaryMissing` when no directory holds both files.
    public init(directories: [String], added: [String]) throws(NormalizeError) {
        let found = directories.lazy.map { URL(filePath: $0) }.first { folder in
            ["sv_SE.aff", "sv_SE.dic"].allSatisfy {
                FileManager.default.isReadableFile(atPath: folder.appending(path: $0).path)
            }
        }
        guard let found else { throw .dictionaryMissing(searched: directories) }
        state = Mutex(.pending(affix: found.appending(path: "sv_SE.aff").path,
                               words: found.appending(path: "sv_SE.dic").path, added: added))
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            withHandle { _ in }
        }
    }

    /// The directories named by `DICPATH` (colon-separated), else the standard ones.
    public static func searchDirectories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        guard let path = environment["DICPATH"], !path.isEmpty else { return standardDirectories }
        return path.split(separator: ":").map(String.init)
    }

    deinit {
        state.withLock { state in
            if case .ready(let handle) = state, let pointer = handle.pointer { Hunspell_destroy(pointer) }
        }
    }

    /// Whether hunspell accepts `word` as printed (case matters: "Fyrbodal", not "fyrbodal").
    public func contains(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if let known = answers.withLock({ $0[word] }) { return known }
        let known = withHandle { pointer in
            guard let pointer else { return false }
            return word.withCString { Hunspell_spell(pointer, $0) } != 0
        }
        answers.withLock { if $0.count < Self.rememberedAnswers { $0[word] = known } }
        return known
    }

    private func withHandle<Result>(_ body: (OpaquePointer?) -> Result) -> Result {
        state.withLock { state in
            switch state {
            case .ready(let handle):
                return body(handle.pointer)
            case .pending(let affix, let words, let added):
                let pointer = Hunspell_create(affix, words)
                if let pointer {
                    for word in added { _ = word.withCString { Hunspell_add(pointer, $0) } }
                }
                state = .ready(Handle(pointer: pointer))
                return body(pointer)
            }
        }
    }
}
