import TextAnalysis

/// The content words of a clause that name what happened, lower-cased and lightly stemmed:
/// "held talks" gives hold, talk; "meetings" gives meet.
enum ActionWords {
    static let minimumLength = 3

    static func words(in positions: [Int], article: ArticleText, excluding: Set<Int>, isHeading: Bool = false) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for i in positions where !excluding.contains(i) {
            let t = article.tokens[i]
            guard t.kind == .word, t.lower.unicodeScalars.count >= minimumLength else { continue }
            if t.isCapitalized, !(isHeading || article.openingTokens.contains(i)) || article.knownNames.contains(t.lower) { continue }
            if StopWords.contains(t.lower) || CalendarNames.months[t.lower] != nil || CalendarNames.weekdays[t.lower] != nil { continue }
            if t.lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { continue }
            let word = Stemmer.stem(t.lower)
            if seen.insert(word).inserted { result.append(word) }
        }
        return result
    }
}
