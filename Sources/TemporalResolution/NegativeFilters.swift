import TextAnalysis

/// Matches that look like dates but are not: "May I", "the Arab Spring", "The Sunday Times", "$2000", "1990 people".
enum NegativeFilters {
    /// Names that contain a date word but are not dates.
    static let names: [[String]] = [
        ["sunday", "times"], ["sunday", "telegraph"], ["sunday", "mirror"], ["sunday", "express"], ["sunday", "herald"],
        ["sunday", "post"], ["sunday", "tribune"], ["sunday", "independent"], ["sunday", "mail"], ["sunday", "people"],
        ["sunday", "star"], ["sunday", "world"], ["sunday", "business", "post"], ["bloody", "sunday"], ["arab", "spring"],
        ["prague", "spring"], ["may", "day"], ["summer", "olympics"],
        ["winter", "olympics"], ["summer", "games"], ["winter", "games"], ["winter", "palace"], ["palm", "sunday"],
        ["christmas", "tree"], ["christmas", "trees"], ["christmas", "card"], ["christmas", "cards"], ["christmas", "carol"],
        ["christmas", "carols"], ["christmas", "lights"], ["high", "noon"], ["christmas", "decorations"], ["super", "tuesday"], ["ash", "wednesday"], ["black", "monday"], ["friday", "prayers"],
    ]

    /// Words of `names` that are not date words themselves.
    static let nameWords: Set<String> = Set(names.joined()).subtracting(CalendarNames.weekdays.keys).subtracting(WordLists.seasons.keys)
        .subtracting(WordLists.monthNames.keys)

    /// `nameWords` in a `WordTable` (a cheap hash over UTF-8), for the look at every word near a match.
    static let nameWordTable = WordTable(numbering: nameWords.sorted())

    /// Words before a bare month name that show it is a month ("in May", not "May I").
    static let monthContext: Set<String> = [
        "in", "since", "until", "till", "by", "during", "before", "after", "from", "to", "through", "early", "late", "mid",
        "-", "of", "last", "next", "this", "and", "or", "between", "until", "on", "for", "that", "every", "each", "around",
        "throughout", "past", "coming",
    ]

    /// Words before a bare season that show it is a season ("last summer", not "hot springs").
    static let seasonContext: Set<String> = [
        "the", "this", "last", "next", "in", "early", "late", "mid", "-", "during", "since", "until", "by", "through",
        "over", "all", "that", "every", "each", "past", "coming", "until", "till", "before", "after", "throughout",
    ]

    /// Words before a decade that make it an age: "in his 30s".
    static let possessives: Set<String> = ["his", "her", "their", "my", "your", "our"]
    /// First words of relative dates that, with every word capitalized, name a title ("This Week").
    static let titleStarts: Set<String> = ["this", "next", "last"]

    /// Words that, glued to a match's last word by a hyphen, make it part of another phrase.
    static let gluedAfterUnit: Set<String> = ["old", "earlier", "ago"]

    static let beforeNumberNotYear: Set<String> = ["$", "#", "no", "number", "£", "€", "¥", "nos", "route", "flight", "model", "version", "v", "page", "pages", "p", "pp", "room", "tel", "phone", "fax", "box", "suite"]

