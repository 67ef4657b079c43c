import TextAnalysis

/// Turns text into lower-case base words for comparison: "meetings" and "met" both give "meet".
enum WordNormalizer {
    /// Lower-case words of letters and digits, split at everything else (apostrophes too).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Content words: base forms of words that are not stop words or bare numbers.
    static func contentWords(_ text: String) -> Set<String> {
        Set(words(text).filter { !MergeVocabulary.stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }.map(Stemmer.stem))
    }

    /// Name tokens of an actor: "Syrian President Bashar al-Assad" gives syrian, bashar, assad.
    /// Possessives fall away because words split at apostrophes and one-letter words are dropped.
    static func actorTokens(_ actor: String) -> [String] {
        words(actor).filter { !MergeVocabulary.titleWords.contains($0) && $0.count > 1 }
    }

    /// The action concept of a word: "talks" and "met" both give "meet".
    static func concept(_ word: String) -> String {
        let b = Stemmer.stem(word.lowercased())
        return MergeVocabulary.actionConcepts[b] ?? b
    }
}
