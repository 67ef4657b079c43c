import TextAnalysis

/// The content words of a clause that name what happened, lower-cased and lightly stemmed:
/// "held talks" gives hold, talk; "meetings" gives meet.
enum ActionWords {
    static let minimumLength = 3

    static func words(in positions: [Int], article: ArticleText, excluding: Set<Int>) -> [String] {
        var result: [String] = []
        for i in positions where !excluding.contains(i) {
            let t = article.tokens[i]
            guard t.kind == .word, t.lower.unicodeScalars.count >= minimumLength else { continue }
            if t.isCapitalized, !article.openingTokens.contains(i) || article.knownNames.contains(t.lower) { continue }
            if StopWords.contains(t.lower) || CalendarNames.month(t.lower) != nil || CalendarNames.weekday(t.lower) != nil { continue }
            if t.lower.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { continue }
            let word = stem(t.lower)
            if !result.contains(word) { result.append(word) }
        }
        return result
    }

    /// Irregular forms mapped to their base word.
    static let irregular: [String: String] = [
        "met": "meet", "meets": "meet", "meeting": "meet", "meetings": "meet", "held": "hold", "told": "tell",
        "said": "say", "says": "say", "spoke": "speak", "spoken": "speak", "went": "go", "gone": "go",
        "came": "come", "began": "begin", "begun": "begin", "took": "take", "taken": "take", "gave": "give",
        "given": "give", "made": "make", "sought": "seek", "brought": "bring", "bought": "buy", "sold": "sell",
        "won": "win", "lost": "lose", "left": "leave", "fell": "fall", "rose": "rise", "risen": "rise",
        "led": "lead", "saw": "see", "seen": "see", "chose": "choose", "chosen": "choose", "struck": "strike",
        "fought": "fight", "thought": "think", "knew": "know", "known": "know", "grew": "grow", "shot": "shoot",
        "hit": "hit", "sent": "send", "spent": "spend", "built": "build", "paid": "pay", "kept": "keep",
        "became": "become", "broke": "break", "broken": "break", "wrote": "write", "written": "write",
        "drove": "drive", "flew": "fly", "threw": "throw", "ran": "run", "stood": "stand", "felt": "feel",
        "heard": "hear", "meant": "mean", "caught": "catch", "taught": "teach", "woke": "wake", "news": "news",
        "crisis": "crisis", "series": "series", "analysis": "analysis", "ties": "tie", "dies": "die", "died": "die",
        "lies": "lie", "lied": "lie",
    ]

    /// Endings after which a removed "-ed"/"-ing" leaves a word that needs its "e" back ("stated" → state).
    static let silentEEndings = ["at", "iz", "bl", "v", "c", "dg", "rs", "ns", "ur"]

    /// A light stem: irregular forms from the table, else plural and verb endings removed.
    static func stem(_ word: String) -> String {
        if let known = irregular[word] { return known }
        let n = word.count
        if n > 4, word.hasSuffix("ies") || word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        if n >= 6, word.hasSuffix("ing") { return restore(String(word.dropLast(3))) }
        if n >= 5, word.hasSuffix("ed"), !word.hasSuffix("eed") { return restore(String(word.dropLast(2))) }
        if n >= 4, word.hasSuffix("es"), ["s", "x", "z", "ch", "sh"].contains(where: { word.dropLast(2).hasSuffix($0) }) {
            return String(word.dropLast(2))
        }
        if n >= 4, word.hasSuffix("s"), !["ss", "us", "is", "as"].contains(where: { word.hasSuffix($0) }) {
            return String(word.dropLast())
        }
        return word
    }

    /// Undoes spelling changes of "-ed"/"-ing": "planned" → plan, "escalated" → escalate.
    private static func restore(_ stem: String) -> String {
        let chars = Array(stem)
        if chars.count >= 2, let last = chars.last, last == chars[chars.count - 2], !"lsz".contains(last),
           !"aeiou".contains(last) {
            return String(chars.dropLast())
        }
        if silentEEndings.contains(where: { stem.hasSuffix($0) }) { return stem + "e" }
        return stem
    }
}