    /// True when the match of `rule` over tokens `start..<end` is not a time expression.
    static func rejects(rule: Rule, _ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        for condition in rule.conditions where !condition.holds(tokens, start, end) { return true }
        let first = tokens[start]
        // Names that contain the matched words (looked for only when a name's word is near).
        let window = max(0, start - 3)..<min(tokens.count, end + 3)
        let nearName = window.contains { tokens[$0].kind != .number && nameWordTable.id(of: tokens[$0].lower) >= 0 }
        for name in names where nearName {
            for s in max(0, start - name.count + 1)..<end {
                guard s + name.count <= tokens.count else { break }
                var same = true
                for k in 0..<name.count where tokens[s + k].lower != name[k] {
                    same = false
                    break
                }
                if same { return true }
            }
        }
        let previous = start > 0 ? tokens[start - 1] : nil
        let sentenceStart = previous.map { NegativeFilters.isSentenceBreak($0) } ?? true || first.flags.contains(.lineBreakBefore)
        // A bare month that could be a verb or a noun ("May I", "March on").
        if end - start == 1, first.lower == "may" || first.lower == "march" {
            guard let previous, monthContext.contains(previous.lower) else { return true }
        }
        // A bare season: needs a word that shows it; capitalized mid-sentence is a name ("the Arab Spring").
        if end - start <= 2, let seasonIndex = (start..<end).first(where: { WordLists.seasons[tokens[$0].lower] != nil }), seasonIndex == end - 1 {
            let season = tokens[seasonIndex]
            let before = seasonIndex > 0 ? tokens[seasonIndex - 1] : nil
            if season.isCapitalized && !sentenceStart && !(season.flags.contains(.allCaps)) { return true }
            if seasonIndex == start {
                guard let before, seasonContext.contains(before.lower) else { return true }
            }
            // "the fall of Rome", "the fall in prices".
            if season.lower == "fall", seasonIndex == start || before?.lower == "the", let next = tokens.at(end), next.lower == "of" || next.lower == "in" || next.lower == "from",
               !(tokens.at(end + 1).map { $0.kind == .number } ?? false) { return true }
        }
        // An age ("6-year-old"), or the article before "year-earlier" ("a year-earlier loss").
        if tokens.at(end)?.lower == "-", let next = tokens.at(end + 1), gluedAfterUnit.contains(next.lower) { return true }
        // An age in decades: "in his 30s".
        if let previous, previous.kind == .word, rule.normalization == .decade, possessives.contains(previous.lower) { return true }
        // A title, every word capitalized: ABC's "This Week" (a sentence would write "This week"; "Last Friday" is fine).
        if end - start == 2, (start..<end).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].flags.contains(.allCaps) }),
           titleStarts.contains(first.lower), WordLists.units[tokens[start + 1].lower] != nil { return true }
        // A title: CBS's "60 Minutes" (a sentence writes a unit in lower case unless it opens the sentence).
        let lastWord = tokens[end - 1]
        if lastWord.isCapitalized, !lastWord.flags.contains(.allCaps),
           (end - start == 2 && first.kind == .number) || (end - start == 1 && !sentenceStart),
           WordLists.units[lastWord.lower] != nil { return true }
        // An age written apart: "52 years old" (TimeBank does not annotate ages).
        if tokens.at(end)?.lower == "old", tokens[end - 1].lower == "years" || tokens[end - 1].lower == "months" { return true }
        // The denominator of a fraction is not a count: "1/2 hours".
        if first.kind == .number, let previous, previous.lower == "/", first.isGlued { return true }
        // A year in words followed by what it counts: "in two thousand homes".
        if rule.id == "spelled-year" || rule.id == "bare-spelled-year", let next = tokens.at(end), next.kind == .word, !next.isCapitalized,
           WordLists.notAfterYear.contains(next.lower) || (next.lower.hasSuffix("s") && next.lower.utf8.count > 3) { return true }
        // Without a word before it, only the "nineteen ninety-six" form is a year ("two thousand" is more often a count).
        if rule.id == "bare-spelled-year", first.lower == "two" { return true }
        // Bare "quarters" are rooms ("inspect such quarters", "living quarters"); a stretch of quarters is counted
        // ("several quarters", "the past two quarters").
        if end - start == 1, first.lower == "quarters" { return true }
        // A fraction of something other than time: "more than a quarter of the market" (not "a quarter of a century").
        if tokens[end - 1].lower == "quarter", end - start == 2, WordLists.oneWords.contains(first.lower), tokens.at(end)?.lower == "of",
           let after = tokens.at(end + 1), !(after.kind == .number), WordLists.units[tokens.at(end + 2)?.lower ?? ""] == nil {
            return true
        }
        // A fraction: "three-quarters of".
        if tokens[end - 1].lower == "quarters", tokens.at(end - 2)?.lower == "-", tokens.at(end)?.lower == "of" { return true }
        // A four-digit number that is an amount, a count or part of a code.
        if end - start == 1, first.kind == .number {
            // The word before, looking past an abbreviation's period ("No. 1987").
            let word = previous?.lower == "." ? tokens.at(start - 2) : previous
            if let word, beforeNumberNotYear.contains(word.lower) { return true }
            if let next = tokens.at(end) {
                if WordLists.notAfterYear.contains(next.lower) { return true }
                if next.isGlued, next.lower == "-" || next.lower == "." || next.lower == ",",
                   let after = tokens.at(end + 1), after.isGlued, after.kind == .number, after.lower.utf8.count != 4,
                   !isYearRange(first, next, after, tokens.at(end + 2)) { return true }
            }
            if let previous, previous.isGlued, previous.lower == "-" || previous.lower == "." || previous.lower == "/",
               let before = tokens.at(start - 2), before.kind == .number, before.lower.utf8.count != 4 { return true }
        }
        return false
    }

    /// True for a year and the two last digits of a later one, joined by a hyphen: "1990-91" (a range, see `DashRange`),
    /// not "1990-5" or "2024-07-25".
    static func isYearRange(_ year: Token, _ dash: Token, _ tail: Token, _ next: Token?) -> Bool {
        guard dash.lower == "-", tail.lower.utf8.count == 2, let y = year.intValue, let t = tail.intValue, t > y % 100 else { return false }
        if let next, next.isGlued, next.lower == "-" || next.lower == "/" || next.lower == "." { return false }
        return true
    }

    /// A token that ends a sentence (or opens a quotation, after which a capital is expected).
    static func isSentenceBreak(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ";" || t.lower == "\"")
    }
}
