import Testing
@testable import Normalize

struct SwedishDictionaryTests {
    @Test func knowsCompoundsAndRejectsGluedTokens() throws {
        let dictionary = try DomainData.bundled().dictionary
        for word in ["kompetensförsörjningsarbetet", "förbundet", "Ökad", "regiongemensamma", "Trollhättan"] {
            #expect(dictionary.contains(word), "\(word)")
        }
        for token in ["ocheller", "effektivitetochsamverkan", "krinv", "händertas", "kompetenspla", "fyrbodal"] {
            #expect(!dictionary.contains(token), "\(token)")
        }
    }

    @Test func theAddedWordsOfLexiconJSONAreKnown() throws {
        let domain = try DomainData.bundled()
        for word in ["VGR", "SKR", "DRUM", "KRF", "Fyrbodalsregionen", "Dalsed", "VästKom"] {
            #expect(domain.repairWords.addedWords.contains(word) || domain.dictionary.contains(word))
            #expect(domain.dictionary.contains(word), "\(word)")
        }
    }

    @Test func aMissingDictionaryNamesThePackageToInstall() {
        #expect(throws: NormalizeError.dictionaryMissing(searched: ["/nonexistent"])) {
            try SwedishDictionary(directories: ["/nonexistent"], added: [])
        }
        let message = NormalizeError.dictionaryMissing(searched: ["/nonexistent"]).description
        #expect(message.contains("apt-get install hunspell-sv") && !message.contains("\n"))
    }

    @Test func dicpathReplacesTheStandardDirectories() {
        #expect(SwedishDictionary.searchDirectories(environment: ["DICPATH": "/a:/b"]) == ["/a", "/b"])
        #expect(SwedishDictionary.searchDirectories(environment: [:]) == SwedishDictionary.standardDirectories)
    }

    /// Documents are normalized concurrently; the handle is shared behind its lock.
    @Test func concurrentLookUpsAgree() async throws {
        let dictionary = try DomainData.bundled().dictionary
        let words = ["förbundet", "ocheller", "kommunerna", "kompetensplattformsuppdraget", "krinv"]
        let answers = await withTaskGroup(of: [Bool].self) { group in
            for _ in 0..<8 { group.addTask { (0..<200).flatMap { _ in words.map(dictionary.contains) } } }
            return await group.reduce(into: [[Bool]]()) { $0.append($1) }
        }
        #expect(Set(answers).count == 1)
        #expect(answers.first?.prefix(5) == [true, false, true, true, false])
    }
}
