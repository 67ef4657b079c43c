import TextAnalysis

/// Finds named people, organizations and places: runs of capitalized words, without titles, calendar
/// names, stop words and lone nationality adjectives. A capital at the start of a sentence or quotation
/// counts only for words the article also capitalizes elsewhere.
enum ActorFinder {
    /// Titles that stand before a name and are not part of it ("President", "Prime Minister").
    static let titles: Set<String> = [
        "president", "prime", "minister", "vice", "premier", "chancellor", "king", "queen", "prince", "princess",
        "emperor", "pope", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "sergeant",
        "admiral", "commander", "captain", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator",
        "sen", "representative", "rep", "governor", "gov", "mayor", "ambassador", "envoy", "chairman",
        "chairwoman", "chair", "chief", "director", "leader", "foreign", "defense", "defence", "interior",
        "finance", "deputy", "acting", "former", "mr", "mrs", "ms", "dr", "prof", "sheikh", "judge", "justice",
    ]

    /// Lower-case words that may join the parts of a name ("Bashar al-Assad", "Bank of England").
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "abu", "de", "da", "di", "van", "von", "der", "la", "le", "of"]

    /// Endings of nationality adjectives ("Russian", "Turkish", "Chinese"), dropped when they stand alone.
    static let demonymEndings = ["ian", "ish", "ese", "ean"]
    /// Nationality adjectives with other endings.
    static let demonyms: Set<String> = [
        "israeli", "iraqi", "saudi", "pakistani", "afghan", "thai", "french", "dutch", "greek", "swiss", "arab",
        "american", "african", "mexican", "german", "kuwaiti", "qatari", "emirati", "yemeni", "somali", "nepali",
        "bangladeshi", "turkic", "slavic", "western", "eastern", "northern", "southern",
    ]

    static func actors(in positions: [Int], article: ArticleText, excluding: Set<Int>, isHeading: Bool) -> [String] {
        found(in: positions, article: article, excluding: excluding, isHeading: isHeading).names
    }

    /// The actors and the token indices they were read from.
    static func found(in positions: [Int], article: ArticleText, excluding: Set<Int>, isHeading: Bool) -> (names: [String], tokens: Set<Int>) {
        var result: [String] = []
        var seen = Set<String>()
        var used = Set<Int>()
        for run in runs(in: positions, article: article, excluding: excluding) {
            let parts = split(run, article).flatMap { part -> [[Int]] in
                // In a title every word has a capital: keep what the text names elsewhere.
                guard isHeading, !part.allSatisfy({ article.knownNames.contains(article.tokens[$0].lower) || article.tokens[$0].kind == .punctuation }) else { return [part] }
                return part.map { [$0] }
            }
            for part in parts {
                guard let name = accept(part, article: article, isHeading: isHeading) else { continue }
                used.formUnion(part)
                if seen.insert(name).inserted { result.append(name) }
            }
        }
        return (result, used)
    }

    /// Maximal runs of capitalized words (article token indices), joined by particles and inner hyphens.
    private static func runs(in positions: [Int], article: ArticleText, excluding: Set<Int>) -> [[Int]] {
        let tokens = article.tokens
        var runs: [[Int]] = []
        var current: [Int] = []
        func flush() {
            while let last = current.last, tokens[last].kind == .punctuation || particles.contains(tokens[last].lower) {
                current.removeLast()
            }
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        for (n, i) in positions.enumerated() {
            let t = tokens[i]
            let next = n + 1 < positions.count ? positions[n + 1] : nil
            if excluding.contains(i) || CalendarNames.months[t.lower] != nil && t.isCapitalized || CalendarNames.weekdays[t.lower] != nil {
                flush()
                continue
            }
            if t.kind == .word, t.isCapitalized {
                current.append(i)
            } else if !current.isEmpty, t.kind == .punctuation, t.lower == "-", t.isGlued, let nx = next, tokens[nx].isGlued, tokens[nx].kind == .word {
                current.append(i)
            } else if t.kind == .word, particles.contains(t.lower), let nx = next,
                      tokens[nx].isCapitalized || tokens[nx].lower == "-" && tokens[nx].isGlued {
                current.append(i)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// Splits a run at titles: "Russian President Vladimir Putin" gives "Russian" and "Vladimir Putin".
    private static func split(_ run: [Int], _ article: ArticleText) -> [[Int]] {
        var parts: [[Int]] = []
        var current: [Int] = []
        for i in run {
            if titles.contains(article.tokens[i].lower) {
                if !current.isEmpty { parts.append(current) }
                current = []
            } else {
                current.append(i)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    private static func accept(_ part: [Int], article: ArticleText, isHeading: Bool) -> String? {
        var part = part
        let tokens = article.tokens
        if let first = part.first, isHeading || article.openingTokens.contains(first), part.count == 1 || StopWords.contains(tokens[first].lower) {
            if !article.knownNames.contains(tokens[first].lower) || StopWords.contains(tokens[first].lower) { part.removeFirst() }
        }
        while let first = part.first, StopWords.contains(tokens[first].lower) || particles.contains(tokens[first].lower)
                || tokens[first].kind == .punctuation || titles.contains(tokens[first].lower) {
            part.removeFirst()
        }
        while let last = part.last, tokens[last].kind == .punctuation || particles.contains(tokens[last].lower) {
            part.removeLast()
        }
        guard let first = part.first, let last = part.last else { return nil }
        if part.count == 1 {
            let w = tokens[first].lower
            if StopWords.contains(w) || titles.contains(w) || w.unicodeScalars.count < 2 { return nil }
        }
        // "Russian", "Middle Eastern", "Turkish-Syrian", "Pro-Turkish" describe, they do not name.
        if isDemonym(tokens[last].lower) { return nil }
        return article.text(from: first, to: last)
    }

    static func isDemonym(_ w: String) -> Bool {
        demonyms.contains(w) || demonymEndings.contains { w.hasSuffix($0) && w.count > $0.count + 2 }
    }
}
